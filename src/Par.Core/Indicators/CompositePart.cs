namespace Par.Core.Indicators;

/// <summary>
/// One term of a <see cref="IndicatorRule.Composite"/> metric: <c>min(Cap, Weight × numerator ÷ denominator)</c>, 0 when
/// the denominator is 0. The fields name the counts in the portal's response (<c>totalDossierOnlinePaymentSuccess</c>).
/// </summary>
public sealed record CompositePart
{
    public string NumeratorField { get; init; } = "";

    public string DenominatorField { get; init; } = "";

    public decimal Weight { get; init; }

    /// <summary>The most this term can add; none means <see cref="Weight"/> (the ratio itself can pass 1).</summary>
    public decimal? Cap { get; init; }

    /// <summary>What the numerator counts, for advice: "hồ sơ thanh toán trực tuyến".</summary>
    public string? CountVi { get; init; }

    public string? CountEn { get; init; }

    public string Count(Language language) => (language == Language.Vi ? CountVi : CountEn ?? CountVi) ?? "";
}
