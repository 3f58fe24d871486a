using Par.Core.Access;
using Par.Core.Text;
using Par.Core.Units;

namespace Par.Core.Tasks;

/// <summary>Assigns tasks to units and records their results, both texts as <see cref="UserText.Clean"/> leaves them.</summary>
public sealed class TaskService(ITaskStore tasks, IUnitStore units)
{
    public const int MaxDescriptionLength = 500;
    public const int MaxResultLength = 500;

    /// <summary>Checks a task before it is assigned; null when it may be.</summary>
    public TaskProblem? Check(string unitCode, DateTime dueUtc, string description, DateTime nowUtc)
    {
        if (units.Find(unitCode) is not { Archived: false })
            return TaskProblem.UnknownUnit;
        if (dueUtc <= nowUtc)
            return TaskProblem.DeadlineInPast;
        description = UserText.Clean(description);
        if (description.Length == 0)
            return TaskProblem.MissingDescription;
        return description.Length > MaxDescriptionLength ? TaskProblem.DescriptionTooLong : null;
    }

    public TaskOutcome Assign(string unitCode, DateTime dueUtc, string description, long assignedBy, DateTime nowUtc)
    {
        if (Check(unitCode, dueUtc, description, nowUtc) is { } problem)
            return TaskOutcome.Refused(problem);
        var task = tasks.Add(new UnitTask
        {
            UnitCode = units.Find(unitCode)!.Code,
            Description = UserText.Clean(description),
            DueUtc = dueUtc,
            AssignedBy = assignedBy,
            AssignedUtc = nowUtc,
        });
        return TaskOutcome.Done(task);
    }

    /// <summary>Checks that <paramref name="by"/> may finish the task now: a member their unit's, an admin any.</summary>
    public TaskOutcome CanFinish(int number, Actor by)
    {
        var task = tasks.Find(number);
        if (task is null)
            return TaskOutcome.Refused(TaskProblem.NotFound);
        if (!AccessPolicy.Can(by, Permission.MarkDone, task.UnitCode))
            return TaskOutcome.Refused(TaskProblem.OtherUnit);
        return task.IsOpen ? TaskOutcome.Done(task) : TaskOutcome.Refused(TaskProblem.AlreadyFinished, task);
    }

    public TaskOutcome Finish(int number, Actor by, string result, DateTime nowUtc)
    {
        var check = CanFinish(number, by);
        if (check.Problem is not null)
            return check;
        result = UserText.Clean(result);
        if (result.Length == 0)
            return TaskOutcome.Refused(TaskProblem.MissingResult, check.Task);
        if (result.Length > MaxResultLength)
            return TaskOutcome.Refused(TaskProblem.ResultTooLong, check.Task);
        var finished = tasks.Finish(number, result, by.UserId, nowUtc);
        return finished is null ? TaskOutcome.Refused(TaskProblem.AlreadyFinished, check.Task) : TaskOutcome.Done(finished);
    }
}
