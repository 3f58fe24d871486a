using System.ComponentModel.DataAnnotations;

namespace Par.Core.Invites;

public sealed class InviteOptions
{
    public const string Section = "Invites";

    [Range(1, 365)]
    public int ValidDays { get; set; } = 7;

    /// <summary>Wrong, expired, used or revoked codes one user may try within <see cref="FailureWindowMinutes"/>.</summary>
    [Range(1, 100)]
    public int FailuresPerUser { get; set; } = 5;

    [Range(1, 1440)]
    public int FailureWindowMinutes { get; set; } = 10;

    /// <summary>Such codes from all users together within one minute, after which every redemption waits.</summary>
    [Range(1, 10_000)]
    public int FailuresPerMinute { get; set; } = 60;
}
