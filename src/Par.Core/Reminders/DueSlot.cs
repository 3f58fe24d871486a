namespace Par.Core.Reminders;

/// <summary>
/// Which slot of a schedule to run now: the latest fire time after the last slot handled, not later than
/// now and not earlier than the catch-up window's start. However many slots were missed, at most one runs.
/// </summary>
public static class DueSlot
{
    /// <summary>More fire times than any sane schedule has in a catch-up window; guards against a runaway expression.</summary>
    public const int MaxSlotsScanned = 100_000;

    /// <param name="nextFireAfter">The schedule's first fire time strictly after the given instant, or null when it never fires again.</param>
    /// <param name="lastHandled">The last slot handled; slots up to and including it are done.</param>
    /// <param name="catchUpFrom">The earliest slot still worth running (e.g. the start of today, local time); included.</param>
    /// <param name="now">Slots up to and including now are due.</param>
    public static DateTimeOffset? Find(
        Func<DateTimeOffset, DateTimeOffset?> nextFireAfter,
        DateTimeOffset lastHandled,
        DateTimeOffset catchUpFrom,
        DateTimeOffset now)
    {
        // Fire times are whole seconds, so starting a tick before the window keeps a slot exactly at its start.
        var after = lastHandled >= catchUpFrom ? lastHandled : catchUpFrom.AddTicks(-1);
        DateTimeOffset? due = null;
        var next = nextFireAfter(after);
        for (var scanned = 0; next is { } slot && slot <= now && scanned < MaxSlotsScanned; scanned++)
        {
            due = slot;
            next = nextFireAfter(slot);
        }

        return due;
    }
}
