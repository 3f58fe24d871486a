using Par.Core;
using Par.Core.Ranking;

namespace Par.Bot.Texts;

/// <summary>Scores and rates as officials read them: <c>88,20</c> and <c>99,29%</c> in Vietnamese, <c>88.20</c> in English.</summary>
internal static class RankingNumbers
{
    /// <summary>Two decimals rounded as the portal publishes (<see cref="PortalRounding"/>); the exact value is kept in the store.</summary>
    public static string Score(decimal value, Language language) => PortalRounding.Round(value).ToString("0.00", language.Numbers);

    /// <summary>A score change with its sign: <c>+2,81</c>, <c>-1,20</c>, <c>0,00</c>.</summary>
    public static string Signed(decimal value, Language language) => (value > 0 ? "+" : "") + Score(value, language);

    /// <summary>Up to two decimals, no padding: <c>70,81</c>, <c>100</c>.</summary>
    public static string Rate(decimal value, Language language) => language.Number(PortalRounding.Round(value));

    /// <summary>A rate rounded as <see cref="Rate"/>, in the one percent style of <see cref="Language.Percent"/>: <c>70,81%</c>.</summary>
    public static string Percent(decimal value, Language language) => language.Percent(PortalRounding.Round(value));
}
