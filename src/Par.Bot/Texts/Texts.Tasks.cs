using Par.Bot.Handlers.Tasks;
using Par.Core.Tasks;
using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string TasksUsage(DateOnly today)
    {
        var (iso, day, dayAndMonth) = ExampleDeadline(today);
        return Say(Phrases.TasksUsage, iso, day, dayAndMonth);
    }

    public string UnitTasks(string unitCode, string unitName, IReadOnlyList<TaskView> open, int finished, long userId)
    {
        if (open.Count == 0)
            return Say(Phrases.UnitTasksNone, Bold(unitName), finished);
        var lines = new List<string> { Say(Phrases.UnitTasksTitle, E(unitName)) };
        lines.AddRange(open.Take(ListLimits.Tasks).Select(t =>
            $"• {(t.Task.ResponsibleId == userId ? "👤 " : "")}{Code(t.Task.Code)} {E(t.Task.Description)} — {Deadline(t)}"
            + (t.Task.UnitCode == unitCode ? "" : Say(Phrases.TaskCoordinatingMark, E(t.UnitName)))));
        if (open.Count > ListLimits.Tasks)
            lines.Add(Say(Phrases.MoreTasks, open.Count - ListLimits.Tasks));
        lines.Add(Say(Phrases.TasksFinished, finished));
        lines.Add(Say(Phrases.UnitTasksHint));
        return string.Join('\n', lines);
    }

    public string TasksOverview(IReadOnlyList<UnitTaskCounts> units, IReadOnlyList<TaskView> open, DateOnly today)
    {
        if (units.Count == 0)
            return Say(Phrases.TasksNone, ExampleDeadline(today).Iso);
        var lines = new List<string> { Say(Phrases.TasksOverviewTitle) };
        lines.AddRange(units.Select(u => $"• {Code(u.UnitCode)} {E(u.UnitName)}: {u.Open} / {u.Late} / {u.Finished}"));
        if (open.Count > 0)
            lines.Add("\n" + Say(Phrases.TasksOpen));
        lines.AddRange(open.Take(ListLimits.Tasks).Select(t => $"• {Code(t.Task.Code)} {Code(t.Task.UnitCode)} {E(t.Task.Description)} — {Deadline(t)}"));
        if (open.Count > ListLimits.Tasks)
            lines.Add(Say(Phrases.MoreTasks, open.Count - ListLimits.Tasks));
        return string.Join('\n', lines);
    }

    public string TaskDoneButton(UnitTask task) => Say(Phrases.TaskDoneButton, task.Code);
    public string NewTaskButton => Say(Phrases.NewTaskButton);

    public string TaskPickGroup => Say(Phrases.TaskPickGroup);
    public string TaskPickUnit(UnitGroup group, int page, int pages) =>
        Say(Phrases.TaskPickUnit, GroupHtml(group), pages > 1 ? Say(Phrases.TaskPage, page, pages) : "");
    public string TaskPreviousPage => Say(Phrases.TaskPreviousPage);
    public string TaskNextPage => Say(Phrases.TaskNextPage);

    public string TaskAskDeadline(string unitName, DateOnly today)
    {
        var (_, day, dayAndMonth) = ExampleDeadline(today);
        return Say(Phrases.TaskAskDeadline, Bold(unitName), day, dayAndMonth);
    }

    public string TaskBadDeadline(string text, DateOnly today)
    {
        var (_, day, dayAndMonth) = ExampleDeadline(today);
        return Say(Phrases.TaskBadDeadline, E(Short(text)), day, dayAndMonth);
    }
    public string TaskAskDescription(string unitName, DateTimeOffset dueLocal) =>
        Say(Phrases.TaskAskDescription, Bold(unitName), When(dueLocal), TaskService.MaxDescriptionLength);
    public string TaskConfirm(TaskDraft draft, string leadName, IReadOnlyList<string> coordinators, DateTimeOffset dueLocal) =>
        Say(Phrases.TaskConfirm, Bold(leadName), When(dueLocal), E(draft.Description))
        + Details(coordinators, draft.ExpectedResult, draft.Document, draft.Priority);
    public string TaskConfirmButton => Say(Phrases.TaskConfirmButton);
    public string TaskCancelButton => Say(Phrases.TaskCancelButton);

    public string TaskAssigned(UnitTask task, string unitName, DateTimeOffset dueLocal, int notified) =>
        Say(Phrases.TaskAssigned, Code(task.Code), Bold(unitName), When(dueLocal))
        + (notified > 0 ? Say(Phrases.TaskAssignedNotified, notified) : Say(Phrases.TaskAssignedNobody, E(task.UnitCode)));

    public string TaskAssignedNotice(UnitTask task, DateTimeOffset dueLocal) =>
        Say(Phrases.TaskAssignedNotice, E(task.Code), E(task.Description), When(dueLocal))
        + Details([], task.ExpectedResult, task.Document, task.Priority);

    public string TaskProblem(TaskProblem problem, string code) => problem switch
    {
        Core.Tasks.TaskProblem.UnknownUnit => Say(Phrases.TaskUnknownUnit, Code(code)),
        Core.Tasks.TaskProblem.DeadlineInPast => Say(Phrases.TaskDeadlineInPast),
        Core.Tasks.TaskProblem.MissingDescription => Say(Phrases.TaskMissingDescription),
        Core.Tasks.TaskProblem.DescriptionTooLong => Say(Phrases.TaskDescriptionTooLong, TaskService.MaxDescriptionLength),
        Core.Tasks.TaskProblem.NotFound => Say(Phrases.TaskNotFound, Code(code)),
        Core.Tasks.TaskProblem.OtherUnit => Say(Phrases.TaskOtherUnit, Code(code)),
        Core.Tasks.TaskProblem.AlreadyFinished => Say(Phrases.TaskAlreadyFinished, Code(code)),
        Core.Tasks.TaskProblem.MissingResult => Say(Phrases.TaskMissingResult, E(code)),
        Core.Tasks.TaskProblem.ResultTooLong => Say(Phrases.TaskResultTooLong, TaskService.MaxResultLength),
        _ => RegisterProblem(problem, code),
    };

    public string TaskAskResult(UnitTask task) => Say(Phrases.TaskAskResult, Code(task.Code), E(task.Description));
    public string TaskFinished(UnitTask task) => Say(Phrases.TaskFinished, Code(task.Code), E(task.Result));
    public string TaskFinishedNotice(UnitTask task, string unitName) =>
        Say(Phrases.TaskFinishedNotice, Bold(unitName), Code(task.Code), E(task.Description), E(task.Result));

    private string Deadline(TaskView task) => Say(Phrases.TaskDeadline, When(task.DueLocal), Lateness(task.UntilDue));

    internal static partial class Phrases
    {
        public static readonly Phrase TasksUsage = new("date day short");
        public static readonly Phrase UnitTasksNone = new("unit finished");
        public static readonly Phrase UnitTasksTitle = new("unit");
        public static readonly Phrase MoreTasks = new("count", count: "count");
        public static readonly Phrase TasksFinished = new("count");
        public static readonly Phrase UnitTasksHint = new();
        public static readonly Phrase TasksNone = new("date");
        public static readonly Phrase TasksOverviewTitle = new();
        public static readonly Phrase TasksOpen = new();
        public static readonly Phrase TaskDoneButton = new("code");
        public static readonly Phrase NewTaskButton = new();
        public static readonly Phrase TaskPickGroup = new();
        public static readonly Phrase TaskPickUnit = new("group page");
        public static readonly Phrase TaskPage = new("page pages");
        public static readonly Phrase TaskPreviousPage = new();
        public static readonly Phrase TaskNextPage = new();
        public static readonly Phrase TaskAskDeadline = new("unit day short");
        public static readonly Phrase TaskBadDeadline = new("text day short");
        public static readonly Phrase TaskAskDescription = new("unit due max");
        public static readonly Phrase TaskConfirm = new("unit due description");
        public static readonly Phrase TaskCoordinatingMark = new("lead");
        public static readonly Phrase TaskConfirmButton = new();
        public static readonly Phrase TaskCancelButton = new();
        public static readonly Phrase TaskAssigned = new("code unit due");
        public static readonly Phrase TaskAssignedNotified = new("count", count: "count");
        public static readonly Phrase TaskAssignedNobody = new("unit");
        public static readonly Phrase TaskAssignedNotice = new("code description due");
        public static readonly Phrase TaskUnknownUnit = new("code");
        public static readonly Phrase TaskDeadlineInPast = new();
        public static readonly Phrase TaskMissingDescription = new();
        public static readonly Phrase TaskDescriptionTooLong = new("max");
        public static readonly Phrase TaskNotFound = new("code");
        public static readonly Phrase TaskOtherUnit = new("code");
        public static readonly Phrase TaskAlreadyFinished = new("code");
        public static readonly Phrase TaskMissingResult = new("code");
        public static readonly Phrase TaskResultTooLong = new("max");
        public static readonly Phrase TaskAskResult = new("code description");
        public static readonly Phrase TaskFinished = new("code result");
        public static readonly Phrase TaskFinishedNotice = new("unit code description result");
        public static readonly Phrase TaskDeadline = new("due lateness");
    }
}
