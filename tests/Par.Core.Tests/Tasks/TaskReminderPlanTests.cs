using Par.Core.Calendar;
using Par.Core.Tasks;
using Par.Core.Tests.Dossiers;

namespace Par.Core.Tests.Tasks;

public sealed class TaskReminderPlanTests
{
    /// <summary>Friday 1 January 2027 is a holiday; the deadline is Monday 11/01/2027 at 17:00 in Vietnam.</summary>
    private static readonly WorkingCalendar Calendar = new([new DateOnly(2027, 1, 1)]);
    private static readonly DateTime Due = Zones.Utc(2027, 1, 11, 10);

    [Theory]
    // working days after the morning up to the deadline day: weekends and the 1 January holiday skipped
    [InlineData(2026, 12, 30, TaskReminderKind.Before, 7)]
    [InlineData(2026, 12, 31, null, 0)]
    [InlineData(2027, 1, 6, TaskReminderKind.Before, 3)]
    [InlineData(2027, 1, 8, TaskReminderKind.Before, 1)]
    [InlineData(2027, 1, 11, null, 0)]
    [InlineData(2027, 1, 12, TaskReminderKind.Overdue, 1)]
    [InlineData(2027, 1, 15, TaskReminderKind.Overdue, 4)]
    public void Reminders_come_7_3_and_1_working_days_before_and_each_morning_once_overdue(int year, int month, int day, TaskReminderKind? kind, int days)
    {
        var due = TaskReminderPlan.For([Task()], Morning(year, month, day), Zones.Vietnam, Calendar, TimeSpan.FromDays(30));

        Assert.Equal(kind is null ? [] : [(kind.Value, days)], due.Select(d => (d.Kind, d.WorkingDays)));
    }

    [Fact]
    public void A_task_overdue_longer_than_the_threshold_is_escalated_and_a_finished_one_is_left_alone()
    {
        var morning = Morning(2027, 1, 15);

        var due = TaskReminderPlan.For([Task(), Task() with { Number = 2, FinishedUtc = morning }], morning, Zones.Vietnam, Calendar, TimeSpan.FromDays(3));

        Assert.Equal([TaskReminderKind.Overdue, TaskReminderKind.Escalation], due.Select(d => d.Kind));
        Assert.All(due, d => Assert.Equal(1, d.Task.Number));
    }

    [Fact]
    public void An_approved_extension_moves_the_reminders()
    {
        var extended = Task() with
        {
            Extensions = [new() { AskedBy = 501, AskedUtc = Due.AddDays(-9), RequestedDueUtc = Due.AddDays(7), Reason = "x", State = ExtensionState.Approved, DecidedBy = 9001, DecidedUtc = Due.AddDays(-9), ApprovedDueUtc = Due.AddDays(7) }],
        };

        Assert.Empty(TaskReminderPlan.For([extended], Morning(2027, 1, 12), Zones.Vietnam, Calendar, TimeSpan.FromDays(3)));
    }

    private static DateTime Morning(int year, int month, int day) => Zones.Utc(year, month, day, 1, 30);

    private static UnitTask Task() => new() { Number = 1, UnitCode = "SNV", Description = "Rà soát", DueUtc = Due, AssignedUtc = Zones.Utc(2026, 12, 1) };
}
