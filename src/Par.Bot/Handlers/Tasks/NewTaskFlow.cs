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
/// The guided form of <c>/tasks new</c>, eight steps: the lead unit (group, then unit, with buttons), the coordinating
/// units (toggle buttons, may be none), the deadline, the content, the expected result and the assigning document
/// (typed, each skippable), the priority (buttons), and the confirmation. Each step is stored in the admin's
/// conversation, so it survives a restart. Buttons arrive through <see cref="NewTaskButtons"/>; typed steps here.
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
    private const string PickCoordinators = "coordinators";
    private const string TypeDeadline = "deadline";
    private const string TypeDescription = "description";
    private const string TypeExpected = "expected";
    private const string TypeDocument = "document";
    private const string PickPriority = "priority";
    private const string Confirm = "confirm";
    private const string UnitKey = "unit";
    private const string CoordinatorsKey = "coordinators";
    private const string DueKey = "due";
    private const string DescriptionKey = "description";
    private const string ExpectedKey = "expected";
    private const string DocumentKey = "document";
    private const string PriorityKey = "priority";

    public string Name => FlowName;

    public void Start(BotContext context)
    {
        Save(context.UserId, PickUnit, []);
        context.Reply(context.T.TaskPickGroup, GroupButtons(context.T));
    }

    public Task OnTextAsync(BotContext context, Conversation conversation, CancellationToken cancellationToken)
    {
        var text = context.Text.Trim();
        switch (conversation.Step)
        {
            case PickCoordinators:
                ShowCoordinators(context, conversation, null, 1, edit: false);
                break;
            case TypeDeadline:
                OnDeadline(context, conversation, text);
                break;
            case TypeDescription:
                OnDescription(context, conversation, text);
                break;
            case TypeExpected when text.Length > TaskService.MaxResultLength:
                context.Reply(context.T.TaskProblem(TaskProblem.ExpectedTooLong, ""));
                break;
            case TypeExpected:
                AskDocument(context, With(conversation.Data, ExpectedKey, text), edit: false);
                break;
            case TypeDocument when !AssigningDocument.TryParse(text, out _):
                context.Reply(context.T.TaskBadDocument(text));
                break;
            case TypeDocument:
                AskPriority(context, With(conversation.Data, DocumentKey, text), edit: false);
                break;
            case PickPriority:
                AskPriority(context, conversation.Data, edit: false);
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
        var (buttons, pages) = Page(UnitsOf(group), page, u => Label(u), u => $"{NewTaskButtons.Prefix}:u:{u.Code}", p => $"{NewTaskButtons.Prefix}:p:{group}:{p}", context.T);
        context.EditPressed(context.T.TaskPickUnit(unitService.Groups.Of(group), Math.Clamp(page, 1, pages), pages), buttons);
    }

    public void ChooseUnit(BotContext context, string unitCode)
    {
        if (units.Find(unitCode) is not { Archived: false } unit)
        {
            context.EditPressed(context.T.TaskProblem(TaskProblem.UnknownUnit, unitCode), GroupButtons(context.T));
            return;
        }
        var conversation = Save(context.UserId, PickCoordinators, new() { [UnitKey] = unit.Code, [CoordinatorsKey] = "" });
        ShowCoordinators(context, conversation, unit.Group, 1, edit: true);
    }

    /// <summary>The coordinating units of one group as toggle buttons (chosen ones ticked), other groups and "next" below.</summary>
    public void ShowCoordinators(BotContext context, Conversation conversation, string? group, int page, bool edit)
    {
        var data = conversation.Data;
        group ??= units.Find(data[UnitKey])?.Group ?? "";
        var chosen = Coordinators(data);
        var candidates = UnitsOf(group).Where(u => u.Code != data[UnitKey]).ToList();
        var (buttons, pages) = Page(candidates, page,
            u => (chosen.Contains(u.Code) ? "✅ " : "") + Label(u),
            u => $"{NewTaskButtons.Prefix}:ct:{u.Code}:{group}:{page}",
            p => $"{NewTaskButtons.Prefix}:cg:{group}:{p}", context.T);
        buttons.AddRange(unitService.Groups.All.Where(g => !string.Equals(g.Code, group, StringComparison.OrdinalIgnoreCase))
            .Select(g => (IReadOnlyList<Button>)[new Button(context.T.GroupName(g), $"{NewTaskButtons.Prefix}:cg:{g.Code}:1")]));
        buttons.Add([new Button(context.T.TaskNextStepButton, $"{NewTaskButtons.Prefix}:cn")]);
        var text = context.T.TaskPickCoordinators(UnitName(data), [.. chosen.Select(c => units.Find(c)?.Name ?? c)]);
        if (edit)
            context.EditPressed(text, buttons);
        else
            context.Reply(text, buttons);
    }

    public void ToggleCoordinator(BotContext context, Conversation conversation, string unitCode, string group, int page)
    {
        var chosen = Coordinators(conversation.Data);
        if (units.Find(unitCode) is { Archived: false } unit && unit.Code != conversation.Data[UnitKey] && !chosen.Remove(unit.Code))
            chosen.Add(unit.Code);
        var saved = Save(context.UserId, PickCoordinators, With(conversation.Data, CoordinatorsKey, string.Join(',', chosen)));
        ShowCoordinators(context, saved, group, page, edit: true);
    }

    public void CoordinatorsChosen(BotContext context, Conversation conversation)
    {
        Save(context.UserId, TypeDeadline, conversation.Data);
        context.EditPressed(context.T.TaskAskDeadline(UnitName(conversation.Data), clock.Today()));
    }

    /// <summary>Skips the optional typed step the form is at (expected result or document).</summary>
    public void Skip(BotContext context, Conversation conversation)
    {
        if (conversation.Step == TypeExpected)
            AskDocument(context, conversation.Data, edit: true);
        else if (conversation.Step == TypeDocument)
            AskPriority(context, conversation.Data, edit: true);
        else
            context.CallbackAnswer = context.T.ButtonExpired;
    }

    public void ChoosePriority(BotContext context, Conversation conversation, TaskPriority priority)
    {
        var data = With(conversation.Data, PriorityKey, priority.ToString());
        Save(context.UserId, Confirm, data);
        AskConfirmation(context, data, edit: true);
    }

    /// <summary>Assigns the confirmed task and ends the flow; returns what to answer.</summary>
    public string Assign(BotContext context, Conversation conversation)
    {
        conversations.Clear(context.UserId);
        return assignment.Assign(context, DraftOf(conversation.Data));
    }

    public static bool IsAt(Conversation conversation, string step) => conversation.Flow == FlowName && conversation.Step == step;

    public static bool IsAwaitingConfirmation(Conversation conversation) => IsAt(conversation, Confirm);

    public static bool IsPickingCoordinators(Conversation conversation) => IsAt(conversation, PickCoordinators);

    public static bool IsPickingPriority(Conversation conversation) => IsAt(conversation, PickPriority);

    private void OnDeadline(BotContext context, Conversation conversation, string text)
    {
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
        var data = With(conversation.Data, DueKey, due.Ticks.ToString(CultureInfo.InvariantCulture));
        Save(context.UserId, TypeDescription, data);
        context.Reply(context.T.TaskAskDescription(UnitName(data), clock.ToLocal(due)));
    }

    private void OnDescription(BotContext context, Conversation conversation, string description)
    {
        var data = With(conversation.Data, DescriptionKey, description);
        if (tasks.Check(DraftOf(data), clock.UtcNow.UtcDateTime) is { } refusal)
        {
            context.Reply(context.T.TaskProblem(refusal.Problem!.Value, refusal.About ?? conversation.Data[UnitKey]));
            return;
        }
        Save(context.UserId, TypeExpected, data);
        context.Reply(context.T.TaskAskExpected(TaskService.MaxResultLength), SkipButton(context.T));
    }

    private void AskDocument(BotContext context, Dictionary<string, string> data, bool edit)
    {
        Save(context.UserId, TypeDocument, data);
        Say(context, context.T.TaskAskDocument, SkipButton(context.T), edit);
    }

    private void AskPriority(BotContext context, Dictionary<string, string> data, bool edit)
    {
        Save(context.UserId, PickPriority, data);
        IReadOnlyList<IReadOnlyList<Button>> buttons =
            [[.. Enum.GetValues<TaskPriority>().Select(p => new Button(context.T.TaskPriorityName(p), $"{NewTaskButtons.Prefix}:pr:{p}"))]];
        Say(context, context.T.TaskAskPriority, buttons, edit);
    }

    private void AskConfirmation(BotContext context, Dictionary<string, string> data, bool edit)
    {
        var draft = DraftOf(data);
        var text = context.T.TaskConfirm(draft, UnitName(data), [.. draft.Coordinators.Select(c => units.Find(c)?.Name ?? c)], clock.ToLocal(draft.DueUtc));
        IReadOnlyList<IReadOnlyList<Button>> buttons =
            [[new Button(context.T.TaskConfirmButton, $"{NewTaskButtons.Prefix}:ok"), new Button(context.T.TaskCancelButton, $"{NewTaskButtons.Prefix}:no")]];
        Say(context, text, buttons, edit);
    }

    private static void Say(BotContext context, string text, IReadOnlyList<IReadOnlyList<Button>> buttons, bool edit)
    {
        if (edit)
            context.EditPressed(text, buttons);
        else
            context.Reply(text, buttons);
    }

    private static IReadOnlyList<IReadOnlyList<Button>> SkipButton(ITexts texts) => [[new Button(texts.TaskSkipButton, $"{NewTaskButtons.Prefix}:sk")]];

    private IReadOnlyList<IReadOnlyList<Button>> GroupButtons(ITexts texts) =>
        [.. unitService.Groups.All.Select(g => (IReadOnlyList<Button>)[new Button(texts.GroupName(g), $"{NewTaskButtons.Prefix}:g:{g.Code}")])];

    private List<Unit> UnitsOf(string group) =>
        [.. units.List().Where(u => string.Equals(u.Group, group, StringComparison.OrdinalIgnoreCase))];

    /// <summary>One page of buttons, two a row, with previous/next below when there is more than one page.</summary>
    private static (List<IReadOnlyList<Button>> Buttons, int Pages) Page(
        List<Unit> all, int page, Func<Unit, string> label, Func<Unit, string> data, Func<int, string> pageData, ITexts texts)
    {
        var pages = Math.Max(1, (all.Count + ListLimits.UnitsPerPage - 1) / ListLimits.UnitsPerPage);
        page = Math.Clamp(page, 1, pages);
        var buttons = all.Skip((page - 1) * ListLimits.UnitsPerPage).Take(ListLimits.UnitsPerPage)
            .Select(u => new Button(label(u), data(u)))
            .Chunk(2).Select(row => (IReadOnlyList<Button>)row).ToList();
        var navigation = new List<Button>();
        if (page > 1)
            navigation.Add(new Button(texts.TaskPreviousPage, pageData(page - 1)));
        if (page < pages)
            navigation.Add(new Button(texts.TaskNextPage, pageData(page + 1)));
        if (navigation.Count > 0)
            buttons.Add(navigation);
        return (buttons, pages);
    }

    private string UnitName(Dictionary<string, string> data) => units.Find(data[UnitKey])?.Name ?? data[UnitKey];

    private static List<string> Coordinators(Dictionary<string, string> data) =>
        [.. data.GetValueOrDefault(CoordinatorsKey, "").Split(',', StringSplitOptions.RemoveEmptyEntries)];

    private static TaskDraft DraftOf(Dictionary<string, string> data) => new()
    {
        LeadUnit = data[UnitKey],
        Coordinators = Coordinators(data),
        DueUtc = new(long.Parse(data[DueKey], CultureInfo.InvariantCulture), DateTimeKind.Utc),
        Description = data.GetValueOrDefault(DescriptionKey, ""),
        ExpectedResult = data.GetValueOrDefault(ExpectedKey),
        Document = AssigningDocument.TryParse(data.GetValueOrDefault(DocumentKey), out var document) ? document : null,
        Priority = Enum.TryParse<TaskPriority>(data.GetValueOrDefault(PriorityKey), out var priority) ? priority : TaskPriority.Normal,
    };

    private static Dictionary<string, string> With(Dictionary<string, string> data, string key, string value) =>
        new(data) { [key] = value };

    private static string Label(Unit unit)
    {
        var label = $"{unit.Code} · {unit.Name}";
        return label.Length > 32 ? label[..31] + "…" : label;
    }

    private Conversation Save(long userId, string step, Dictionary<string, string> data)
    {
        var conversation = new Conversation { UserId = userId, Flow = FlowName, Step = step, Data = data, UpdatedUtc = clock.UtcNow.UtcDateTime };
        conversations.Save(conversation);
        return conversation;
    }
}
