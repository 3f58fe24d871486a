using LiteDB;

namespace Par.Core.Storage;

/// <summary>
/// LiteDB keeps times as UTC milliseconds but hands them back in the machine's local time;
/// stored times are UTC everywhere in Par.
/// </summary>
internal static class StoredTime
{
    public static DateTime Utc(BsonValue value) => DateTime.SpecifyKind(value.AsDateTime.ToUniversalTime(), DateTimeKind.Utc);

    public static DateTime? UtcOrNull(BsonValue value) => value.IsNull ? null : Utc(value);
}
