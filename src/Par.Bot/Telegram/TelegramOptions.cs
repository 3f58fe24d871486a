namespace Par.Bot.Telegram;

public sealed class TelegramOptions
{
    public const string Section = "Telegram";
    public const string PublicApi = "https://api.telegram.org";

    /// <summary>The token from BotFather. Never logged.</summary>
    public string Token { get; set; } = "";
    /// <summary>The Bot API server: the public one, a self-hosted one, or a test fake.</summary>
    public string ApiBaseUrl { get; set; } = PublicApi;
    /// <summary>Long-polling timeout of getUpdates.</summary>
    public int PollTimeoutSeconds { get; set; } = 30;
    /// <summary>Largest file the bot downloads from a user.</summary>
    public int MaxFileBytes { get; set; } = 5 * 1024 * 1024;
    /// <summary>How updates arrive: long polling (the default) or Telegram calling <see cref="WebhookUrl"/>.</summary>
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;
    /// <summary>The public URL the reverse proxy forwards to Par; Par serves the webhook at its path.</summary>
    public string WebhookUrl { get; set; } = "";
    /// <summary>The X-Telegram-Bot-Api-Secret-Token Telegram must send; empty means a random one at each start. Never logged.</summary>
    public string WebhookSecret { get; set; } = "";
    /// <summary>How many webhook requests Telegram may have open at once.</summary>
    public int WebhookMaxConnections { get; set; } = 40;
}
