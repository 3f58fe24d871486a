using LiteDB;

namespace Par.Core.Storage;

/// <summary>Proves the store is open and takes writes, by writing one small document; readiness asks it.</summary>
public sealed class StoreProbe(ParDatabase db)
{
    private const string ProbeKey = "health.probe";
    private readonly ILiteCollection<BsonDocument> _settings = db.Collection<BsonDocument>(Collections.Settings);

    public void Write(DateTime nowUtc) => _settings.Upsert(new BsonDocument { ["_id"] = ProbeKey, ["at"] = nowUtc });
}
