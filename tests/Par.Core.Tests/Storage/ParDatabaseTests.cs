using System.Reflection;
using Par.Core.Storage;

namespace Par.Core.Tests.Storage;

public sealed class ParDatabaseTests
{
    /// <summary>Every name declared in a *Collections class of the storage (so a collection added later is covered too).</summary>
    public static TheoryData<string> DeclaredCollections()
    {
        var names = typeof(ParDatabase).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ParDatabase).Namespace && t.Name.EndsWith("Collections", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct();
        return [.. names];
    }

    [Theory]
    [MemberData(nameof(DeclaredCollections))]
    public void A_fresh_database_has_every_collection_before_any_store_runs(string collection)
    {
        // LiteDB 5.0.21 closes the engine when one thread reads a collection another is creating; none may be created later.
        using var temp = new TempDatabase();

        Assert.Contains(collection, temp.Db.Database.GetCollectionNames());
    }

    [Fact]
    public void Reopening_keeps_what_was_stored()
    {
        using var temp = new TempDatabase();
        temp.Db.Collection<LiteDB.BsonDocument>(Collections.Settings).Insert(new LiteDB.BsonDocument { ["_id"] = "k", ["value"] = 1 });

        var reopened = temp.Reopen();

        Assert.Equal(1, reopened.Collection<LiteDB.BsonDocument>(Collections.Settings).FindById("k")["value"].AsInt32);
    }
}
