using Par.Bot.Handlers.Tasks;
using Par.Core.Tasks;

namespace Par.Bot.Texts;

/// <summary>The task register: working a task, extensions, the card and queries, the tasks file and task reminders.</summary>
public partial interface ITexts
{
    string TaskPickResponsibleButton { get; }
    string TaskConfirmPartButton { get; }
    string TaskNoteButton { get; }
    string TaskExtendButton { get; }
    string TaskApproveButton { get; }
    string TaskRejectButton { get; }
    string TaskOtherDateButton { get; }
    string TaskNextStepButton { get; }
    string TaskSkipButton { get; }

    string TaskPickCoordinators(string leadName, IReadOnlyList<string> chosen);
    string TaskAskExpected(int max);
    string TaskAskDocument { get; }
    string TaskBadDocument(string text);
    string TaskAskPriority { get; }
    string TaskPriorityName(TaskPriority priority);
    string WorkStatusName(WorkStatus status);

    string TaskCoordinationNotice(UnitTask task, string leadName, DateTimeOffset dueLocal);
    string TaskPickResponsible(UnitTask task);
    string TaskResponsibleNamed(UnitTask task, string personName);
    string TaskResponsibleNotice(UnitTask task, DateTimeOffset dueLocal);
    string TaskAskNote(string code);
    string TaskNoteAdded(UnitTask task, bool withFile);
    string TaskNoteNotice(UnitTask task, string unitName, string text);
    string TaskPartConfirmed(UnitTask task, string unitName);
    string TaskPartsNotice(UnitTask task, string unitName, IReadOnlyList<string> confirmed, IReadOnlyList<string> missing);

    string TaskAskExtension(string code, DateOnly today);
    string TaskExtensionUsage(string code, DateOnly today);
    string TaskAskOtherDate(string code, DateOnly today);
    string TaskExtensionAsked(UnitTask task, DateTimeOffset requestedLocal);
    string TaskExtensionRequestNotice(UnitTask task, string leadName, DateTimeOffset dueLocal, DateTimeOffset requestedLocal, string reason);
    string TaskExtensionDecided(UnitTask task, bool approved, DateTimeOffset dueLocal);
    string TaskExtensionDecisionNotice(UnitTask task, bool approved, DateTimeOffset dueLocal);

    string TaskCard(TaskCard card);
    string LateTasks(IReadOnlyList<(string UnitName, IReadOnlyList<TaskView> Tasks)> units);
    string DocumentTasks(string number, IReadOnlyList<(TaskView Task, WorkStatus Status)> tasks);

    string TaskFileMissingColumns(IReadOnlyList<string> missing);
    string TaskImportReport(TaskImportResult result);

    string TaskReminder(UnitTask task, string leadName, DateTimeOffset dueLocal, bool overdue, int workingDays);
    string TaskPartReminder(UnitTask task, string leadName, DateTimeOffset dueLocal, bool overdue, int workingDays);
    string TaskEscalation(UnitTask task, string leadName, DateTimeOffset dueLocal, int workingDays);
}
