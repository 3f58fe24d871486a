using Par.Bot.Handlers.Dossiers;
using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Texts;
using Par.Core.Access;
using Par.Core.Outbox;
using Par.Core.Tasks;
using Par.Core.Units;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// /tasks: a member sees the unit's open tasks with a done button each; an admin sees open, late and finished
/// per unit. <c>/tasks new UNIT DEADLINE description</c> assigns at once, <c>/tasks new</c> step by step (admins).
/// </summary>
public sealed class TasksCommand(ITaskStore tasks, IUnitStore units, NewTaskFlow newTask, TaskAssignment assignment, ProvinceClock clock) : ICommand
{
    public string Name => "tasks";
    public Permission Permission => Permission.ViewTasks;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var args = context.Args.Trim();
        var space = args.IndexOfAny([' ', '\n', '\t']);
        var (first, rest) = space < 0 ? (args, "") : (args[..space], args[(space + 1)..].Trim());
        if (first.Length == 0 && context.Can(Permission.AllUnits))
            Overview(context);
        else if (first.Length == 0)
            UnitList(context, context.UnitCode!);
        else if (!first.Equals("new", StringComparison.OrdinalIgnoreCase))
            context.Reply(context.T.TasksUsage(clock.Today()));
        else if (!context.Can(Permission.AssignTask))
            context.Reply(context.T.Refused(AccessPolicy.LeastRole(Permission.AssignTask)));
        else if (rest.Length == 0)
            newTask.Start(context);
        else
            AssignOneLine(context, rest);
        return Task.CompletedTask;
    }

    private void AssignOneLine(BotContext context, string line)
    {
        if (!NewTaskLine.TryParse(line, out var unitCode, out var deadline, out var description))
            context.Reply(context.T.TasksUsage(clock.Today()));
        else if (!TaskDeadline.TryParse(deadline, clock.Zone, clock.UtcNow.UtcDateTime, out var dueUtc))
            context.Reply(context.T.TaskBadDeadline(deadline, clock.Today()));
        else
            context.Reply(assignment.Assign(context, unitCode, dueUtc, description));
    }

    private void UnitList(BotContext context, string unitCode)
    {
        var names = UnitNames.From(units);
        var all = tasks.ListAll().Where(t => t.UnitCode == unitCode).ToList();
        var open = all.Where(t => t.IsOpen).OrderBy(t => t.DueUtc).Select(t => View(t, names)).ToList();
        var buttons = open.Take(ListLimits.TaskButtons)
            .Select(t => (IReadOnlyList<Button>)[new Button(context.T.TaskDoneButton(t.Task), $"{TaskDoneButton.Prefix}:{t.Task.Number}")])
            .ToList();
        context.Reply(context.T.UnitTasks(names[unitCode], open, all.Count(t => !t.IsOpen)), buttons);
    }

    private void Overview(BotContext context)
    {
        var names = UnitNames.From(units);
        var views = tasks.ListAll().Select(t => View(t, names)).ToList();
        var perUnit = views.GroupBy(v => v.Task.UnitCode)
            .Select(g => new UnitTaskCounts(g.Key, names[g.Key], g.Count(v => v.Task.IsOpen), g.Count(v => v.IsLate), g.Count(v => !v.Task.IsOpen)))
            .OrderByDescending(u => u.Late).ThenBy(u => u.UnitCode, StringComparer.Ordinal)
            .ToList();
        var open = views.Where(v => v.Task.IsOpen).OrderBy(v => v.Task.DueUtc).ToList();
        context.Reply(context.T.TasksOverview(perUnit, open, clock.Today()), [[new Button(context.T.NewTaskButton, $"{NewTaskButtons.Prefix}:new")]]);
    }

    private TaskView View(UnitTask task, UnitNames names) =>
        new(task, names[task.UnitCode], clock.ToLocal(task.DueUtc), task.DueUtc - clock.UtcNow.UtcDateTime);
}
