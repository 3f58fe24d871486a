using System.Globalization;
using Par.Bot.Handlers.Routing;
using Par.Core.Access;
using Par.Core.Conversations;
using Par.Core.Tasks;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// Buttons of the guided task form: <c>new</c>, <c>g:GROUP</c>, <c>p:GROUP:PAGE</c>, <c>u:UNIT</c> (the lead unit);
/// <c>cg:GROUP:PAGE</c>, <c>ct:UNIT:GROUP:PAGE</c>, <c>cn</c> (coordinating units); <c>sk</c> (skip an optional step);
/// <c>pr:PRIORITY</c>; <c>ok</c>, <c>no</c>. A button pressed after the form ended (or another began) has expired.
/// </summary>
public sealed class NewTaskButtons(NewTaskFlow flow, IConversationStore conversations) : ICallbackHandler
{
    public const string Prefix = "tn";

    string ICallbackHandler.Prefix => Prefix;
    public Permission Permission => Permission.AssignTask;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        if (payload == "new")
        {
            flow.Start(context);
            return Task.CompletedTask;
        }
        var conversation = conversations.Find(context.UserId);
        if (conversation?.Flow != NewTaskFlow.FlowName)
        {
            context.CallbackAnswer = context.T.ButtonExpired;
            return Task.CompletedTask;
        }
        switch (payload.Split(':'))
        {
            case ["no"]:
                conversations.Clear(context.UserId);
                context.EditPressed(context.T.Cancelled);
                break;
            case ["ok"] when NewTaskFlow.IsAwaitingConfirmation(conversation):
                context.EditPressed(flow.Assign(context, conversation));
                break;
            case ["g", var group]:
                flow.ShowUnits(context, group, 1);
                break;
            case ["p", var group, var page] when int.TryParse(page, CultureInfo.InvariantCulture, out var number):
                flow.ShowUnits(context, group, number);
                break;
            case ["u", var unit]:
                flow.ChooseUnit(context, unit);
                break;
            case ["cg", var group, var page] when NewTaskFlow.IsPickingCoordinators(conversation) && int.TryParse(page, CultureInfo.InvariantCulture, out var number):
                flow.ShowCoordinators(context, conversation, group, number, edit: true);
                break;
            case ["ct", var unit, var group, var page] when NewTaskFlow.IsPickingCoordinators(conversation) && int.TryParse(page, CultureInfo.InvariantCulture, out var number):
                flow.ToggleCoordinator(context, conversation, unit, group, number);
                break;
            case ["cn"] when NewTaskFlow.IsPickingCoordinators(conversation):
                flow.CoordinatorsChosen(context, conversation);
                break;
            case ["sk"]:
                flow.Skip(context, conversation);
                break;
            case ["pr", var priority] when NewTaskFlow.IsPickingPriority(conversation) && Enum.TryParse<TaskPriority>(priority, out var chosen):
                flow.ChoosePriority(context, conversation, chosen);
                break;
            default:
                context.CallbackAnswer = context.T.ButtonExpired;
                break;
        }
        return Task.CompletedTask;
    }
}
