using LiteDB;
using Par.Core.Periods;
using Par.Core.Reminders;

namespace Par.Core.Storage;

/// <summary>Reads the reports feature's collection: one document per unit and period, with <c>UnitCode</c> and <c>Period</c>.</summary>
internal sealed class LiteReportedUnits(ParDatabase db) : IReportedUnits
{
    private const string UnitCode = "UnitCode";
    private const string PeriodField = "Period";
    private readonly ILiteCollection<BsonDocument> _reports = db.Collection<BsonDocument>(DossierCollections.Reports);

    public IReadOnlySet<string> UnitsThatReported(Period period) =>
        _reports.Find(Query.EQ(PeriodField, period.ToString()))
            .Select(report => report[UnitCode])
            .Where(code => code.IsString)
            .Select(code => code.AsString)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
