using System.ComponentModel.DataAnnotations;

namespace Par.Bot.Telegram.Sending;

/// <summary>Limits of the outgoing gateway, which every message leaves through: replies, reminders and broadcasts.</summary>
public sealed class SendingOptions
{
    public const string Section = "Sending";

    /// <summary>
    /// At most this many messages leave in any one-second window. Telegram allows about 30; higher values only
    /// make sense against a Bot API without Telegram's limits (a test fake measuring capacity).
    /// </summary>
    [Range(1, 10000)]
    public int MessagesPerSecond { get; set; } = 25;
    /// <summary>Minimum gap between two messages to one chat.</summary>
    [Range(0, 60000)]
    public int PerChatIntervalMs { get; set; } = 1000;
    /// <summary>Sends in flight at once; also the most messages a crash can repeat.</summary>
    [Range(1, 64)]
    public int MaxInFlight { get; set; } = 8;
    /// <summary>
    /// How long a reply keeps being retried while Telegram fails or is out of reach; then it is dropped with a warning,
    /// as the person has long stopped waiting. Reminders and broadcasts are retried until delivered.
    /// </summary>
    [Range(1, 720)]
    public int ReplyLifetimeHours { get; set; } = 24;
}
