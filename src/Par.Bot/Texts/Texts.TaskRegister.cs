using Par.Bot.Handlers.Tasks;
using Par.Core.Tasks;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string TaskPickResponsibleButton => Say(Phrases.TaskPickResponsibleButton);
    public string TaskConfirmPartButton => Say(Phrases.TaskConfirmPartButton);
    public string TaskNoteButton => Say(Phrases.TaskNoteButton);
    public string TaskExtendButton => Say(Phrases.TaskExtendButton);
    public string TaskApproveButton => Say(Phrases.TaskApproveButton);
    public string TaskRejectButton => Say(Phrases.TaskRejectButton);
    public string TaskOtherDateButton => Say(Phrases.TaskOtherDateButton);
    public string TaskNextStepButton => Say(Phrases.TaskNextStepButton);
    public string TaskSkipButton => Say(Phrases.TaskSkipButton);

    public string TaskPickCoordinators(string leadName, IReadOnlyList<string> chosen) =>
        Say(Phrases.TaskPickCoordinators, Bold(leadName), chosen.Count == 0 ? Say(Phrases.TaskNoCoordinators) : E(string.Join(", ", chosen)));
    public string TaskAskExpected(int max) => Say(Phrases.TaskAskExpected, max);
    public string TaskAskDocument => Say(Phrases.TaskAskDocument);
    public string TaskBadDocument(string text) => Say(Phrases.TaskBadDocument, E(Short(text)), AssigningDocument.MaxLength);
    public string TaskAskPriority => Say(Phrases.TaskAskPriority);

    public string TaskPriorityName(TaskPriority priority) => Say(priority switch
    {
        TaskPriority.Urgent => Phrases.PriorityUrgent,
        TaskPriority.Important => Phrases.PriorityImportant,
        _ => Phrases.PriorityNormal,
    });

    public string WorkStatusName(WorkStatus status) => Say(status switch
    {
        WorkStatus.Overdue => Phrases.StatusOverdue,
        WorkStatus.DoneOnTime => Phrases.StatusDoneOnTime,
        WorkStatus.DoneLate => Phrases.StatusDoneLate,
        _ => Phrases.StatusInProgress,
    });

    public string TaskCoordinationNotice(UnitTask task, string leadName, DateTimeOffset dueLocal) =>
        Say(Phrases.TaskCoordinationNotice, E(task.Code), E(task.Description), Bold(leadName), When(dueLocal))
        + Details([], task.ExpectedResult, task.Document, task.Priority);
    public string TaskPickResponsible(UnitTask task) => Say(Phrases.TaskPickResponsible, Code(task.Code), E(task.Description));
    public string TaskResponsibleNamed(UnitTask task, string personName) => Say(Phrases.TaskResponsibleNamed, Bold(personName), Code(task.Code));
    public string TaskResponsibleNotice(UnitTask task, DateTimeOffset dueLocal) =>
        Say(Phrases.TaskResponsibleNotice, Code(task.Code), E(task.Description), When(dueLocal));
    public string TaskAskNote(string code) => Say(Phrases.TaskAskNote, Code(code), TaskService.MaxNoteLength);
    public string TaskNoteAdded(UnitTask task, bool withFile) => Say(withFile ? Phrases.TaskNoteAddedWithFile : Phrases.TaskNoteAdded, Code(task.Code));
    public string TaskNoteNotice(UnitTask task, string unitName, string text) =>
        Say(Phrases.TaskNoteNotice, Bold(unitName), Code(task.Code), E(Short(task.Description)), E(Short(text, 600)));
    public string TaskPartConfirmed(UnitTask task, string unitName) => Say(Phrases.TaskPartConfirmed, Bold(unitName), Code(task.Code));
    public string TaskPartsNotice(UnitTask task, string unitName, IReadOnlyList<string> confirmed, IReadOnlyList<string> missing) =>
        Say(Phrases.TaskPartsNotice, Bold(unitName), Code(task.Code), confirmed.Count, confirmed.Count + missing.Count)
        + (missing.Count > 0 ? "\n" + Say(Phrases.TaskPartsMissing, E(string.Join(", ", missing))) : "");

    public string TaskAskExtension(string code, DateOnly today) => Say(Phrases.TaskAskExtension, Code(code), ExampleDeadline(today).Day);
    public string TaskExtensionUsage(string code, DateOnly today) => Say(Phrases.TaskExtensionUsage, E(code), ExampleDeadline(today).Day);
    public string TaskAskOtherDate(string code, DateOnly today) => Say(Phrases.TaskAskOtherDate, Code(code), ExampleDeadline(today).Day);
    public string TaskExtensionAsked(UnitTask task, DateTimeOffset requestedLocal) => Say(Phrases.TaskExtensionAsked, Code(task.Code), When(requestedLocal));
    public string TaskExtensionRequestNotice(UnitTask task, string leadName, DateTimeOffset dueLocal, DateTimeOffset requestedLocal, string reason) =>
        Say(Phrases.TaskExtensionRequestNotice, Bold(leadName), Code(task.Code), E(Short(task.Description)), When(dueLocal), When(requestedLocal), E(reason));
    public string TaskExtensionDecided(UnitTask task, bool approved, DateTimeOffset dueLocal) =>
        approved ? Say(Phrases.TaskExtensionApproved, Code(task.Code), When(dueLocal)) : Say(Phrases.TaskExtensionRejected, Code(task.Code), When(dueLocal));
    public string TaskExtensionDecisionNotice(UnitTask task, bool approved, DateTimeOffset dueLocal) =>
        approved ? Say(Phrases.TaskExtensionApprovedNotice, Code(task.Code), When(dueLocal)) : Say(Phrases.TaskExtensionRejectedNotice, Code(task.Code), When(dueLocal));

    public string TaskCard(TaskCard card)
    {
        var task = card.Task;
        var lines = new List<string>
        {
            Say(Phrases.TaskCardTitle, Code(task.Code), WorkStatusName(card.Status)),
            E(task.Description),
            Say(Phrases.TaskCardLead, Bold(card.LeadName), card.ResponsibleName is { } person ? E(person) : Say(Phrases.TaskCardNobody)),
        };
        if (card.Coordinators.Count > 0)
            lines.Add(Say(Phrases.TaskCardCoordinators, string.Join(", ", card.Coordinators.Select(c => (c.Confirmed ? "✅ " : "⏳ ") + E(c.Name)))));
        lines.Add(card.DueLocal == card.OriginalDueLocal
            ? Say(Phrases.TaskCardDue, When(card.DueLocal))
            : Say(Phrases.TaskCardDueExtended, When(card.DueLocal), When(card.OriginalDueLocal)));
        var details = Details([], task.ExpectedResult, task.Document, task.Priority);
        if (details.Length > 0)
            lines.Add(details.TrimStart('\n'));
        if (task.Result is { } result)
            lines.Add(Say(Phrases.TaskCardResult, E(result)) + Evidence(task.ResultFile));
        if (task.PendingExtension is { } pending)
            lines.Add(Say(Phrases.TaskCardPending, E(pending.Reason)));
        lines.Add(Say(Phrases.TaskCardHistory));
        lines.AddRange(card.History.TakeLast(ListLimits.Tasks).Select(h =>
            $"• {When(h.AtLocal)} {E(h.By)}: {HistoryWhat(h.Entry)}{Evidence(h.Entry.Evidence)}"));
        return string.Join('\n', lines);
    }

    public string LateTasks(IReadOnlyList<(string UnitName, IReadOnlyList<TaskView> Tasks)> units)
    {
        if (units.Count == 0)
            return Say(Phrases.LateTasksNone);
        var lines = new List<string> { Say(Phrases.LateTasksTitle, units.Sum(u => u.Tasks.Count)) };
        foreach (var (name, tasks) in units)
        {
            lines.Add("\n" + Bold(name));
            lines.AddRange(tasks.Take(ListLimits.Tasks).Select(t => $"• {Code(t.Task.Code)} {E(t.Task.Description)} — {Deadline(t)}"));
        }
        return string.Join('\n', lines);
    }

    public string DocumentTasks(string number, IReadOnlyList<(TaskView Task, WorkStatus Status)> tasks)
    {
        if (tasks.Count == 0)
            return Say(Phrases.DocumentTasksNone, Code(number));
        var lines = new List<string> { Say(Phrases.DocumentTasksTitle, Code(number), tasks.Count(t => t.Status is WorkStatus.DoneOnTime or WorkStatus.DoneLate), tasks.Count) };
        lines.AddRange(tasks.Take(ListLimits.Tasks).Select(t =>
            $"• {Code(t.Task.Task.Code)} {E(t.Task.UnitName)}: {E(t.Task.Task.Description)} — {WorkStatusName(t.Status)}, {Say(Phrases.TaskDeadline, When(t.Task.DueLocal), Lateness(t.Task.UntilDue))}"));
        return string.Join('\n', lines);
    }

    public string TaskFileMissingColumns(IReadOnlyList<string> missing) => Say(Phrases.TaskFileMissingColumns, CodeList(missing));

    public string TaskImportReport(TaskImportResult result) =>
        string.Join('\n', result.Rejected.Take(ListLimits.RejectedRows)
            .Select(r => Say(Phrases.RejectedRow, r.Row, TaskProblem(r.Problem, r.Value)))
            .Prepend(Say(Phrases.TaskImportSummary, result.Assigned.Count, result.Rejected.Count))
            .Concat(result.Assigned.Take(ListLimits.Tasks).Select(t => $"• {Code(t.Code)} {Code(t.UnitCode)} {E(Short(t.Description))}")));

    public string TaskReminder(UnitTask task, string leadName, DateTimeOffset dueLocal, bool overdue, int workingDays) =>
        (overdue ? Say(Phrases.TaskReminderOverdue, Code(task.Code), E(task.Description), When(dueLocal), workingDays)
            : Say(Phrases.TaskReminderBefore, Code(task.Code), E(task.Description), When(dueLocal), workingDays))
        + "\n" + Say(Phrases.TaskReminderHint, E(task.Code));

    public string TaskPartReminder(UnitTask task, string leadName, DateTimeOffset dueLocal, bool overdue, int workingDays) =>
        overdue ? Say(Phrases.TaskPartReminderOverdue, Code(task.Code), E(task.Description), Bold(leadName), When(dueLocal))
            : Say(Phrases.TaskPartReminderBefore, Code(task.Code), E(task.Description), Bold(leadName), When(dueLocal), workingDays);

    public string TaskEscalation(UnitTask task, string leadName, DateTimeOffset dueLocal, int workingDays) =>
        Say(Phrases.TaskEscalation, Bold(leadName), Code(task.Code), E(task.Description), When(dueLocal), workingDays);

    /// <summary>The new problems of the register; the older ones are worded in <see cref="TaskProblem"/>.</summary>
    private string RegisterProblem(TaskProblem problem, string code) => problem switch
    {
        Core.Tasks.TaskProblem.CoordinatorIsLead => Say(Phrases.TaskCoordinatorIsLead, Code(code)),
        Core.Tasks.TaskProblem.ExpectedTooLong => Say(Phrases.TaskExpectedTooLong, TaskService.MaxResultLength),
        Core.Tasks.TaskProblem.NotLeadHead => Say(Phrases.TaskNotLeadHead, Code(code)),
        Core.Tasks.TaskProblem.NotLeadMember => Say(Phrases.TaskNotLeadMember),
        Core.Tasks.TaskProblem.MissingNote => Say(Phrases.TaskMissingNote, E(code)),
        Core.Tasks.TaskProblem.NoteTooLong => Say(Phrases.TaskNoteTooLong, TaskService.MaxNoteLength),
        Core.Tasks.TaskProblem.NotCoordinator => Say(Phrases.TaskNotCoordinator, Code(code)),
        Core.Tasks.TaskProblem.AlreadyConfirmed => Say(Phrases.TaskAlreadyConfirmed, Code(code)),
        Core.Tasks.TaskProblem.ExtensionAfterDeadline => Say(Phrases.TaskExtensionAfterDeadline, Code(code)),
        Core.Tasks.TaskProblem.ExtensionNotLater => Say(Phrases.TaskExtensionNotLater),
        Core.Tasks.TaskProblem.ExtensionPending => Say(Phrases.TaskExtensionPending, Code(code)),
        Core.Tasks.TaskProblem.NoPendingExtension => Say(Phrases.TaskNoPendingExtension, Code(code)),
        Core.Tasks.TaskProblem.MissingReason => Say(Phrases.TaskMissingReason, E(code)),
        Core.Tasks.TaskProblem.NotAdmin => Say(Phrases.RefusedAdminOnly),
        Core.Tasks.TaskProblem.BadDeadline => Say(Phrases.TaskBadDeadlineCell, E(Short(code))),
        Core.Tasks.TaskProblem.BadPriority => Say(Phrases.TaskBadPriority, E(Short(code))),
        Core.Tasks.TaskProblem.BadDocument => Say(Phrases.TaskBadDocument, E(Short(code)), AssigningDocument.MaxLength),
        _ => Apology,
    };

    /// <summary>The optional lines of a task: coordinators, expected result, document and a priority above normal.</summary>
    private string Details(IReadOnlyList<string> coordinators, string? expected, AssigningDocument? document, TaskPriority priority)
    {
        var lines = new List<string>();
        if (coordinators.Count > 0)
            lines.Add(Say(Phrases.TaskCardCoordinators, E(string.Join(", ", coordinators))));
        if (expected is { Length: > 0 })
            lines.Add(Say(Phrases.TaskCardExpected, E(expected)));
        if (document is not null)
            lines.Add(Say(Phrases.TaskCardDocument, DocumentName(document)));
        if (priority != TaskPriority.Normal)
            lines.Add(Say(Phrases.TaskCardPriority, Bold(TaskPriorityName(priority))));
        return string.Concat(lines.Select(l => "\n" + l));
    }

    private string DocumentName(AssigningDocument document) =>
        Code(document.Number) + (document.Date is { } date ? " " + Say(Phrases.DocumentDated, Day(date)) : "") + (document.Issuer is { } issuer ? " " + Say(Phrases.DocumentIssuer, E(issuer)) : "");

    private string HistoryWhat(TaskHistoryEntry entry) => entry.Kind switch
    {
        TaskEventKind.Assigned => Say(Phrases.HistoryAssigned),
        TaskEventKind.ResponsibleNamed => Say(Phrases.HistoryResponsible),
        TaskEventKind.Note => Say(Phrases.HistoryNote, E(entry.Text)),
        TaskEventKind.PartConfirmed => Say(Phrases.HistoryPart, Code(entry.Text)),
        TaskEventKind.ExtensionAsked => Say(Phrases.HistoryExtensionAsked, E(entry.Text)),
        TaskEventKind.ExtensionApproved => Say(Phrases.HistoryExtensionApproved),
        TaskEventKind.ExtensionRejected => Say(Phrases.HistoryExtensionRejected),
        _ => Say(Phrases.HistoryFinished, E(entry.Text)),
    };

    internal static partial class Phrases
    {
        public static readonly Phrase TaskPickResponsibleButton = new();
        public static readonly Phrase TaskConfirmPartButton = new();
        public static readonly Phrase TaskNoteButton = new();
        public static readonly Phrase TaskExtendButton = new();
        public static readonly Phrase TaskApproveButton = new();
        public static readonly Phrase TaskRejectButton = new();
        public static readonly Phrase TaskOtherDateButton = new();
        public static readonly Phrase TaskNextStepButton = new();
        public static readonly Phrase TaskSkipButton = new();
        public static readonly Phrase TaskPickCoordinators = new("lead chosen");
        public static readonly Phrase TaskNoCoordinators = new();
        public static readonly Phrase TaskAskExpected = new("max");
        public static readonly Phrase TaskAskDocument = new();
        public static readonly Phrase TaskBadDocument = new("text max");
        public static readonly Phrase TaskAskPriority = new();
        public static readonly Phrase PriorityNormal = new();
        public static readonly Phrase PriorityImportant = new();
        public static readonly Phrase PriorityUrgent = new();
        public static readonly Phrase StatusInProgress = new();
        public static readonly Phrase StatusOverdue = new();
        public static readonly Phrase StatusDoneOnTime = new();
        public static readonly Phrase StatusDoneLate = new();
        public static readonly Phrase TaskCoordinationNotice = new("code description lead due");
        public static readonly Phrase TaskPickResponsible = new("code description");
        public static readonly Phrase TaskResponsibleNamed = new("person code");
        public static readonly Phrase TaskResponsibleNotice = new("code description due");
        public static readonly Phrase TaskAskNote = new("code max");
        public static readonly Phrase TaskNoteAdded = new("code");
        public static readonly Phrase TaskNoteAddedWithFile = new("code");
        public static readonly Phrase TaskNoteNotice = new("unit code description note");
        public static readonly Phrase TaskPartConfirmed = new("unit code");
        public static readonly Phrase TaskPartsNotice = new("unit code confirmed total");
        public static readonly Phrase TaskPartsMissing = new("units");
        public static readonly Phrase TaskAskExtension = new("code day");
        public static readonly Phrase TaskExtensionUsage = new("code day");
        public static readonly Phrase TaskAskOtherDate = new("code day");
        public static readonly Phrase TaskExtensionAsked = new("code due");
        public static readonly Phrase TaskExtensionRequestNotice = new("unit code description due requested reason");
        public static readonly Phrase TaskExtensionApproved = new("code due");
        public static readonly Phrase TaskExtensionRejected = new("code due");
        public static readonly Phrase TaskExtensionApprovedNotice = new("code due");
        public static readonly Phrase TaskExtensionRejectedNotice = new("code due");
        public static readonly Phrase TaskCardTitle = new("code status");
        public static readonly Phrase TaskCardLead = new("unit person");
        public static readonly Phrase TaskCardNobody = new();
        public static readonly Phrase TaskCardCoordinators = new("units");
        public static readonly Phrase TaskCardDue = new("due");
        public static readonly Phrase TaskCardDueExtended = new("due original");
        public static readonly Phrase TaskCardExpected = new("expected");
        public static readonly Phrase TaskCardDocument = new("document");
        public static readonly Phrase TaskCardPriority = new("priority");
        public static readonly Phrase TaskCardResult = new("result");
        public static readonly Phrase TaskCardPending = new("reason");
        public static readonly Phrase TaskCardHistory = new();
        public static readonly Phrase DocumentDated = new("date");
        public static readonly Phrase DocumentIssuer = new("issuer");
        public static readonly Phrase HistoryAssigned = new();
        public static readonly Phrase HistoryResponsible = new();
        public static readonly Phrase HistoryNote = new("note");
        public static readonly Phrase HistoryPart = new("unit");
        public static readonly Phrase HistoryExtensionAsked = new("reason");
        public static readonly Phrase HistoryExtensionApproved = new();
        public static readonly Phrase HistoryExtensionRejected = new();
        public static readonly Phrase HistoryFinished = new("result");
        public static readonly Phrase LateTasksNone = new();
        public static readonly Phrase LateTasksTitle = new("count");
        public static readonly Phrase DocumentTasksNone = new("document");
        public static readonly Phrase DocumentTasksTitle = new("document done total");
        public static readonly Phrase TaskFileMissingColumns = new("columns");
        public static readonly Phrase TaskImportSummary = new("assigned rejected");
        public static readonly Phrase TaskReminderBefore = new("code description due days", count: "days");
        public static readonly Phrase TaskReminderOverdue = new("code description due days");
        public static readonly Phrase TaskReminderHint = new("code");
        public static readonly Phrase TaskPartReminderBefore = new("code description lead due days", count: "days");
        public static readonly Phrase TaskPartReminderOverdue = new("code description lead due");
        public static readonly Phrase TaskEscalation = new("unit code description due days");
        public static readonly Phrase TaskCoordinatorIsLead = new("code");
        public static readonly Phrase TaskExpectedTooLong = new("max");
        public static readonly Phrase TaskNotLeadHead = new("code");
        public static readonly Phrase TaskNotLeadMember = new();
        public static readonly Phrase TaskMissingNote = new("code");
        public static readonly Phrase TaskNoteTooLong = new("max");
        public static readonly Phrase TaskNotCoordinator = new("code");
        public static readonly Phrase TaskAlreadyConfirmed = new("code");
        public static readonly Phrase TaskExtensionAfterDeadline = new("code");
        public static readonly Phrase TaskExtensionNotLater = new();
        public static readonly Phrase TaskExtensionPending = new("code");
        public static readonly Phrase TaskNoPendingExtension = new("code");
        public static readonly Phrase TaskMissingReason = new("code");
        public static readonly Phrase TaskBadDeadlineCell = new("text");
        public static readonly Phrase TaskBadPriority = new("text");
    }
}
