namespace Par.Bot.Jobs;

public static class JobsExtensions
{
    /// <summary>The Quartz scheduler and one job per reminder schedule.</summary>
    public static IHostApplicationBuilder AddParJobs(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
