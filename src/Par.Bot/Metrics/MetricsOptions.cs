namespace Par.Bot.Metrics;

public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Serve Prometheus text at /metrics; off, the instruments have no listener and cost next to nothing.</summary>
    public bool Enabled { get; set; } = true;
}
