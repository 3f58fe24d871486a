namespace Par.Core.Broadcasts;

/// <summary>Why a recipient did not get a broadcast.</summary>
public enum UndeliveredReason
{
    /// <summary>Had blocked the bot before it was sent, so nothing was queued for them.</summary>
    BlockedBefore,
    /// <summary>Telegram answered that they blocked the bot.</summary>
    Blocked,
    /// <summary>Telegram refused the message, or it kept failing until the outbox gave up.</summary>
    Failed,
    /// <summary>An admin stopped the broadcast before their turn came.</summary>
    Withdrawn,
}
