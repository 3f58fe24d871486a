namespace Par.Core.Outbox;

/// <summary>
/// What waits in the outbox: pending rows by priority, when the oldest of them was stored (null when none waits), and
/// how many broadcasts still have rows to send.
/// </summary>
public sealed record OutboxBacklog(IReadOnlyDictionary<Priority, int> Pending, DateTime? OldestCreatedUtc, int BroadcastsSending);
