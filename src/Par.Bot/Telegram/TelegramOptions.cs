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
}
