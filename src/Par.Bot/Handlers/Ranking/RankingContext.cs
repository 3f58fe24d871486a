using Par.Bot.Hosting;
using Par.Core.Periods;

namespace Par.Bot.Handlers.Ranking;

/// <summary>What ranking handlers read off the clock and their arguments.</summary>
internal static class RankingContext
{
    /// <summary>The province's date today: periods open and close on local days.</summary>
    public static DateOnly Today(this ProvinceClock clock) => DateOnly.FromDateTime(clock.LocalNow.DateTime);

    /// <summary>
    /// True for an argument meant as a period (<c>2025-04</c>, <c>2025-13</c>, <c>Q1-2025</c>) rather than a unit code or
    /// group: periods start with a digit or with Q and a digit; unit codes start with a letter and are not periods.
    /// </summary>
    public static bool IsPeriodLike(string token) =>
        token is [>= '0' and <= '9', ..] or ['Q' or 'q', >= '0' and <= '9', ..] || Period.TryParse(token, out _);
}
