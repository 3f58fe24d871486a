namespace Par.Core.Outbox;

/// <summary>Lower goes first: a person waiting for a reply beats a reminder, which beats a broadcast.</summary>
public enum Priority
{
    Reply = 0,
    Reminder = 1,
    Broadcast = 2,
}
