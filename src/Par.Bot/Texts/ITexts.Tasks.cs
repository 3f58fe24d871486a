using Par.Bot.Handlers.Tasks;
using Par.Core.Tasks;
using Par.Core.Units;

namespace Par.Bot.Texts;

public partial interface ITexts
{
    /// <summary>Usage with a deadline example a week after <paramref name="today"/>.</summary>
    string TasksUsage(DateOnly today);
    /// <summary>A member's open tasks: the ones <paramref name="userId"/> answers for marked, those their unit only coordinates marked so.</summary>
    string UnitTasks(string unitCode, string unitName, IReadOnlyList<TaskView> open, int finished, long userId);
    string TasksOverview(IReadOnlyList<UnitTaskCounts> units, IReadOnlyList<TaskView> open, DateOnly today);
    string TaskDoneButton(UnitTask task);
    string NewTaskButton { get; }

    string TaskPickGroup { get; }
    string TaskPickUnit(UnitGroup group, int page, int pages);
    string TaskPreviousPage { get; }
    string TaskNextPage { get; }
    string TaskAskDeadline(string unitName, DateOnly today);
    string TaskBadDeadline(string text, DateOnly today);
    string TaskAskDescription(string unitName, DateTimeOffset dueLocal);
    string TaskConfirm(TaskDraft draft, string leadName, IReadOnlyList<string> coordinators, DateTimeOffset dueLocal);
    string TaskConfirmButton { get; }
    string TaskCancelButton { get; }
    string TaskAssigned(UnitTask task, string unitName, DateTimeOffset dueLocal, int notified);
    string TaskAssignedNotice(UnitTask task, DateTimeOffset dueLocal);
    string TaskProblem(TaskProblem problem, string code);
    string TaskAskResult(UnitTask task);
    string TaskFinished(UnitTask task);
    string TaskFinishedNotice(UnitTask task, string unitName);
}
