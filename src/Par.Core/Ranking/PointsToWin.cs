using Par.Core.Indicators;

namespace Par.Core.Ranking;

/// <summary>
/// What it takes to win back a metric's lost points, from its own rule and counts: how many more cases the numerator
/// needs (the denominator as it is) to reach the rate of full marks, and the points that brings.
/// </summary>
/// <param name="Needed">Whole cases more, rounded up.</param>
/// <param name="FullRate">The rate, in percent, that earns the points: the metric's full-marks rate, or a composite term's.</param>
/// <param name="Count">What the cases are, as the catalogue words it; null for a generic word.</param>
public sealed record PointsToWin(decimal Needed, decimal FullRate, decimal Gain, string? CountVi, string? CountEn)
{
    public string? Count(Language language) => language == Language.Vi ? CountVi : CountEn ?? CountVi;

    /// <summary>Null when nothing can be said: no counts (a given score), no cases, or nothing lost.</summary>
    public static PointsToWin? For(ScoreLine line)
    {
        var metric = line.Indicator;
        var gain = metric.Points - line.Earned;
        if (gain <= 0 || !line.IsScored)
        {
            return null;
        }

        return metric.Rule switch
        {
            IndicatorRule.Composite => line.Official is { } official ? BestTerm(metric, official.Parts) : null,
            IndicatorRule.Given => null,
            _ => Counts(line) is ({ } numerator, { } denominator) && denominator > 0
                ? new PointsToWin(Missing(metric.FullMarksRate, numerator, denominator), metric.FullMarksRate, gain, metric.CountVi, metric.CountEn)
                : null,
        };
    }

    /// <summary>The composite term that has the most to win; the others stay as they are.</summary>
    private static PointsToWin? BestTerm(IndicatorDefinition metric, IReadOnlyList<PartCount> parts)
    {
        PointsToWin? best = null;
        for (var i = 0; i < Math.Min(parts.Count, metric.Parts.Count); i++)
        {
            var (part, count) = (metric.Parts[i], parts[i]);
            var most = part.Cap ?? part.Weight;
            var gain = most - MetricScoring.Term(part, count);
            if (count.Denominator <= 0 || gain <= 0 || (best is not null && gain <= best.Gain))
            {
                continue;
            }

            var rate = Math.Min(100, most * 100 / part.Weight);
            best = new PointsToWin(Missing(rate, count.Numerator, count.Denominator), rate, MetricScoring.Round(metric, gain), part.CountVi, part.CountEn);
        }

        return best;
    }

    private static (decimal?, decimal?) Counts(ScoreLine line) => line.Official is { } official
        ? (official.Numerator, official.Denominator)
        : line.Value is { IsRatio: true } value ? (value.Numerator, value.Denominator) : (null, null);

    private static decimal Missing(decimal rate, decimal numerator, decimal denominator) =>
        Math.Max(0, Math.Ceiling((rate * denominator / 100) - numerator));
}
