using System.Text.Json;
using Par.Core.Indicators;
using Par.Core.Ranking;

namespace Par.Core.Portal;

/// <summary>
/// <c>parent</c> + <c>children[]</c>: each child a unit carrying its group's counts and score. The group is the
/// one-metric group whose fields (<see cref="IndicatorDefinition.NumeratorField"/>, a composite's parts) the children
/// carry and whose maximum their <c>maxScore</c>/<c>totalMaxScore</c> states, the most specific such group winning:
/// a given score names no fields, so it matches only by its maximum. The parent is the province, not a unit.
/// </summary>
internal static class TreeShape
{
    public static PortalFile Read(JsonElement children, IndicatorCatalog catalog)
    {
        if (children.GetArrayLength() == 0 || children[0].ValueKind != JsonValueKind.Object)
        {
            throw PortalFileParser.Shape("children[]");
        }

        var (group, metric) = Recognise(children[0], catalog);
        var units = new List<PortalUnitRow>();
        var index = 0;
        foreach (var child in children.EnumerateArray())
        {
            if (child.ValueKind != JsonValueKind.Object)
            {
                throw PortalFileParser.Shape("children[]");
            }

            var (id, code, name) = PortalFileParser.Identity(child, index++);
            var official = PortalJson.Has(child, "score") ? PortalJson.Number(child, "score", name) : PortalJson.Number(child, "totalScore", name);
            var counts = Counts(metric, child, name);
            units.Add(new PortalUnitRow(id, code, name, PortalJson.Text(child, "level"), [PortalFileParser.Metric(metric, counts, official, null)]));
        }

        return new PortalFile(group, units);
    }

    private static (IndicatorGroupDefinition, IndicatorDefinition) Recognise(JsonElement first, IndicatorCatalog catalog)
    {
        var max = PortalJson.Number(first, "maxScore", "") ?? PortalJson.Number(first, "totalMaxScore", "");
        var match = catalog.Groups
            .Select(group => (Group: group, Metrics: catalog.ItemsOf(group).ToList()))
            .Where(candidate => candidate.Metrics.Count == 1 && IsTreeMetric(candidate.Metrics[0]) && candidate.Group.Max == max)
            .Select(candidate => (candidate.Group, Metric: candidate.Metrics[0], Fields: Fields(candidate.Metrics[0])))
            .Where(candidate => candidate.Fields.All(field => PortalJson.Has(first, field)))
            .OrderByDescending(candidate => candidate.Fields.Count)
            .FirstOrDefault();
        return match.Group is null ? throw PortalFileParser.Shape("children[]") : (match.Group, match.Metric);
    }

    private static bool IsTreeMetric(IndicatorDefinition metric) =>
        metric.NumeratorField is not null || metric.Rule is IndicatorRule.Composite or IndicatorRule.Given;

    private static List<string> Fields(IndicatorDefinition metric) => metric.Rule switch
    {
        IndicatorRule.Composite => [.. metric.Parts.SelectMany(part => new[] { part.NumeratorField, part.DenominatorField }).Distinct()],
        IndicatorRule.Given => [],
        _ => [metric.NumeratorField!, metric.DenominatorField!],
    };

    private static MetricCounts Counts(IndicatorDefinition metric, JsonElement child, string unit)
    {
        var ratio = PortalJson.Number(child, "ratio", unit);
        return metric.Rule switch
        {
            IndicatorRule.Given => new MetricCounts { Ratio = ratio },
            // The portal writes 0 for a count it has none of; a missing count is read the same way.
            IndicatorRule.Composite => new MetricCounts
            {
                Ratio = ratio,
                Parts = [.. metric.Parts.Select(part => new PartCount(
                    PortalJson.Number(child, part.NumeratorField, unit) ?? 0, PortalJson.Number(child, part.DenominatorField, unit) ?? 0))],
            },
            _ => new MetricCounts
            {
                Numerator = PortalJson.Number(child, metric.NumeratorField!, unit),
                Denominator = PortalJson.Number(child, metric.DenominatorField!, unit),
                Ratio = ratio,
            },
        };
    }
}
