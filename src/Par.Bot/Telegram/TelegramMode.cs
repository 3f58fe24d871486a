namespace Par.Bot.Telegram;

/// <summary>How updates reach Par (<c>Telegram:Mode</c>).</summary>
public enum TelegramMode
{
    /// <summary>Par asks with getUpdates; no public address needed.</summary>
    Polling,
    /// <summary>Telegram posts each update to Telegram:WebhookUrl, which a reverse proxy forwards to Par.</summary>
    Webhook,
}
