using Par.Core.Indicators;

namespace Par.Core.Ranking;

/// <summary>A metric's points from its counts by its own rule, exactly as the portal computes them.</summary>
public static class MetricScoring
{
    /// <summary>The points rounded as the metric says (<see cref="IndicatorRounding"/>); null when the metric is not scored.</summary>
    public static decimal? Score(IndicatorDefinition metric, MetricCounts counts) =>
        Exact(metric, counts) is { } exact ? Round(metric, exact) : null;

    public static decimal Round(IndicatorDefinition metric, decimal points) =>
        metric.Rounding == IndicatorRounding.HalfUp ? PortalRounding.Round(points) : points;

    /// <summary>The unrounded points; null when the metric is not scored (no cases under <see cref="NoCasesRule.NotScored"/>, or nothing known).</summary>
    public static decimal? Exact(IndicatorDefinition metric, MetricCounts counts) => metric.Rule switch
    {
        IndicatorRule.Given => counts.Given,
        IndicatorRule.Composite => Composite(metric, counts.Parts),
        _ => Ratio(metric, counts),
    };

    private static decimal? Ratio(IndicatorDefinition metric, MetricCounts counts)
    {
        var points = metric.Points;
        if (counts is { Numerator: { } numerator, Denominator: { } denominator })
        {
            if (denominator == 0)
            {
                return NoCases(metric);
            }

            // Multiplied before dividing, so a score that is exactly on a half hundredth stays exact for the rounding.
            return metric.Rule == IndicatorRule.Linear
                ? points * numerator / denominator
                : Math.Min(points, points * numerator * 100 / (denominator * metric.Target));
        }

        if (counts.Ratio is not { } ratio)
        {
            return null;
        }

        return metric.Rule == IndicatorRule.Linear ? points * ratio / 100 : Math.Min(points, points * ratio / metric.Target);
    }

    private static decimal? NoCases(IndicatorDefinition metric) => metric.WhenNoCases switch
    {
        NoCasesRule.Full => metric.Points,
        NoCasesRule.Zero => 0,
        _ => null,
    };

    /// <summary>Each term <c>min(cap, weight × n ÷ d)</c>, 0 when its denominator is 0; no cap on the sum (the portal applies none).</summary>
    private static decimal? Composite(IndicatorDefinition metric, IReadOnlyList<PartCount> parts)
    {
        if (parts.Count != metric.Parts.Count)
        {
            return null;
        }

        var sum = 0m;
        for (var i = 0; i < parts.Count; i++)
        {
            sum += Term(metric.Parts[i], parts[i]);
        }

        return sum;
    }

    internal static decimal Term(CompositePart part, PartCount count)
    {
        if (count.Denominator == 0)
        {
            return 0;
        }

        var value = part.Weight * count.Numerator / count.Denominator;
        return part.Cap is { } cap ? Math.Min(cap, value) : value;
    }
}
