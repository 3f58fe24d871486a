namespace Par.Bot.Telegram;

/// <summary>The bot's own username, learnt from getMe at start, for deep links.</summary>
public sealed class BotIdentity
{
    public string Username { get; set; } = "par_bot";

    public string DeepLink(string startPayload) => $"https://t.me/{Username}?start={startPayload}";
}
