using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Tasks;
using Par.Core.Units;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// Working a task, from commands and buttons alike: naming the responsible person, progress notes, coordinators'
/// parts and extensions. Core decides; this answers the sender and tells who must know, through the outbox.
/// </summary>
public sealed class TaskWork(TaskService tasks, IUnitStore units, IMemberStore members, NotificationRecipients recipients, ProvinceClock clock)
{
    private DateTime Now => clock.UtcNow.UtcDateTime;

    public void NameResponsible(BotContext context, int number, long personId)
    {
        var outcome = tasks.NameResponsible(number, context.Actor, personId, Now);
        if (Refused(context, outcome, number, edit: true))
            return;
        var task = outcome.Task!;
        var person = recipients.User(personId);
        context.EditPressed(context.T.TaskResponsibleNamed(task, members.NameOf(personId)));
        if (person is not null && personId != context.UserId)
            context.Send(Message(person, person.T.TaskResponsibleNotice(task, clock.ToLocal(task.CurrentDueUtc)), $"task:{task.Code}:responsible:{personId}"));
    }

    public void AddNote(BotContext context, int number, string text)
    {
        var evidence = context.Evidence();
        var outcome = tasks.AddNote(number, context.Actor, text, evidence, Now);
        if (Refused(context, outcome, number, edit: false))
            return;
        var task = outcome.Task!;
        context.Reply(context.T.TaskNoteAdded(task, evidence is not null));
        if (task.AssignedBy != context.UserId && recipients.User(task.AssignedBy) is { } assigner)
        {
            var note = assigner.T.TaskNoteNotice(task, UnitName(context.UnitCode), text.Trim());
            context.Send(Message(assigner, note, $"task:{task.Code}:note:{task.History.Count}:user:{assigner.UserId}") with { Attachment = evidence?.ToAttachment() });
        }
    }

    public void ConfirmPart(BotContext context, int number)
    {
        var outcome = tasks.ConfirmPart(number, context.Actor, Now);
        if (Refused(context, outcome, number, edit: false))
            return;
        var task = outcome.Task!;
        context.Reply(context.T.TaskPartConfirmed(task, UnitName(context.UnitCode)));
        var confirmed = UnitNames(task.Coordinators.Where(task.HasConfirmed));
        var missing = UnitNames(task.Coordinators.Where(c => !task.HasConfirmed(c)));
        foreach (var person in LeadPeople(task))
        {
            var text = person.T.TaskPartsNotice(task, UnitName(context.UnitCode), confirmed, missing);
            context.Send(Message(person, text, $"task:{task.Code}:part:{context.UnitCode}:user:{person.UserId}"));
        }
    }

    public void RequestExtension(BotContext context, int number, DateTime newDueUtc, string reason)
    {
        var outcome = tasks.RequestExtension(number, context.Actor, newDueUtc, reason, Now);
        if (Refused(context, outcome, number, edit: false))
            return;
        var task = outcome.Task!;
        var request = task.PendingExtension!;
        context.Reply(context.T.TaskExtensionAsked(task, clock.ToLocal(request.RequestedDueUtc)));
        foreach (var admin in recipients.Admins())
        {
            IReadOnlyList<IReadOnlyList<Button>> buttons =
            [
                [new Button(admin.T.TaskApproveButton, $"{TaskButtons.Prefix}:xa:{task.Number}"), new Button(admin.T.TaskRejectButton, $"{TaskButtons.Prefix}:xr:{task.Number}")],
                [new Button(admin.T.TaskOtherDateButton, $"{TaskButtons.Prefix}:xo:{task.Number}")],
            ];
            context.Send(Message(admin, admin.T.TaskExtensionRequestNotice(task, UnitName(task.UnitCode), clock.ToLocal(task.CurrentDueUtc), clock.ToLocal(request.RequestedDueUtc), request.Reason),
                $"task:{task.Code}:extension:{task.Extensions.Count}:user:{admin.UserId}") with { Buttons = buttons });
        }
    }

    public void DecideExtension(BotContext context, int number, bool approve, DateTime? otherDueUtc)
    {
        var outcome = tasks.DecideExtension(number, context.Actor, approve, otherDueUtc, Now);
        if (Refused(context, outcome, number, edit: context.Callback is not null))
            return;
        var task = outcome.Task!;
        var decided = task.Extensions[^1];
        var due = clock.ToLocal(task.CurrentDueUtc);
        context.EditPressed(context.T.TaskExtensionDecided(task, approve, due));
        var told = new HashSet<long> { context.UserId };
        foreach (var person in LeadPeople(task).Append(recipients.User(decided.AskedBy)).OfType<NotificationRecipient>().Where(p => told.Add(p.UserId)))
            context.Send(Message(person, person.T.TaskExtensionDecisionNotice(task, approve, due), $"task:{task.Code}:extension:{task.Extensions.Count}:decided:user:{person.UserId}"));
    }

    /// <summary>The lead unit's heads and the responsible person: who answers for the task.</summary>
    public IReadOnlyList<NotificationRecipient> LeadPeople(UnitTask task)
    {
        var ids = tasks.HeadsOf(task.UnitCode).Select(m => m.UserId).ToList();
        if (task.ResponsibleId is { } responsible && !ids.Contains(responsible))
            ids.Add(responsible);
        return [.. ids.Select(recipients.User).OfType<NotificationRecipient>()];
    }

    private static bool Refused(BotContext context, TaskOutcome outcome, int number, bool edit)
    {
        if (outcome.Problem is not { } problem)
            return false;
        var text = context.T.TaskProblem(problem, outcome.About ?? TaskCode.Format(number));
        if (edit)
            context.EditPressed(text);
        else
            context.Reply(text);
        return true;
    }


    private string UnitName(string? code) => code is null ? "" : units.Find(code)?.Name ?? code;

    private IReadOnlyList<string> UnitNames(IEnumerable<string> codes) => [.. codes.Select(UnitName)];

    private static OutgoingMessage Message(NotificationRecipient to, string text, string key) => new()
    {
        ChatId = to.ChatId,
        Text = text,
        Priority = Priority.Reminder,
        DedupeKey = key,
    };
}
