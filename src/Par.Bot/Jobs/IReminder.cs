namespace Par.Bot.Jobs;

/// <summary>What one reminder schedule sends for one of its slots. Runs synchronously: it reads the store and queues messages.</summary>
public interface IReminder
{
    /// <summary>The <see cref="ReminderSchedule.Name"/> this reminder runs on.</summary>
    string Schedule { get; }

    /// <summary>Queues the slot's messages; returns how many were queued (0 when there is nothing to say).</summary>
    int Run(DateTimeOffset slot);
}
