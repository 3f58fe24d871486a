using Par.Bot.Handlers.Tasks;
using Par.Core.Tasks;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class EnTexts
{
    public string TasksUsage =>
        "Tasks:\n" +
        "<code>/tasks</code> — list\n" +
        "<code>/tasks new UNIT 2025-05-20 What to do</code> — assign a task (the deadline may also be 20/05/2025 17:00)\n" +
        "<code>/tasks new</code> — assign a task step by step\n" +
        "<code>/done T-12 result</code> — report a task done";

    public string UnitTasks(string unitName, IReadOnlyList<TaskView> open, int finished)
    {
        if (open.Count == 0)
            return $"{Bold(unitName)} has no open tasks. Finished: {finished}.";
        var lines = new List<string> { $"<b>Tasks of {E(unitName)}</b>" };
        lines.AddRange(open.Take(ListLimits.Tasks).Select(t => $"• {Code(t.Task.Code)} {E(t.Task.Description)} — {Deadline(t)}"));
        if (open.Count > ListLimits.Tasks)
            lines.Add($"… and {open.Count - ListLimits.Tasks} more tasks.");
        lines.Add($"Finished: {finished}.");
        lines.Add("Report one done: press its button or type <code>/done T-… result</code>.");
        return string.Join('\n', lines);
    }

    public string TasksOverview(IReadOnlyList<UnitTaskCounts> units, IReadOnlyList<TaskView> open)
    {
        if (units.Count == 0)
            return "No tasks yet. Assign one: <code>/tasks new UNIT 2025-05-20 What to do</code> or press the button below.";
        var lines = new List<string> { "<b>Tasks by unit</b> (open / late / finished)" };
        lines.AddRange(units.Select(u => $"• {Code(u.UnitCode)} {E(u.UnitName)}: {u.Open} / {u.Late} / {u.Finished}"));
        if (open.Count > 0)
            lines.Add("\n<b>Open:</b>");
        lines.AddRange(open.Take(ListLimits.Tasks).Select(t => $"• {Code(t.Task.Code)} {Code(t.Task.UnitCode)} {E(t.Task.Description)} — {Deadline(t)}"));
        if (open.Count > ListLimits.Tasks)
            lines.Add($"… and {open.Count - ListLimits.Tasks} more tasks.");
        return string.Join('\n', lines);
    }

    public string TaskDoneButton(UnitTask task) => $"✅ Done {task.Code}";
    public string NewTaskButton => "➕ Assign a task";

    public string TaskGroupName(string group) => group switch
    {
        "department" => "Departments and agencies",
        "commune" => "Communes and wards",
        "district" => "Districts",
        _ => group,
    };

    public string TaskPickGroup => "Assign a task — step 1/4: pick the group of units.";
    public string TaskPickUnit(string group, int page, int pages) =>
        $"Assign a task — step 1/4: pick the unit ({E(TaskGroupName(group))}{(pages > 1 ? $", page {page}/{pages}" : "")}).";
    public string TaskPreviousPage => "◀ Previous";
    public string TaskNextPage => "Next ▶";

    public string TaskAskDeadline(string unitName) =>
        $"Step 2/4: type the deadline for {Bold(unitName)}, e.g. <code>2025-05-20</code> or <code>20/05/2025 17:00</code>. /cancel to stop.";
    public string TaskBadDeadline(string text) =>
        $"“{E(text)}” is not a deadline. Type it again, e.g. <code>2025-05-20</code> or <code>20/05/2025 17:00</code>.";
    public string TaskAskDescription(string unitName, DateTimeOffset dueLocal) =>
        $"Step 3/4: type what {Bold(unitName)} must do (due {When(dueLocal)}), at most {TaskService.MaxDescriptionLength} characters.";
    public string TaskConfirm(string unitName, DateTimeOffset dueLocal, string description) =>
        $"Step 4/4: confirm the task\nUnit: {Bold(unitName)}\nDue: {When(dueLocal)}\nTask: {E(description)}";
    public string TaskConfirmButton => "✅ Assign";
    public string TaskCancelButton => "✖ Cancel";

    public string TaskAssigned(UnitTask task, string unitName, DateTimeOffset dueLocal, int notified) =>
        $"✅ Task {Code(task.Code)} assigned to {Bold(unitName)}, due {When(dueLocal)}." + (notified > 0
            ? $" {notified} member(s) of the unit were notified."
            : $" The unit has no members on Par yet; invite its head with <code>/invite {E(task.UnitCode)}</code>.");

    public string TaskAssignedNotice(UnitTask task, DateTimeOffset dueLocal) =>
        $"📌 <b>New task {E(task.Code)}</b>\n{E(task.Description)}\nDue: {When(dueLocal)}\n" +
        $"When it is done, press the button below or type <code>/done {E(task.Code)} result</code>.";

    public string TaskProblem(TaskProblem problem, string code) => problem switch
    {
        Core.Tasks.TaskProblem.UnknownUnit => $"There is no unit {Code(code)} (or it is archived). Type /units for the list. Nothing was changed.",
        Core.Tasks.TaskProblem.DeadlineInPast => "That deadline has passed; give a time in the future. Nothing was changed.",
        Core.Tasks.TaskProblem.MissingDescription => "The task's description is missing. Nothing was changed.",
        Core.Tasks.TaskProblem.DescriptionTooLong => $"The description is too long (at most {TaskService.MaxDescriptionLength} characters). Nothing was changed.",
        Core.Tasks.TaskProblem.NotFound => $"There is no task {Code(code)}. Type /tasks for the list.",
        Core.Tasks.TaskProblem.OtherUnit => $"Task {Code(code)} belongs to another unit. Nothing was changed.",
        Core.Tasks.TaskProblem.AlreadyFinished => $"Task {Code(code)} is already done. Nothing was changed.",
        Core.Tasks.TaskProblem.MissingResult => $"Add a short result, e.g. <code>/done {E(code)} Review finished</code>.",
        Core.Tasks.TaskProblem.ResultTooLong => $"The result is too long (at most {TaskService.MaxResultLength} characters). Nothing was changed.",
        _ => Apology,
    };

    public string TaskAskResult(UnitTask task) =>
        $"Type a short result for task {Code(task.Code)} ({E(task.Description)}), e.g. “Review finished”. /cancel to stop.";
    public string TaskFinished(UnitTask task) => $"✅ Task {Code(task.Code)} recorded as done: {E(task.Result)}.";
    public string TaskFinishedNotice(UnitTask task, string unitName) =>
        $"✅ {Bold(unitName)} finished task {Code(task.Code)} ({E(task.Description)}).\nResult: {E(task.Result)}";

    private static string Deadline(TaskView task) => $"due {When(task.DueLocal)} ({Lateness(task.UntilDue)})";
}
