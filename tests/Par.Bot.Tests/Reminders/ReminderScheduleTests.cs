using System.Globalization;
using Microsoft.Extensions.Options;
using Par.Bot.Hosting;
using Par.Bot.Jobs;
using Par.Core.Calendar;

namespace Par.Bot.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    public static TheoryData<string, string, string> NextFireCases => new()
    {
        // cron (province time), after (UTC), next fire (UTC)
        { "0 0 8 ? * MON-FRI", "2025-05-19T00:30:00Z", "2025-05-19T01:00:00Z" },
        { "0 0 8 ? * MON-FRI", "2025-05-23T01:00:00Z", "2025-05-26T01:00:00Z" },
        // 07:00 in Vietnam is midnight UTC: the fire lands on the next UTC day, same local day.
        { "0 0 7 * * ?", "2025-05-19T23:59:59Z", "2025-05-20T00:00:00Z" },
        { "0 0 7 * * ?", "2025-05-20T00:00:00Z", "2025-05-21T00:00:00Z" },
        // 00:30 in Vietnam is still the previous day in UTC.
        { "0 30 0 * * ?", "2025-05-19T17:00:00Z", "2025-05-19T17:30:00Z" },
        { "0 0 9 3,5 * ?", "2025-05-03T02:00:00Z", "2025-05-05T02:00:00Z" },
        { "0 0 9 3,5 * ?", "2025-05-05T02:00:00Z", "2025-06-03T02:00:00Z" },
        { "0 0 16 * * ?", "2025-05-19T09:00:00Z", "2025-05-20T09:00:00Z" },
    };

    public static TheoryData<string, string, string, string?> DueSlotCases => new()
    {
        // cron, last handled (UTC), now (UTC), due slot (UTC)
        // Down from Monday's digest to Tuesday 10:00: Tuesday's 08:00 runs, once.
        { "0 0 8 ? * MON-FRI", "2025-05-19T01:00:00Z", "2025-05-20T03:00:00Z", "2025-05-20T01:00:00Z" },
        // Back on Monday 07:30 after Friday: the weekend has no slots and Monday's has not come.
        { "0 0 8 ? * MON-FRI", "2025-05-23T01:00:00Z", "2025-05-26T00:30:00Z", null },
        // Down all Tuesday, back Wednesday 07:00: Tuesday's digest is not sent a day late.
        { "0 0 8 ? * MON-FRI", "2025-05-19T01:00:00Z", "2025-05-21T00:00:00Z", null },
        // 07:00 local is 00:00 UTC; at 23:59 local the day's slot is still due…
        { "0 0 7 * * ?", "2025-05-18T00:00:00Z", "2025-05-19T16:59:00Z", "2025-05-19T00:00:00Z" },
        // …and a minute after local midnight it belongs to yesterday.
        { "0 0 7 * * ?", "2025-05-18T00:00:00Z", "2025-05-19T17:01:00Z", null },
        { "0 0 8 ? * MON-FRI", "2025-05-20T01:00:00Z", "2025-05-20T09:00:00Z", null },
    };

    [Theory]
    [MemberData(nameof(NextFireCases))]
    public void Cron_fire_times_are_in_the_provinces_time_zone(string cron, string after, string expected)
    {
        var schedule = Schedules(cron)[ReminderSchedule.Digest];

        Assert.Equal(Utc(expected), schedule.NextFireAfter(Utc(after)));
    }

    [Theory]
    [MemberData(nameof(DueSlotCases))]
    public void A_missed_slot_is_caught_up_on_its_local_day_only(string cron, string last, string now, string? expected)
    {
        var schedules = Schedules(cron);

        var due = schedules.DueSlot(schedules[ReminderSchedule.Digest], Utc(last), Utc(now));

        Assert.Equal(expected is null ? null : Utc(expected), due);
    }

    [Fact]
    public void The_local_day_starts_at_midnight_in_vietnam() =>
        Assert.Equal(new DateTimeOffset(2025, 5, 20, 0, 0, 0, TimeSpan.FromHours(7)), Schedules("0 0 8 * * ?").StartOfLocalDay(Utc("2025-05-19T17:30:00Z")));

    [Fact]
    public void The_next_fire_times_are_listed_in_order()
    {
        var times = Schedules("0 0 8 ? * MON-FRI")[ReminderSchedule.Digest].NextFireTimes(Utc("2025-05-22T02:00:00Z"), 3);

        Assert.Equal([Utc("2025-05-23T01:00:00Z"), Utc("2025-05-26T01:00:00Z"), Utc("2025-05-27T01:00:00Z")], times);
    }

    [Theory]
    [InlineData("DigestCron", "every morning", "Reminders:DigestCron 'every morning' is not a valid cron expression")]
    [InlineData("EscalationCron", "0 0 25 * * ?", "Reminders:EscalationCron '0 0 25 * * ?' is not a valid cron expression")]
    [InlineData("DueSoonHours", "0", "Reminders:DueSoonHours must be between 1 and 720")]
    [InlineData("EscalateAfterDays", "0", "Reminders:EscalateAfterDays must be between 1 and 365")]
    [InlineData("ReportDeadlineDay", "31", "Reminders:ReportDeadlineDay must be between 1 and 28")]
    public void A_bad_setting_is_refused_naming_its_key(string key, string value, string expected)
    {
        var options = new ReminderOptions();
        typeof(ReminderOptions).GetProperty(key)!.SetValue(options, key.EndsWith("Cron", StringComparison.Ordinal) ? value : int.Parse(value, CultureInfo.InvariantCulture));

        var result = new ReminderOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.StartsWith(expected, result.FailureMessage);
    }

    [Fact]
    public void The_defaults_are_valid() => Assert.True(new ReminderOptionsValidator().Validate(null, new ReminderOptions()).Succeeded);

    [Fact]
    public void A_holiday_has_no_fire_time_and_the_next_one_is_the_next_working_day()
    {
        // Tết 2026: Saturday 14/02 to Sunday 22/02; the digest resumes on Monday 23/02.
        var tet = new WorkingCalendar(Enumerable.Range(14, 9).Select(day => new DateOnly(2026, 2, day)));
        var digest = Schedules("0 0 8 ? * MON-FRI", tet)[ReminderSchedule.Digest];

        var next = digest.NextFireTimes(Utc("2026-02-12T02:00:00"), 3);

        Assert.Equal([Utc("2026-02-13T01:00:00"), Utc("2026-02-23T01:00:00"), Utc("2026-02-24T01:00:00")], next);
    }

    private static ReminderSchedules Schedules(string digestCron, WorkingCalendar? calendar = null) => new(
        Options.Create(new ReminderOptions { DigestCron = digestCron }),
        calendar ?? WorkingCalendar.WeekdaysOnly,
        new ProvinceClock(TimeProvider.System, Options.Create(new BotOptions { TimeZone = "Asia/Ho_Chi_Minh" })));

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
