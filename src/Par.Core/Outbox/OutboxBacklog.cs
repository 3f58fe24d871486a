namespace Par.Core.Outbox;

/// <summary>What waits in the outbox: pending rows by priority, and when the oldest of them was stored (null when none waits).</summary>
public sealed record OutboxBacklog(IReadOnlyDictionary<Priority, int> Pending, DateTime? OldestCreatedUtc);
