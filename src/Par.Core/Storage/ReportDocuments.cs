using LiteDB;
using Par.Core.Periods;
using Par.Core.Reports;

namespace Par.Core.Storage;

/// <summary>How reports and their changes are written as LiteDB documents; values as <see cref="ValueText"/>.</summary>
internal static class ReportDocuments
{
    public static string Id(string unitCode, Period period) => $"{unitCode.ToUpperInvariant()}|{period}";

    public static BsonDocument ToDocument(UnitReport report) => new()
    {
        ["_id"] = Id(report.UnitCode, report.Period),
        ["unit"] = report.UnitCode,
        ["period"] = report.Period.ToString(),
        ["values"] = ValueText.FormatAll(report.Values),
        ["updatedUtc"] = report.UpdatedUtc,
        ["updatedBy"] = report.UpdatedBy,
    };

    public static UnitReport ToReport(BsonDocument document) => new()
    {
        UnitCode = document["unit"].AsString,
        Period = PeriodOf(document["period"]),
        Values = ValueText.ParseAll(document["values"].AsString),
        UpdatedUtc = StoredTime.Utc(document["updatedUtc"]),
        UpdatedBy = document["updatedBy"].AsInt64,
    };

    public static BsonDocument ToDocument(ReportChange change) => new()
    {
        ["report"] = Id(change.UnitCode, change.Period),
        ["unit"] = change.UnitCode,
        ["period"] = change.Period.ToString(),
        ["code"] = change.Code,
        ["old"] = change.Old is { } old ? ValueText.Format(old) : BsonValue.Null,
        ["new"] = ValueText.Format(change.New),
        ["by"] = change.ChangedBy,
        ["at"] = change.ChangedUtc,
    };

    public static ReportChange ToChange(BsonDocument document) => new()
    {
        UnitCode = document["unit"].AsString,
        Period = PeriodOf(document["period"]),
        Code = document["code"].AsString,
        Old = document["old"].IsString && ValueText.TryParse(document["old"].AsString, out var old) ? old : null,
        New = ValueText.TryParse(document["new"].AsString, out var value) ? value : throw new InvalidDataException($"Bad value in history: {document["new"]}"),
        ChangedBy = document["by"].AsInt64,
        ChangedUtc = StoredTime.Utc(document["at"]),
    };

    public static Period PeriodOf(BsonValue value) =>
        Period.TryParse(value.AsString, out var period) ? period : throw new InvalidDataException($"Bad period in store: {value}");
}
