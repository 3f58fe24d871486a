using LiteDB;
using Par.Core.Periods;
using Par.Core.Portal;
using Par.Core.Ranking;

namespace Par.Core.Storage;

/// <summary>The BSON of a group import: short field names, since a province's month is a few thousand metrics.</summary>
internal static class PortalDocuments
{
    public static string Id(Period period, string group) => $"{period}/{group}";

    public static BsonDocument ToDocument(PortalGroupImport import) => new()
    {
        ["_id"] = Id(import.Period, import.Group),
        ["period"] = import.Period.ToString(),
        ["group"] = import.Group,
        ["at"] = import.ImportedUtc,
        ["by"] = import.ImportedBy,
        ["units"] = new BsonArray(import.Units.Select(pair => new BsonDocument
        {
            ["u"] = pair.Key,
            ["m"] = new BsonArray(pair.Value.Select(ToDocument)),
        })),
    };

    public static PortalGroupImport ToImport(BsonDocument document)
    {
        var units = document["units"].AsArray.Select(unit => unit.AsDocument).ToDictionary(
            unit => unit["u"].AsString,
            unit => (IReadOnlyList<OfficialMetric>)[.. unit["m"].AsArray.Select(metric => ToMetric(metric.AsDocument))],
            StringComparer.OrdinalIgnoreCase);
        return new PortalGroupImport(
            ReportDocuments.PeriodOf(document["period"]), document["group"].AsString, StoredTime.Utc(document["at"]),
            document["by"].AsInt64, units);
    }

    private static BsonDocument ToDocument(OfficialMetric metric)
    {
        var document = new BsonDocument { ["c"] = metric.Code };
        Put(document, "n", metric.Numerator);
        Put(document, "d", metric.Denominator);
        Put(document, "r", metric.Ratio);
        Put(document, "o", metric.Official);
        Put(document, "x", metric.Computed);
        if (metric.Parts.Count > 0)
        {
            document["p"] = new BsonArray(metric.Parts.Select(part => new BsonArray { part.Numerator, part.Denominator }));
        }

        if (metric.DataQuality is { } quality)
        {
            document["q"] = quality;
        }

        return document;
    }

    private static OfficialMetric ToMetric(BsonDocument document) => new()
    {
        Code = document["c"].AsString,
        Numerator = Get(document, "n"),
        Denominator = Get(document, "d"),
        Ratio = Get(document, "r"),
        Official = Get(document, "o"),
        Computed = Get(document, "x"),
        Parts = document.TryGetValue("p", out var parts)
            ? [.. parts.AsArray.Select(part => new PartCount(part.AsArray[0].AsDecimal, part.AsArray[1].AsDecimal))]
            : [],
        DataQuality = document.TryGetValue("q", out var quality) ? quality.AsString : null,
    };

    private static void Put(BsonDocument document, string key, decimal? value)
    {
        if (value is { } number)
        {
            document[key] = number;
        }
    }

    private static decimal? Get(BsonDocument document, string key) => document.TryGetValue(key, out var value) ? value.AsDecimal : null;
}
