using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Par.Bot.Telegram.Webhook;

/// <summary>The secret token Telegram sends with each webhook request: Telegram:WebhookSecret, or a random one for this run.</summary>
public sealed class WebhookSecret(IOptions<TelegramOptions> options)
{
    public string Value { get; } = options.Value.WebhookSecret is { Length: > 0 } configured
        ? configured
        : Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    /// <summary>In constant time, so the answer's timing tells nothing about the secret.</summary>
    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(Value));
}
