using Par.Core.Indicators;
using Par.Core.Portal;

namespace Par.Core.Ranking;

/// <summary>
/// Turns reported values into points: decimal arithmetic, rounded per metric only where the catalogue says so
/// (<see cref="IndicatorRounding.HalfUp"/>); an imported official score counts as published.
/// </summary>
public static class Scoring
{
    /// <summary>The points a value earns; 0 when nothing was reported.</summary>
    /// <remarks>
    /// A typed value of a linear, composite or given metric earns <c>points × rate ÷ 100</c>: a unit reports the
    /// metric's rate, not the counts behind a composite or a published score.
    /// Capped, higher is better: <c>min(points, points × rate ÷ target)</c>.
    /// Lower is better (the target is the highest acceptable rate): full points up to the target, then
    /// <c>points × target ÷ rate</c>, the mirror image, so twice the acceptable rate earns half the points.
    /// </remarks>
    public static decimal Earned(IndicatorDefinition indicator, IndicatorValue? value)
    {
        if (value is null)
        {
            return 0;
        }

        var (rate, target, points) = (value.Rate, indicator.FullMarksRate, indicator.Points);
        if (indicator.Rule != IndicatorRule.Capped)
        {
            return points * rate / 100;
        }

        // Reaching the target earns full points without a decimal division, the costly step when ranking thousands.
        if (indicator.HigherIsBetter ? rate >= target : rate <= target)
        {
            return points;
        }

        return indicator.HigherIsBetter ? points * rate / target : points * target / rate;
    }

    /// <summary>
    /// Scores one unit's report; <paramref name="values"/> and <paramref name="official"/> are keyed by catalogue code
    /// and other codes are ignored. A metric with an official figure earns its published score, whatever was typed.
    /// </summary>
    public static ScoreCard Score(
        IndicatorCatalog catalog,
        string unitCode,
        IReadOnlyDictionary<string, IndicatorValue>? values,
        IReadOnlyDictionary<string, OfficialMetric>? official = null)
    {
        var indicators = catalog.Items;
        var lines = new ScoreLine[indicators.Count];
        var score = 0m;
        for (var i = 0; i < lines.Length; i++)
        {
            var indicator = indicators[i];
            var value = values is not null && values.TryGetValue(indicator.Code, out var reported) ? reported : null;
            if (official is not null && official.TryGetValue(indicator.Code, out var published))
            {
                lines[i] = new ScoreLine(indicator, OfficialValue(published), published.Official ?? 0, published);
            }
            else
            {
                lines[i] = new ScoreLine(indicator, value, MetricScoring.Round(indicator, Earned(indicator, value)));
            }

            score += lines[i].Earned;
        }

        // Banded on the published score, so a unit shown 90,00 is never called merely good.
        return new ScoreCard(unitCode, score, catalog.Bands.Classify(PortalRounding.Round(score), catalog.MaxScore), lines);
    }

    /// <summary>The portal's counts as a reported value where they make one (a ratio, else the published rate), for display.</summary>
    private static IndicatorValue? OfficialValue(OfficialMetric metric) =>
        metric is { Numerator: { } numerator, Denominator: { } denominator } && denominator > 0 && numerator >= 0 && numerator <= denominator
            ? IndicatorValue.Ratio(numerator, denominator)
            : metric.Ratio is >= 0 and <= 100 ? IndicatorValue.Percent(metric.Ratio.Value) : null;
}
