namespace Par.Bot.Telegram.Sending;

public enum SendResultKind
{
    /// <summary>Telegram took the message (200), whether or not its answer could be read.</summary>
    Sent,
    /// <summary>429: every send waits RetryAfter.</summary>
    RetryAfter,
    /// <summary>403: the user blocked the bot.</summary>
    Blocked,
    /// <summary>5xx from Telegram about this message: it tries again after its own back-off.</summary>
    Transient,
    /// <summary>No answer from Telegram (network, timeout, a proxy's error page) or one about the bot as a whole (401, 404): the message goes again once the gateway gets through.</summary>
    Unreachable,
    /// <summary>400 and the like: trying again will not help.</summary>
    Permanent,
}

public sealed record SendOutcome(SendResultKind Kind, int? MessageId = null, TimeSpan RetryAfter = default, string? Error = null);
