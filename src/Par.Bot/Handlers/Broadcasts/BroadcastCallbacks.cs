namespace Par.Bot.Handlers.Broadcasts;

/// <summary>Callback data of the broadcast buttons, in one place (each at most 64 bytes: ids are 10, unit codes 32 characters).</summary>
public static class BroadcastCallbacks
{
    public const string AudiencePrefix = "bca";
    public const string ConfirmPrefix = "bcc";
    public const string StatusPrefix = "bst";
    public const string AcknowledgePrefix = "ack";
    public const string StopPrefix = "bsp";

    public static string Audience(string action, string? value = null) =>
        value is null ? $"{AudiencePrefix}:{action}" : $"{AudiencePrefix}:{action}:{value}";

    public static string Send(string draftId) => $"{ConfirmPrefix}:send:{draftId}";

    public static string Cancel => $"{ConfirmPrefix}:cancel";

    public static string Unacknowledged(string broadcastId) => $"{StatusPrefix}:u:{broadcastId}";

    public static string Undelivered(string broadcastId) => $"{StatusPrefix}:f:{broadcastId}";

    public static string Remind(string broadcastId, int round) => $"{StatusPrefix}:r:{broadcastId}:{round}";

    /// <summary>Asks whether to stop a broadcast still sending; <see cref="StopForGood"/> stops it, <see cref="KeepSending"/> does not.</summary>
    public static string Stop(string broadcastId) => $"{StopPrefix}:ask:{broadcastId}";

    public static string StopForGood(string broadcastId) => $"{StopPrefix}:yes:{broadcastId}";

    public static string KeepSending(string broadcastId) => $"{StopPrefix}:no:{broadcastId}";

    public static string Acknowledge(string broadcastId) => $"{AcknowledgePrefix}:{broadcastId}";
}
