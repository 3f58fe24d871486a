namespace Par.Bot.Tests.Metrics;

/// <summary>
/// Tests that read counter values run alone: OpenTelemetry listens to every meter named "Par" in the process, so a
/// host of another test running meanwhile would add its updates to this host's scrape. A deployed bot is one host per process.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "metrics";
}
