using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Par.Bot.Telegram;

namespace Par.Bot.Health;

/// <summary>Ready while the Bot API has been heard from about updates within Health:UpdateSilenceSeconds.</summary>
internal sealed class UpdatesHealthCheck(UpdateHeartbeat heartbeat, IOptions<HealthOptions> options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var limit = TimeSpan.FromSeconds(options.Value.UpdateSilenceSeconds);
        if (heartbeat.Last is not { } last)
            return Task.FromResult(HealthCheckResult.Unhealthy("No contact with the Bot API yet."));
        var silence = clock.GetUtcNow() - last;
        var data = new Dictionary<string, object> { ["lastContactUtc"] = last.UtcDateTime, ["silenceSeconds"] = Math.Round(silence.TotalSeconds) };
        return Task.FromResult(silence <= limit
            ? HealthCheckResult.Healthy("The Bot API answers about updates.", data)
            : HealthCheckResult.Unhealthy($"No word from the Bot API about updates for {silence.TotalSeconds:0} s (Health:UpdateSilenceSeconds is {limit.TotalSeconds:0}).", data: data));
    }
}
