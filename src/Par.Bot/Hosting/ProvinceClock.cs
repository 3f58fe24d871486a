using Microsoft.Extensions.Options;

namespace Par.Bot.Hosting;

/// <summary>The injected clock seen in the province's time zone.</summary>
public sealed class ProvinceClock(TimeProvider time, IOptions<BotOptions> options)
{
    public TimeZoneInfo Zone { get; } = TryFindZone(options.Value.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateTimeOffset LocalNow => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    /// <summary>The province's date today: periods open and close, and deadlines fall, on local days.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(LocalNow.DateTime);

    public DateTimeOffset ToLocal(DateTime utc) => TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone);

    public static bool TryFindZone(string id, out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }
}
