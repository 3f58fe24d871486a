using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Par.Bot.Backups;

/// <summary>Not ready while the latest backup failed: the next good one clears it.</summary>
internal sealed class BackupHealthCheck(BackupService backups) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        if (backups.LastSuccess is { } success)
            data["lastSuccessUtc"] = success.AtUtc.UtcDateTime;
        if (backups.LastFailure is { } failure)
        {
            data["lastFailureUtc"] = failure.AtUtc.UtcDateTime;
            return Task.FromResult(HealthCheckResult.Unhealthy($"The last backup, to {failure.Path}, failed: {failure.Error}", data: data));
        }
        return Task.FromResult(HealthCheckResult.Healthy(backups.LastSuccess is null ? "No backup has run yet." : "The last backup succeeded.", data));
    }
}
