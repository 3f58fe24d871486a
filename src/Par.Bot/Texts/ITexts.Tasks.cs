using Par.Bot.Handlers.Tasks;
using Par.Core.Tasks;
using Par.Core.Units;

namespace Par.Bot.Texts;

public partial interface ITexts
{
    string TasksUsage { get; }
    string UnitTasks(string unitName, IReadOnlyList<TaskView> open, int finished);
    string TasksOverview(IReadOnlyList<UnitTaskCounts> units, IReadOnlyList<TaskView> open);
    string TaskDoneButton(UnitTask task);
    string NewTaskButton { get; }

    string TaskPickGroup { get; }
    string TaskPickUnit(UnitGroup group, int page, int pages);
    string TaskPreviousPage { get; }
    string TaskNextPage { get; }
    string TaskAskDeadline(string unitName);
    string TaskBadDeadline(string text);
    string TaskAskDescription(string unitName, DateTimeOffset dueLocal);
    string TaskConfirm(string unitName, DateTimeOffset dueLocal, string description);
    string TaskConfirmButton { get; }
    string TaskCancelButton { get; }
    string TaskAssigned(UnitTask task, string unitName, DateTimeOffset dueLocal, int notified);
    string TaskAssignedNotice(UnitTask task, DateTimeOffset dueLocal);
    string TaskProblem(TaskProblem problem, string code);
    string TaskAskResult(UnitTask task);
    string TaskFinished(UnitTask task);
    string TaskFinishedNotice(UnitTask task, string unitName);
}
