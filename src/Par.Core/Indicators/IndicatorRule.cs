namespace Par.Core.Indicators;

/// <summary>How a metric turns its counts into points; configuration accepts the names in any case.</summary>
public enum IndicatorRule
{
    /// <summary><c>min(points, points × rate ÷ target)</c>: full points from the target rate on (80 %, 90 %, 100 %).</summary>
    Capped,

    /// <summary><c>points × rate ÷ 100</c>, as the portal scores most of its ratios.</summary>
    Linear,

    /// <summary>A sum of weighted ratios, each optionally capped: the portal's online-payment formula (see <see cref="CompositePart"/>).</summary>
    Composite,

    /// <summary>The portal publishes only the score, no counts: the published score is taken as it is.</summary>
    Given,
}
