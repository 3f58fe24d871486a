using Par.Core.Reminders;

namespace Par.Core.Tests.Reminders;

public sealed class DueSlotTests
{
    // 08:00 in Vietnam (UTC+7) is 01:00 UTC.
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static TheoryData<string, string, string, string?> Cases => new()
    {
        // last handled, catch-up window start, now, expected slot (all Vietnam time)
        { "2025-05-19 08:00", "2025-05-20 00:00", "2025-05-20 07:59", null },
        { "2025-05-19 08:00", "2025-05-20 00:00", "2025-05-20 08:00", "2025-05-20 08:00" },
        { "2025-05-19 08:00", "2025-05-20 00:00", "2025-05-20 15:00", "2025-05-20 08:00" },
        { "2025-05-20 08:00", "2025-05-20 00:00", "2025-05-20 15:00", null },
        // Down for days: only today's slot, once.
        { "2025-05-10 08:00", "2025-05-20 00:00", "2025-05-20 09:00", "2025-05-20 08:00" },
        // Handled after the window's start but before the slot.
        { "2025-05-20 07:00", "2025-05-20 00:00", "2025-05-20 09:00", "2025-05-20 08:00" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void At_most_the_latest_missed_slot_of_the_window_is_due(string last, string windowStart, string now, string? expected)
    {
        var due = DueSlot.Find(DailyAtEight, At(last), At(windowStart), At(now));

        Assert.Equal(expected is null ? null : At(expected), due);
    }

    [Fact]
    public void Several_slots_missed_in_the_window_give_the_latest()
    {
        static DateTimeOffset? Hourly(DateTimeOffset after) =>
            new DateTimeOffset(after.Year, after.Month, after.Day, after.Hour, 0, 0, after.Offset).AddHours(1);

        var due = DueSlot.Find(Hourly, At("2025-05-20 03:00"), At("2025-05-20 00:00"), At("2025-05-20 09:30"));

        Assert.Equal(At("2025-05-20 09:00"), due);
    }

    [Fact]
    public void A_slot_exactly_at_the_windows_start_counts()
    {
        static DateTimeOffset? Midnight(DateTimeOffset after) =>
            new DateTimeOffset(after.ToOffset(TimeSpan.FromHours(7)).Date, TimeSpan.FromHours(7)).AddDays(1);

        var due = DueSlot.Find(Midnight, At("2025-05-18 00:00"), At("2025-05-20 00:00"), At("2025-05-20 06:00"));

        Assert.Equal(At("2025-05-20 00:00"), due);
    }

    [Fact]
    public void A_schedule_that_never_fires_again_has_nothing_due() =>
        Assert.Null(DueSlot.Find(_ => null, At("2025-05-19 08:00"), At("2025-05-20 00:00"), At("2025-05-20 09:00")));

    private static DateTimeOffset? DailyAtEight(DateTimeOffset after)
    {
        var local = after.ToOffset(Vietnam);
        var today = new DateTimeOffset(local.Year, local.Month, local.Day, 8, 0, 0, Vietnam);
        return today > after ? today : today.AddDays(1);
    }

    private static DateTimeOffset At(string local) =>
        new(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), Vietnam);
}
