using Par.Core.Units;

namespace Par.Core.Tasks;

/// <summary>Assigns tasks to units and records their results.</summary>
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
        if (string.IsNullOrWhiteSpace(description))
            return TaskProblem.MissingDescription;
        return description.Trim().Length > MaxDescriptionLength ? TaskProblem.DescriptionTooLong : null;
    }

    public TaskOutcome Assign(string unitCode, DateTime dueUtc, string description, long assignedBy, DateTime nowUtc)
    {
        if (Check(unitCode, dueUtc, description, nowUtc) is { } problem)
            return TaskOutcome.Refused(problem);
        var task = tasks.Add(new UnitTask
        {
            UnitCode = units.Find(unitCode)!.Code,
            Description = description.Trim(),
            DueUtc = dueUtc,
            AssignedBy = assignedBy,
            AssignedUtc = nowUtc,
        });
        return TaskOutcome.Done(task);
    }

    /// <summary>Checks that <paramref name="unitCode"/> (null: an admin, any unit) may finish the task now.</summary>
    public TaskOutcome CanFinish(int number, string? unitCode)
    {
        var task = tasks.Find(number);
        if (task is null)
            return TaskOutcome.Refused(TaskProblem.NotFound);
        if (unitCode is not null && !string.Equals(task.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase))
            return TaskOutcome.Refused(TaskProblem.OtherUnit);
        return task.IsOpen ? TaskOutcome.Done(task) : TaskOutcome.Refused(TaskProblem.AlreadyFinished, task);
    }

    public TaskOutcome Finish(int number, string? unitCode, string result, long finishedBy, DateTime nowUtc)
    {
        var check = CanFinish(number, unitCode);
        if (check.Problem is not null)
            return check;
        if (string.IsNullOrWhiteSpace(result))
            return TaskOutcome.Refused(TaskProblem.MissingResult, check.Task);
        if (result.Trim().Length > MaxResultLength)
            return TaskOutcome.Refused(TaskProblem.ResultTooLong, check.Task);
        var finished = tasks.Finish(number, result.Trim(), finishedBy, nowUtc);
        return finished is null ? TaskOutcome.Refused(TaskProblem.AlreadyFinished, check.Task) : TaskOutcome.Done(finished);
    }
}
