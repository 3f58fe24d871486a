using Par.Core.Storage;

namespace Par.Bot.Tests.Hosting;

/// <summary>
/// What the store has written since its last checkpoint, read off LiteDB itself: each commit that changes a page
/// moves its read version on by one (a delete of nothing moves it not), and appends the changed pages to its log.
/// A checkpoint (every 1 000 log pages) starts both again from the bottom, so count across a few hundred writes only.
/// </summary>
public static class StoreWrites
{
    public static long Commits(ParDatabase db) => Database(db)["currentReadVersion"].AsInt64;

    public static long LogBytes(ParDatabase db) => Database(db)["logFileSize"].AsInt64;

    private static LiteDB.BsonDocument Database(ParDatabase db)
    {
        using var reader = db.Database.Execute("SELECT $ FROM $database");
        reader.Read();
        return reader.Current.AsDocument;
    }
}
