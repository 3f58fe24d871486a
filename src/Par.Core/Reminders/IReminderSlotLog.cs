namespace Par.Core.Reminders;

/// <summary>
/// The last slot each reminder schedule handled, kept across restarts so a missed slot runs once
/// when the bot comes back and a handled one never runs again.
/// </summary>
public interface IReminderSlotLog
{
    DateTimeOffset? LastHandled(string schedule);

    void MarkHandled(string schedule, DateTimeOffset slot);
}
