namespace Par.Bot.Handlers.Ranking;

public static class RankingExtensions
{
    /// <summary>Options, services and handlers of ranking (indicators, reports, rank, top, export, merges).</summary>
    public static IHostApplicationBuilder AddParRanking(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
