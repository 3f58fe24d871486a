using Par.Core.Calendar;

namespace Par.Core.Tasks;

/// <summary>
/// Which open tasks get a reminder on a working morning: 7, 3 and 1 working days before the deadline in force (an
/// approved extension moves it), every morning once it has passed, and an escalation once a task is overdue by more
/// than the threshold. Pure: the tasks, the day and the calendar in, the reminders out.
/// </summary>
public static class TaskReminderPlan
{
    public static readonly IReadOnlySet<int> DaysBefore = new HashSet<int> { 7, 3, 1 };

    public static IReadOnlyList<TaskReminderDue> For(
        IEnumerable<UnitTask> open, DateTime nowUtc, TimeZoneInfo zone, WorkingCalendar calendar, TimeSpan escalateAfter)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone));
        var due = new List<TaskReminderDue>();
        foreach (var task in open.Where(t => t.IsOpen))
        {
            var deadline = task.CurrentDueUtc;
            var dueDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(deadline, zone));
            if (nowUtc <= deadline)
            {
                var left = calendar.WorkingDaysUntil(today, dueDay);
                if (DaysBefore.Contains(left))
                    due.Add(new TaskReminderDue(task, TaskReminderKind.Before, left));
                continue;
            }
            due.Add(new TaskReminderDue(task, TaskReminderKind.Overdue, Math.Max(0, calendar.WorkingDaysUntil(dueDay, today))));
            if (nowUtc - deadline > escalateAfter)
                due.Add(new TaskReminderDue(task, TaskReminderKind.Escalation, Math.Max(0, calendar.WorkingDaysUntil(dueDay, today))));
        }
        return due;
    }
}
