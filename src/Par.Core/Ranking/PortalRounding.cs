namespace Par.Core.Ranking;

/// <summary>
/// Two decimals, half away from zero, on the exact value: how the national portal publishes scores. Every score,
/// points figure and rate that is shown, exported or ranked goes through <see cref="Round"/>, so two units whose
/// published scores are equal tie everywhere, and what a unit reads is what it was ranked on.
/// </summary>
public static class PortalRounding
{
    public const int Decimals = 2;

    public static decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
}
