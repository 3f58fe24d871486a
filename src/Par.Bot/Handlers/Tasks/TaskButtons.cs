using System.Globalization;
using Par.Bot.Handlers.Routing;
using Par.Core.Access;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Tasks;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// Buttons under a task: <c>r:N</c> lists the lead unit's members to name the responsible person, <c>rp:N:USER</c>
/// names them; <c>c:N</c> confirms a coordinating unit's part; <c>n:N</c> and <c>x:N</c> ask for a progress note or an
/// extension to be typed; <c>xa:N</c>, <c>xr:N</c> approve or reject the pending extension and <c>xo:N</c> asks for
/// another date. Core checks who may do each.
/// </summary>
public sealed class TaskButtons(TaskWork work, TaskTyping typing, ITaskStore tasks, IMemberStore members) : ICallbackHandler
{
    public const string Prefix = "tk";

    string ICallbackHandler.Prefix => Prefix;
    public Permission Permission => Permission.ViewTasks;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        switch (payload.Split(':'))
        {
            case ["r", var n] when Number(n) is { } number:
                ShowMembers(context, number);
                break;
            case ["rp", var n, var user] when Number(n) is { } number && long.TryParse(user, CultureInfo.InvariantCulture, out var personId):
                work.NameResponsible(context, number, personId);
                break;
            case ["c", var n] when Number(n) is { } number:
                work.ConfirmPart(context, number);
                break;
            case ["n", var n] when Number(n) is { } number:
                typing.Start(context, TaskTyping.Note, number);
                break;
            case ["x", var n] when Number(n) is { } number:
                typing.Start(context, TaskTyping.Extension, number);
                break;
            case [var decision, var n] when decision is "xa" or "xr" && Number(n) is { } number:
                work.DecideExtension(context, number, decision == "xa", otherDueUtc: null);
                break;
            case ["xo", var n] when Number(n) is { } number:
                typing.Start(context, TaskTyping.OtherDate, number);
                break;
            default:
                context.CallbackAnswer = context.T.ButtonExpired;
                break;
        }
        return Task.CompletedTask;
    }

    private void ShowMembers(BotContext context, int number)
    {
        if (tasks.Find(number) is not { } task)
        {
            context.CallbackAnswer = context.T.ButtonExpired;
            return;
        }
        if (!context.Can(Permission.ManageMembers, task.UnitCode))
        {
            context.Reply(context.T.TaskProblem(TaskProblem.NotLeadHead, task.Code));
            return;
        }
        var buttons = members.ListByUnit(task.UnitCode)
            .Select(m => (IReadOnlyList<Button>)[new Button(m.Name.Length > 0 ? m.Name : m.UserId.ToString(CultureInfo.InvariantCulture), $"{Prefix}:rp:{number}:{m.UserId}")])
            .ToList();
        context.Reply(context.T.TaskPickResponsible(task), buttons);
    }

    private static int? Number(string text) => int.TryParse(text, CultureInfo.InvariantCulture, out var number) ? number : null;
}
