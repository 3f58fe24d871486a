using System.Globalization;
using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Texts;
using Par.Core.Conversations;
using Par.Core.Outbox;
using Par.Core.Tasks;
using Par.Core.Units;

namespace Par.Bot.Handlers.Tasks;

/// <summary>
/// The guided form of <c>/tasks new</c>: pick the unit group and the unit with buttons, type the deadline,
/// type the description, confirm. Each step is stored in the admin's conversation, so it survives a restart.
/// Buttons arrive through <see cref="NewTaskButtons"/>; typed steps here.
/// </summary>
public sealed class NewTaskFlow(
    TaskAssignment assignment,
    TaskService tasks,
    UnitService unitService,
    IUnitStore units,
    IConversationStore conversations,
    ProvinceClock clock) : IFlow
{
    public const string FlowName = "task-new";
    private const string PickUnit = "unit";
    private const string TypeDeadline = "deadline";
    private const string TypeDescription = "description";
    private const string Confirm = "confirm";
    private const string UnitKey = "unit";
    private const string DueKey = "due";
    private const string DescriptionKey = "description";

    public string Name => FlowName;

    public void Start(BotContext context)
    {
        Save(context.UserId, PickUnit, []);
        context.Reply(context.T.TaskPickGroup, GroupButtons(context.T));
    }

    public Task OnTextAsync(BotContext context, Conversation conversation, CancellationToken cancellationToken)
    {
        switch (conversation.Step)
        {
            case TypeDeadline:
                OnDeadline(context, conversation);
                break;
            case TypeDescription:
                OnDescription(context, conversation);
                break;
            case Confirm:
                AskConfirmation(context, conversation.Data, edit: false);
                break;
            default:
                context.Reply(context.T.TaskPickGroup, GroupButtons(context.T));
                break;
        }
        return Task.CompletedTask;
    }

    /// <summary>One page of a group's units as buttons, replacing the message whose button was pressed.</summary>
    public void ShowUnits(BotContext context, string group, int page)
    {
        var inGroup = units.List().Where(u => string.Equals(u.Group, group, StringComparison.OrdinalIgnoreCase)).ToList();
        var pages = Math.Max(1, (inGroup.Count + ListLimits.UnitsPerPage - 1) / ListLimits.UnitsPerPage);
        page = Math.Clamp(page, 1, pages);
        var buttons = inGroup.Skip((page - 1) * ListLimits.UnitsPerPage).Take(ListLimits.UnitsPerPage)
            .Select(u => new Button(Label(u), $"{NewTaskButtons.Prefix}:u:{u.Code}"))
            .Chunk(2).Select(row => (IReadOnlyList<Button>)row).ToList();
        var navigation = new List<Button>();
        if (page > 1)
            navigation.Add(new Button(context.T.TaskPreviousPage, $"{NewTaskButtons.Prefix}:p:{group}:{page - 1}"));
        if (page < pages)
            navigation.Add(new Button(context.T.TaskNextPage, $"{NewTaskButtons.Prefix}:p:{group}:{page + 1}"));
        if (navigation.Count > 0)
            buttons.Add(navigation);
        context.EditPressed(context.T.TaskPickUnit(unitService.Groups.Of(group), page, pages), buttons);
    }

    public void ChooseUnit(BotContext context, string unitCode)
    {
        if (units.Find(unitCode) is not { Archived: false } unit)
        {
            context.EditPressed(context.T.TaskProblem(TaskProblem.UnknownUnit, unitCode), GroupButtons(context.T));
            return;
        }
        Save(context.UserId, TypeDeadline, new() { [UnitKey] = unit.Code });
        context.EditPressed(context.T.TaskAskDeadline(unit.Name, clock.Today()));
    }

    /// <summary>Assigns the confirmed task and ends the flow; returns what to answer.</summary>
    public string Assign(BotContext context, Conversation conversation)
    {
        conversations.Clear(context.UserId);
        var data = conversation.Data;
        return assignment.Assign(context, data[UnitKey], DueOf(data), data[DescriptionKey]);
    }

    public static bool IsAwaitingConfirmation(Conversation conversation) =>
        conversation.Flow == FlowName && conversation.Step == Confirm;

    private void OnDeadline(BotContext context, Conversation conversation)
    {
        var text = context.Text.Trim();
        if (!TaskDeadline.TryParse(text, clock.Zone, clock.UtcNow.UtcDateTime, out var due))
        {
            context.Reply(context.T.TaskBadDeadline(text, clock.Today()));
            return;
        }
        if (due <= clock.UtcNow.UtcDateTime)
        {
            context.Reply(context.T.TaskProblem(TaskProblem.DeadlineInPast, text));
            return;
        }
        var data = new Dictionary<string, string>(conversation.Data) { [DueKey] = due.Ticks.ToString(CultureInfo.InvariantCulture) };
        Save(context.UserId, TypeDescription, data);
        context.Reply(context.T.TaskAskDescription(UnitName(data), clock.ToLocal(due)));
    }

    private void OnDescription(BotContext context, Conversation conversation)
    {
        var description = context.Text.Trim();
        if (tasks.Check(conversation.Data[UnitKey], DueOf(conversation.Data), description, clock.UtcNow.UtcDateTime) is { } problem)
        {
            context.Reply(context.T.TaskProblem(problem, conversation.Data[UnitKey]));
            return;
        }
        var data = new Dictionary<string, string>(conversation.Data) { [DescriptionKey] = description };
        Save(context.UserId, Confirm, data);
        AskConfirmation(context, data, edit: false);
    }

    private void AskConfirmation(BotContext context, Dictionary<string, string> data, bool edit)
    {
        var text = context.T.TaskConfirm(UnitName(data), clock.ToLocal(DueOf(data)), data[DescriptionKey]);
        IReadOnlyList<IReadOnlyList<Button>> buttons =
            [[new Button(context.T.TaskConfirmButton, $"{NewTaskButtons.Prefix}:ok"), new Button(context.T.TaskCancelButton, $"{NewTaskButtons.Prefix}:no")]];
        if (edit)
            context.EditPressed(text, buttons);
        else
            context.Reply(text, buttons);
    }

    private IReadOnlyList<IReadOnlyList<Button>> GroupButtons(ITexts texts) =>
        [.. unitService.Groups.All.Select(g => (IReadOnlyList<Button>)[new Button(texts.GroupName(g), $"{NewTaskButtons.Prefix}:g:{g.Code}")])];

    private string UnitName(Dictionary<string, string> data) => units.Find(data[UnitKey])?.Name ?? data[UnitKey];

    private static DateTime DueOf(Dictionary<string, string> data) =>
        new(long.Parse(data[DueKey], CultureInfo.InvariantCulture), DateTimeKind.Utc);

    private static string Label(Unit unit)
    {
        var label = $"{unit.Code} · {unit.Name}";
        return label.Length > 32 ? label[..31] + "…" : label;
    }

    private void Save(long userId, string step, Dictionary<string, string> data) =>
        conversations.Save(new Conversation { UserId = userId, Flow = FlowName, Step = step, Data = data, UpdatedUtc = clock.UtcNow.UtcDateTime });
}
