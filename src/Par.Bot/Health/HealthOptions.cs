using System.ComponentModel.DataAnnotations;

namespace Par.Bot.Health;

/// <summary>When <c>/readyz</c> stops answering 200.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>
    /// Longest time without word from the Bot API about updates: a long poll answers at least every
    /// Telegram:PollTimeoutSeconds, and in webhook mode the registration is checked every minute.
    /// </summary>
    [Range(10, 86400)]
    public int UpdateSilenceSeconds { get; set; } = 180;

    /// <summary>Oldest message the outbox may hold unsent before it counts as stuck (a 1 000-person broadcast takes under a minute).</summary>
    [Range(1, 10080)]
    public int OutboxMaxAgeMinutes { get; set; } = 15;
}
