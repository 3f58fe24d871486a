namespace Par.Core.Indicators;

/// <summary>How a unit enters an indicator; configuration accepts <c>percent</c> and <c>ratio</c> in any case.</summary>
public enum IndicatorKind
{
    /// <summary>A rate such as <c>98,5%</c>.</summary>
    Percent,

    /// <summary>A numerator and denominator such as <c>490/500</c> dossiers on time.</summary>
    Ratio,
}
