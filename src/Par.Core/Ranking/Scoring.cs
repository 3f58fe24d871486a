using Par.Core.Indicators;

namespace Par.Core.Ranking;

/// <summary>Turns reported values into points, exactly: decimal arithmetic, no rounding.</summary>
public static class Scoring
{
    /// <summary>The points a value earns; 0 when nothing was reported.</summary>
    /// <remarks>
    /// Higher is better: <c>min(points, points × rate ÷ target)</c>.
    /// Lower is better (the target is the highest acceptable rate): full points up to the target, then
    /// <c>points × target ÷ rate</c>, the mirror image, so twice the acceptable rate earns half the points.
    /// </remarks>
    public static decimal Earned(IndicatorDefinition indicator, IndicatorValue? value)
    {
        if (value is null)
        {
            return 0;
        }

        // Reaching the target earns full points without a decimal division, the costly step when ranking thousands.
        var (rate, target, points) = (value.Rate, indicator.Target, indicator.Points);
        if (indicator.HigherIsBetter ? rate >= target : rate <= target)
        {
            return points;
        }

        return indicator.HigherIsBetter ? points * rate / target : points * target / rate;
    }

    /// <summary>Scores one unit's report; <paramref name="values"/> is keyed by catalogue code and other codes are ignored.</summary>
    public static ScoreCard Score(
        IndicatorCatalog catalog, string unitCode, IReadOnlyDictionary<string, IndicatorValue>? values)
    {
        var indicators = catalog.Items;
        var lines = new ScoreLine[indicators.Count];
        var score = 0m;
        for (var i = 0; i < lines.Length; i++)
        {
            var indicator = indicators[i];
            var value = values is not null && values.TryGetValue(indicator.Code, out var reported) ? reported : null;
            var earned = Earned(indicator, value);
            lines[i] = new ScoreLine(indicator, value, earned);
            score += earned;
        }

        // Banded on the published score, so a unit shown 90,00 is never called merely good.
        return new ScoreCard(unitCode, score, catalog.Bands.Classify(PortalRounding.Round(score), catalog.MaxScore), lines);
    }
}
