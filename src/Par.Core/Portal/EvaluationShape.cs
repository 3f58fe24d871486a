using System.Text.Json;
using Par.Core.Indicators;
using Par.Core.Ranking;

namespace Par.Core.Portal;

/// <summary>
/// <c>overview</c> + <c>evaluation[]</c>, each unit with <c>metrics[]</c> of <c>{code, numerator, denominator, ratio,
/// score, maxScore}</c>: the group is the one whose metrics these are. The overview is the province's own row and is
/// not a unit. Information-only metrics (<c>maxScore</c> 0, no score) are read past.
/// </summary>
internal static class EvaluationShape
{
    public static PortalFile Read(JsonElement evaluation, IndicatorCatalog catalog)
    {
        IndicatorGroupDefinition? group = null;
        var units = new List<PortalUnitRow>();
        var index = 0;
        foreach (var row in evaluation.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Object || !row.TryGetProperty("metrics", out var metrics) || metrics.ValueKind != JsonValueKind.Array)
            {
                throw PortalFileParser.Shape("evaluation[].metrics[]");
            }

            var (id, code, name) = PortalFileParser.Identity(row, index++);
            var read = new List<OfficialMetric>();
            foreach (var metric in metrics.EnumerateArray())
            {
                if (Metric(metric, catalog, name, ref group) is { } official)
                {
                    read.Add(official);
                }
            }

            units.Add(new PortalUnitRow(id, code, name, PortalJson.Text(row, "departmentLevel"), read));
        }

        return new PortalFile(group ?? throw PortalFileParser.Shape("metrics[]"), units);
    }

    private static OfficialMetric? Metric(JsonElement metric, IndicatorCatalog catalog, string unit, ref IndicatorGroupDefinition? group)
    {
        if (metric.ValueKind != JsonValueKind.Object || PortalJson.Text(metric, "code") is not { } code)
        {
            throw PortalFileParser.Shape("metrics[].code");
        }

        var official = PortalJson.Number(metric, "score", unit);
        if (!catalog.TryGet(code, out var definition))
        {
            return PortalJson.Number(metric, "maxScore", unit) is null or 0 && official is null
                ? null
                : throw new PortalFormatException(new PortalFileError(PortalFileErrorKind.UnknownMetric, code, unit));
        }

        var own = definition.Group is { } groupCode ? catalog.FindGroup(groupCode) : null;
        if (own is null || (group is not null && group != own))
        {
            throw PortalFileParser.Shape($"{code} ≠ {group?.Code}");
        }

        group = own;
        var counts = new MetricCounts
        {
            Numerator = PortalJson.Number(metric, "numerator", unit),
            Denominator = PortalJson.Number(metric, "denominator", unit),
            Ratio = PortalJson.Number(metric, "ratio", unit),
        };
        return PortalFileParser.Metric(definition, counts, official, PortalJson.Text(metric, "dataQualityStatus"));
    }
}
