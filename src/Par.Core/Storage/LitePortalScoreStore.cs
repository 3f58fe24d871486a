using LiteDB;
using Par.Core.Periods;
using Par.Core.Portal;
using Par.Core.Units;

namespace Par.Core.Storage;

/// <summary>
/// The portal's figures as one document per period and group, so a re-import of one response replaces exactly its
/// group. A period's figures are read for every ranking, so they are kept once merged until the next import.
/// </summary>
internal sealed class LitePortalScoreStore : IPortalScoreStore
{
    private readonly ParDatabase _db;
    private readonly IUnitStore _units;
    private readonly ILiteCollection<BsonDocument> _scores;
    private readonly ILiteCollection<BsonDocument> _history;
    private readonly ILiteCollection<BsonDocument> _directory;
    private readonly Lock _gate = new();
    private Dictionary<Period, IReadOnlyDictionary<string, IReadOnlyDictionary<string, OfficialMetric>>> _cache = [];

    public LitePortalScoreStore(ParDatabase db, IUnitStore units)
    {
        _db = db;
        _units = units;
        _scores = db.Collection<BsonDocument>(PortalCollections.Scores);
        _history = db.Collection<BsonDocument>(PortalCollections.History);
        _directory = db.Collection<BsonDocument>(PortalCollections.Units);
        _scores.EnsureIndex("period");
        _history.EnsureIndex("period");
    }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, OfficialMetric>> ScoresOf(Period period)
    {
        var cache = _cache;
        if (cache.TryGetValue(period, out var cached))
        {
            return cached;
        }

        var loaded = Load(period);
        lock (_gate)
        {
            // Copy on write: readers use the dictionary they got without a lock; an import replaces it whole.
            if (ReferenceEquals(cache, _cache))
            {
                _cache = new Dictionary<Period, IReadOnlyDictionary<string, IReadOnlyDictionary<string, OfficialMetric>>>(_cache) { [period] = loaded };
            }
        }

        return loaded;
    }

    public IReadOnlyList<Period> Periods() =>
        [.. _scores.Query().Select("$.period").ToDocuments().Select(d => ReportDocuments.PeriodOf(d["period"])).Distinct()];

    public IReadOnlyList<PortalGroupImport> Imports(Period period) =>
        [.. _scores.Find(Query.EQ("period", period.ToString())).Select(PortalDocuments.ToImport)];

    public IReadOnlyList<PortalGroupImport> History(Period period) =>
        [.. _history.Find(Query.EQ("period", period.ToString())).Select(PortalDocuments.ToImport).OrderBy(import => import.ImportedUtc)];

    public IReadOnlyDictionary<string, PortalUnit> Directory() =>
        _directory.FindAll().Select(ToUnit).ToDictionary(unit => unit.Id, StringComparer.Ordinal);

    public bool Import(PortalGroupImport import, IReadOnlyList<Unit> learned, IReadOnlyList<PortalUnit> seen) =>
        _db.InTransaction(() =>
        {
            // A response none of whose units is linked yet teaches ids and names, and must not wipe the group's figures.
            var document = PortalDocuments.ToDocument(import);
            var replaced = import.Units.Count > 0 ? _scores.FindById(document["_id"]) : null;
            // The scheduled fetch imports both months every day: figures the portal did not change are not history.
            if (replaced is not null && replaced["units"] != document["units"])
            {
                replaced.Remove("_id");
                _history.Insert(replaced);
            }

            if (import.Units.Count > 0)
            {
                _scores.Upsert(document);
            }
            foreach (var unit in learned)
            {
                _units.Upsert(unit);
            }

            foreach (var unit in seen)
            {
                _directory.Upsert(ToDocument(unit));
            }

            _db.AfterTransaction(Forget);
            return replaced is not null;
        });

    private void Forget()
    {
        lock (_gate)
        {
            _cache = [];
        }
    }

    private Dictionary<string, IReadOnlyDictionary<string, OfficialMetric>> Load(Period period)
    {
        var byUnit = new Dictionary<string, Dictionary<string, OfficialMetric>>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in _scores.Find(Query.EQ("period", period.ToString())))
        {
            foreach (var (unit, metrics) in PortalDocuments.ToImport(document).Units)
            {
                if (!byUnit.TryGetValue(unit, out var own))
                {
                    byUnit[unit] = own = new Dictionary<string, OfficialMetric>(StringComparer.OrdinalIgnoreCase);
                }

                foreach (var metric in metrics)
                {
                    own[metric.Code] = metric;
                }
            }
        }

        return byUnit.ToDictionary(
            pair => pair.Key, pair => (IReadOnlyDictionary<string, OfficialMetric>)pair.Value, StringComparer.OrdinalIgnoreCase);
    }

    private static BsonDocument ToDocument(PortalUnit unit)
    {
        var document = new BsonDocument { ["_id"] = unit.Id, ["name"] = unit.Name };
        if (unit.Code is { } code)
        {
            document["code"] = code;
        }

        if (unit.Level is { } level)
        {
            document["level"] = level;
        }

        return document;
    }

    private static PortalUnit ToUnit(BsonDocument document) => new(
        document["_id"].AsString,
        document.TryGetValue("code", out var code) ? code.AsString : null,
        document["name"].AsString,
        document.TryGetValue("level", out var level) ? level.AsString : null);
}
