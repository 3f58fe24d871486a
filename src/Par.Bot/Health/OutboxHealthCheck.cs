using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Par.Core.Outbox;

namespace Par.Bot.Health;

/// <summary>Ready while no message has waited in the outbox longer than Health:OutboxMaxAgeMinutes.</summary>
internal sealed class OutboxHealthCheck(IOutboxStore outbox, IOptions<HealthOptions> options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var backlog = outbox.Backlog();
        var limit = TimeSpan.FromMinutes(options.Value.OutboxMaxAgeMinutes);
        var age = backlog.OldestCreatedUtc is { } oldest ? clock.GetUtcNow().UtcDateTime - oldest : TimeSpan.Zero;
        var data = new Dictionary<string, object>
        {
            ["pending"] = backlog.Pending.Values.Sum(),
            ["oldestPendingSeconds"] = Math.Round(age.TotalSeconds),
        };
        return Task.FromResult(age <= limit
            ? HealthCheckResult.Healthy("The outbox is moving.", data)
            : HealthCheckResult.Unhealthy($"A message has waited {age.TotalMinutes:0} min to be sent (Health:OutboxMaxAgeMinutes is {limit.TotalMinutes:0}).", data: data));
    }
}
