using Par.Bot.Hosting;
using Par.Bot.Metrics;
using Par.Core.Reminders;

namespace Par.Bot.Jobs;

/// <summary>
/// Runs each reminder schedule's due slot at most once, whoever asks: the Quartz job at fire time, the
/// catch-up at start, or a test after moving the clock. The last slot handled is stored, so a slot missed
/// while the bot was down runs once when it is back (the same local day) and a restart never repeats one;
/// the outbox's dedupe keys make even a repeat after a crash harmless.
/// </summary>
public sealed class ReminderRunner(
    IEnumerable<IReminder> reminders,
    ReminderSchedules schedules,
    IReminderSlotLog slots,
    ProvinceClock clock,
    ParMetrics metrics,
    ILogger<ReminderRunner> logger) : IDisposable
{
    private readonly Dictionary<string, IReminder> _reminders = reminders.ToDictionary(r => r.Schedule, StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Runs the due slot of every schedule.</summary>
    public async Task RunDueAsync(CancellationToken cancellationToken = default)
    {
        foreach (var schedule in schedules.All)
            await RunDueAsync(schedule.Name, null, cancellationToken);
    }

    /// <summary>
    /// Runs the schedule's latest unhandled slot up to now, or up to <paramref name="firedFor"/> when Quartz
    /// fires a hair early. A schedule never handled before only remembers now: nothing was missed yet.
    /// </summary>
    /// <returns>The slot run, or null when none was due.</returns>
    public async Task<DateTimeOffset?> RunDueAsync(string scheduleName, DateTimeOffset? firedFor, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.UtcNow;
            if (slots.LastHandled(scheduleName) is not { } last)
            {
                slots.MarkHandled(scheduleName, now);
                return null;
            }
            var upTo = firedFor > now ? firedFor.Value : now;
            if (schedules.DueSlot(schedules[scheduleName], last, upTo) is not { } slot)
                return null;
            var sent = _reminders[scheduleName].Run(slot);
            slots.MarkHandled(scheduleName, slot);
            metrics.ReminderRan(scheduleName, sent);
            logger.LogInformation("Reminder {Schedule} for {Slot:u}: {Count} message(s) queued", scheduleName, slot, sent);
            return slot;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
