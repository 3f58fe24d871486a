namespace Par.Bot.Telegram.Sending;

public enum SendResultKind
{
    Sent,
    /// <summary>429: every send waits RetryAfter.</summary>
    RetryAfter,
    /// <summary>403: the user blocked the bot.</summary>
    Blocked,
    /// <summary>5xx or network: try again later.</summary>
    Transient,
    /// <summary>400 and the like: trying again will not help.</summary>
    Permanent,
}

public sealed record SendOutcome(SendResultKind Kind, int? MessageId = null, TimeSpan RetryAfter = default, string? Error = null);
