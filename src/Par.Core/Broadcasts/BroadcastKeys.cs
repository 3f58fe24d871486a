namespace Par.Core.Broadcasts;

/// <summary>Ids and outbox dedupe keys of broadcasts: a key is queued once, so a retried step never sends twice.</summary>
public static class BroadcastKeys
{
    /// <summary>Ten hex characters: short enough for callback data, random enough never to meet another.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N")[..10];

    public static string Row(string broadcastId, long chatId) => $"bc:{broadcastId}:{chatId}";

    public static string Reminder(string broadcastId, long chatId, int round) => $"bcr:{broadcastId}:{chatId}:{round}";

    /// <summary>The edit that shows the time of acknowledgement on one received message.</summary>
    public static string Acknowledged(string broadcastId, long chatId, int messageId) => $"bck:{broadcastId}:{chatId}:{messageId}";

    public const string ReportPrefix = "bcf:";

    public static string Report(string broadcastId) => ReportPrefix + broadcastId;
}
