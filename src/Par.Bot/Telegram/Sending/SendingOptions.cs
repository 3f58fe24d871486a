using System.ComponentModel.DataAnnotations;

namespace Par.Bot.Telegram.Sending;

/// <summary>Limits of the outgoing gateway, which every message leaves through: replies, reminders and broadcasts.</summary>
public sealed class SendingOptions : IValidatableObject
{
    public const string Section = "Sending";

    /// <summary>
    /// At most this many messages leave in any one-second window. Telegram allows about 30, and a place in the window
    /// is held until a second after Telegram answered, so 30 never makes 31 in one of Telegram's seconds (bench/: 0 × 429
    /// against a Bot API refusing the 31st). Higher values only make sense against a Bot API without Telegram's limits.
    /// </summary>
    [Range(1, 10000)]
    public int MessagesPerSecond { get; set; } = 30;
    /// <summary>
    /// Places of each second that reminders and broadcasts leave to replies: they use at most
    /// <see cref="MessagesPerSecond"/> − this, so the person who just wrote is answered at once even during a broadcast.
    /// </summary>
    [Range(0, 9999)]
    public int ReplyReserve { get; set; } = 3;
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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReplyReserve >= MessagesPerSecond)
            yield return new ValidationResult($"must be below Sending:MessagesPerSecond ({MessagesPerSecond}), or bulk mail could never leave", [nameof(ReplyReserve)]);
    }
}
