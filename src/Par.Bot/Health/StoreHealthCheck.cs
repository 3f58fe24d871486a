using Microsoft.Extensions.Diagnostics.HealthChecks;
using Par.Core.Storage;

namespace Par.Bot.Health;

/// <summary>Ready while the LiteDB file is open and takes a write.</summary>
internal sealed class StoreHealthCheck(StoreProbe probe, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            probe.Write(clock.GetUtcNow().UtcDateTime);
            return Task.FromResult(HealthCheckResult.Healthy("The store is open and takes writes."));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The store does not take writes: {e.GetType().Name}: {e.Message}"));
        }
    }
}
