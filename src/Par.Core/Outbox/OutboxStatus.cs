namespace Par.Core.Outbox;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    /// <summary>The recipient blocked the bot (403); not retried.</summary>
    Blocked = 2,
    /// <summary>Gave up after the retry limit or a permanent error.</summary>
    Failed = 3,
    /// <summary>Its broadcast was stopped by an admin before it was sent; never sent.</summary>
    Withdrawn = 4,
}
