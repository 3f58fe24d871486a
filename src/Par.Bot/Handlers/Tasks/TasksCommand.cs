using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Tasks;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// /tasks: a member's tasks (theirs first, then the unit's), an admin's overview per unit; <c>/tasks late</c> (admins),
/// <c>/tasks T-12</c> (the card), <c>/tasks T-12 note …</c>, <c>/tasks T-12 extend 20/12/2026 lý do</c>,
/// <c>/tasks doc 125/TB-UBND</c>; <c>/tasks new LEAD[+COORD,…] DEADLINE content [| expected result]</c> assigns at once,
/// <c>/tasks new</c> step by step (admins). As a file's caption only <c>/tasks T-12 note …</c> runs, with the file as evidence.
/// </summary>
public sealed class TasksCommand(TaskLists lists, TaskWork work, TaskTyping typing, NewTaskFlow newTask, TaskAssignment assignment, ProvinceClock clock) : ICommand
{
    public string Name => "tasks";
    public Permission Permission => Permission.ViewTasks;
    public bool TakesFile(BotContext context) => TaskCode.TryParse(FirstWord(context.Args).Word, out _);

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        var (first, rest) = FirstWord(context.Args);
        if (context.Evidence() is not null && !(TaskCode.TryParse(first, out _) && FirstWord(rest).Word.Equals("note", StringComparison.OrdinalIgnoreCase)))
            context.Reply(context.T.TaskFileCaptionUsage);
        else if (first.Length == 0 && context.Can(Permission.AllUnits))
            lists.Overview(context);
        else if (first.Length == 0)
            lists.Mine(context, context.UnitCode!);
        else if (TaskCode.TryParse(first, out var number))
            OnTask(context, number, rest);
        else if (first.Equals("doc", StringComparison.OrdinalIgnoreCase) && rest.Length > 0)
            lists.OfDocument(context, rest);
        else if (first.Equals("late", StringComparison.OrdinalIgnoreCase) && context.Can(Permission.AllUnits))
            lists.Late(context);
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

    private void OnTask(BotContext context, int number, string rest)
    {
        var (verb, text) = FirstWord(rest);
        if (verb.Length == 0)
            lists.Card(context, number);
        else if (verb.Equals("note", StringComparison.OrdinalIgnoreCase))
            work.AddNote(context, number, text);
        else if (verb.Equals("extend", StringComparison.OrdinalIgnoreCase))
            typing.Extend(context, number, text);
        else
            context.Reply(context.T.TasksUsage(clock.Today()));
    }

    private void AssignOneLine(BotContext context, string line)
    {
        if (!NewTaskLine.TryParse(line, out var parts))
            context.Reply(context.T.TasksUsage(clock.Today()));
        else if (!TaskDeadline.TryParse(parts.Deadline, clock.Zone, clock.UtcNow.UtcDateTime, out var dueUtc))
            context.Reply(context.T.TaskBadDeadline(parts.Deadline, clock.Today()));
        else
            context.Reply(assignment.Assign(context, Draft(parts, dueUtc)));
    }

    private static TaskDraft Draft(NewTaskLineParts parts, DateTime dueUtc) => new()
    {
        LeadUnit = parts.Lead,
        Coordinators = parts.Coordinators,
        DueUtc = dueUtc,
        Description = parts.Description,
        ExpectedResult = parts.Expected,
    };

    private static (string Word, string Remainder) FirstWord(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        return space < 0 ? (trimmed, "") : (trimmed[..space], trimmed[(space + 1)..].Trim());
    }
}
