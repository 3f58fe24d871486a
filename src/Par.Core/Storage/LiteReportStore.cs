using LiteDB;
using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Reports;

namespace Par.Core.Storage;

/// <summary>
/// Reports as one document per unit and period (indexed by unit and by period), plus one "sheet" per period that
/// holds every unit's values as short strings, kept in step in the same transaction.
/// </summary>
/// <remarks>
/// The sheet exists for speed: LiteDB spends a few microseconds on every document it reads, so a period of 10 000
/// unit documents takes 30–60 ms to load, while one sheet of 10 000 strings loads in a few. Parsed sheets are
/// kept in a <see cref="PeriodValuesCache"/>; every write goes through <see cref="Save"/>, which drops them.
/// </remarks>
internal sealed class LiteReportStore : IReportStore
{
    private readonly ParDatabase _db;
    private readonly ILiteCollection<BsonDocument> _reports;
    private readonly ILiteCollection<BsonDocument> _sheets;
    private readonly ILiteCollection<BsonDocument> _history;
    private readonly PeriodValuesCache _cache = new();

    /// <summary>Saves read, change and write a period's sheet; one at a time so two units reporting at once both count.</summary>
    private readonly Lock _writeGate = new();

    public LiteReportStore(ParDatabase db)
    {
        this._db = db;
        _reports = db.Collection<BsonDocument>(RankingCollections.Reports);
        _sheets = db.Collection<BsonDocument>(RankingCollections.ReportSheets);
        _history = db.Collection<BsonDocument>(RankingCollections.ReportHistory);
        _reports.EnsureIndex("period");
        _reports.EnsureIndex("unit");
        _history.EnsureIndex("report");
        _history.EnsureIndex("period");
    }

    public UnitReport? Find(string unitCode, Period period) =>
        _reports.FindById(ReportDocuments.Id(unitCode, period)) is { } document ? ReportDocuments.ToReport(document) : null;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IndicatorValue>> ValuesOf(Period period) =>
        _cache.GetOrLoad(period, () => Load(period));

    private Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>> Load(Period period)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>>(StringComparer.OrdinalIgnoreCase);
        if (_sheets.FindById(period.ToString())?["units"] is { IsDocument: true } units)
        {
            foreach (var (unit, values) in units.AsDocument)
            {
                result[unit] = ValueText.ParseAll(values.AsString);
            }
        }

        return result;
    }

    public IReadOnlyList<Period> PeriodsOf(string unitCode) =>
        [.. _reports.Find(Query.EQ("unit", unitCode.ToUpperInvariant())).Select(d => ReportDocuments.PeriodOf(d["period"]))];

    public IReadOnlyList<Period> Periods() =>
        [.. _sheets.Query().Select("$._id").ToDocuments().Select(d => ReportDocuments.PeriodOf(d["_id"]))];

    public void Save(IReadOnlyList<UnitReport> reportsToSave, IReadOnlyList<ReportChange> changes)
    {
        lock (_writeGate)
        {
            _db.InTransaction(() =>
            {
                foreach (var report in reportsToSave)
                {
                    _reports.Upsert(ReportDocuments.ToDocument(report));
                }

                foreach (var period in reportsToSave.GroupBy(report => report.Period))
                {
                    UpdateSheet(period.Key, period);
                }

                _history.InsertBulk(changes.Select(ReportDocuments.ToDocument));
                return 0;
            });
            _cache.Forget(reportsToSave.Select(report => report.Period).Distinct());
        }
    }

    public IReadOnlyList<ReportChange> History(string unitCode, Period period) =>
        [.. _history.Find(Query.EQ("report", ReportDocuments.Id(unitCode, period)))
            .OrderBy(document => document["at"].AsDateTime)
            .ThenBy(document => document["_id"].AsObjectId)
            .Select(ReportDocuments.ToChange)];

    /// <remarks>One query for the period instead of one per unit, reading only the unit and the time of each change.</remarks>
    public IReadOnlyDictionary<string, DateTime> FirstSent(Period period)
    {
        var first = new Dictionary<string, DateTime>(StringComparer.OrdinalIgnoreCase);
        var changes = _history.Query().Where(Query.EQ("period", period.ToString())).Select("{ unit: $.unit, at: $.at }").ToDocuments();
        foreach (var change in changes)
        {
            var unit = change["unit"].AsString;
            var at = StoredTime.Utc(change["at"]);
            if (!first.TryGetValue(unit, out var known) || at < known)
            {
                first[unit] = at;
            }
        }

        return first;
    }

    private void UpdateSheet(Period period, IEnumerable<UnitReport> changed)
    {
        var sheet = _sheets.FindById(period.ToString()) ?? new BsonDocument { ["_id"] = period.ToString(), ["units"] = new BsonDocument() };
        var units = sheet["units"].AsDocument;
        foreach (var report in changed)
        {
            units[report.UnitCode] = ValueText.FormatAll(report.Values);
        }

        _sheets.Upsert(sheet);
    }
}
