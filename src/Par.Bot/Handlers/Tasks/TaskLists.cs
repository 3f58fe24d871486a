using Par.Bot.Handlers.Dossiers;
using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Texts;
using Par.Core.Access;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Tasks;
using Par.Core.Units;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// The questions people ask of the register: a member's tasks (theirs first, then the unit's), the admins' overview
/// and late list, one task's card, and the tasks of one assigning document.
/// </summary>
public sealed class TaskLists(ITaskStore tasks, IUnitStore units, IMemberStore members, ProvinceClock clock)
{
    /// <summary>The member's tasks: the ones they answer for first, then the rest their unit leads or coordinates, by deadline.</summary>
    public void Mine(BotContext context, string unitCode)
    {
        var names = UnitNames.From(units);
        var all = tasks.ListAll().Where(t => Involves(t, unitCode)).ToList();
        var open = all.Where(t => t.IsOpen)
            .OrderBy(t => t.ResponsibleId == context.UserId ? 0 : 1).ThenBy(t => t.CurrentDueUtc)
            .Select(t => View(t, names)).ToList();
        var buttons = open.Where(t => t.Task.UnitCode == unitCode).Take(ListLimits.TaskButtons)
            .Select(t => (IReadOnlyList<Button>)[new Button(context.T.TaskDoneButton(t.Task), $"{TaskDoneButton.Prefix}:{t.Task.Number}")])
            .ToList();
        context.Reply(context.T.UnitTasks(unitCode, names[unitCode], open, all.Count(t => !t.IsOpen && t.UnitCode == unitCode), context.UserId), buttons);
    }

    public void Overview(BotContext context)
    {
        var names = UnitNames.From(units);
        var views = tasks.ListAll().Select(t => View(t, names)).ToList();
        var perUnit = views.GroupBy(v => v.Task.UnitCode)
            .Select(g => new UnitTaskCounts(g.Key, names[g.Key], g.Count(v => v.Task.IsOpen), g.Count(v => v.IsLate), g.Count(v => !v.Task.IsOpen)))
            .OrderByDescending(u => u.Late).ThenBy(u => u.UnitCode, StringComparer.Ordinal)
            .ToList();
        var open = views.Where(v => v.Task.IsOpen).OrderBy(v => v.Task.CurrentDueUtc).ToList();
        context.Reply(context.T.TasksOverview(perUnit, open, clock.Today()), [[new Button(context.T.NewTaskButton, $"{NewTaskButtons.Prefix}:new")]]);
    }

    /// <summary>Overdue open tasks, unit by unit (the unit with the oldest first), each unit's oldest first.</summary>
    public void Late(BotContext context)
    {
        var names = UnitNames.From(units);
        var now = clock.UtcNow.UtcDateTime;
        var late = tasks.ListOpen().Where(t => WorkStatuses.Of(t, now) == WorkStatus.Overdue)
            .GroupBy(t => t.UnitCode)
            .OrderBy(g => g.Min(t => t.CurrentDueUtc))
            .Select(g => (names[g.Key], (IReadOnlyList<TaskView>)[.. g.OrderBy(t => t.CurrentDueUtc).Select(t => View(t, names))]))
            .ToList();
        context.Reply(context.T.LateTasks(late));
    }

    /// <summary>The tasks of one assigning document, with where each stands: how far a directive has got.</summary>
    public void OfDocument(BotContext context, string number)
    {
        var names = UnitNames.From(units);
        var now = clock.UtcNow.UtcDateTime;
        var found = tasks.ListAll()
            .Where(t => t.Document?.Is(number) == true && (context.Can(Permission.AllUnits) || Involves(t, context.UnitCode)))
            .OrderBy(t => t.Number)
            .Select(t => (View(t, names), WorkStatuses.Of(t, now)))
            .ToList();
        context.Reply(context.T.DocumentTasks(number, found));
    }

    public void Card(BotContext context, int number)
    {
        var task = tasks.Find(number);
        if (task is null || !context.Can(Permission.AllUnits) && !Involves(task, context.UnitCode))
        {
            context.Reply(context.T.TaskProblem(task is null ? TaskProblem.NotFound : TaskProblem.OtherUnit, TaskCode.Format(number)));
            return;
        }
        var names = UnitNames.From(units);
        var card = new TaskCard(
            task,
            names[task.UnitCode],
            [.. task.Coordinators.Select(c => (names[c], task.HasConfirmed(c)))],
            task.ResponsibleId is { } id ? members.NameOf(id) : null,
            WorkStatuses.Of(task, clock.UtcNow.UtcDateTime),
            clock.ToLocal(task.CurrentDueUtc),
            clock.ToLocal(task.DueUtc),
            [.. task.History.Select(e => (e, e.Kind == TaskEventKind.ResponsibleNamed && long.TryParse(e.Text, out var person) ? $"{members.NameOf(e.By)} → {members.NameOf(person)}" : members.NameOf(e.By), clock.ToLocal(e.AtUtc)))]);
        context.Reply(context.T.TaskCard(card), Buttons(context, task));
    }

    /// <summary>What the viewer may do with the task, as buttons.</summary>
    private static List<IReadOnlyList<Button>> Buttons(BotContext context, UnitTask task)
    {
        var rows = new List<IReadOnlyList<Button>>();
        var isLead = context.Role != Role.Admin && context.Can(Permission.MarkDone, task.UnitCode);
        if (task.IsOpen && isLead)
        {
            rows.Add([new Button(context.T.TaskDoneButton(task), $"{TaskDoneButton.Prefix}:{task.Number}"), new Button(context.T.TaskNoteButton, $"{TaskButtons.Prefix}:n:{task.Number}")]);
            rows.Add([new Button(context.T.TaskExtendButton, $"{TaskButtons.Prefix}:x:{task.Number}")]);
        }
        if (task.IsOpen && context.Can(Permission.ManageMembers, task.UnitCode))
            rows.Add([new Button(context.T.TaskPickResponsibleButton, $"{TaskButtons.Prefix}:r:{task.Number}")]);
        if (task.IsCoordinator(context.UnitCode) && !task.HasConfirmed(context.UnitCode!))
            rows.Add([new Button(context.T.TaskConfirmPartButton, $"{TaskButtons.Prefix}:c:{task.Number}"), new Button(context.T.TaskNoteButton, $"{TaskButtons.Prefix}:n:{task.Number}")]);
        if (context.Role == Role.Admin && task.PendingExtension is not null)
            rows.Add([new Button(context.T.TaskApproveButton, $"{TaskButtons.Prefix}:xa:{task.Number}"), new Button(context.T.TaskRejectButton, $"{TaskButtons.Prefix}:xr:{task.Number}")]);
        return rows;
    }

    private static bool Involves(UnitTask task, string? unitCode) =>
        unitCode is not null && (string.Equals(task.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase) || task.IsCoordinator(unitCode));


    private TaskView View(UnitTask task, UnitNames names) =>
        new(task, names[task.UnitCode], clock.ToLocal(task.CurrentDueUtc), task.CurrentDueUtc - clock.UtcNow.UtcDateTime);
}
