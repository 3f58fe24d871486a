namespace Par.Core.Tasks;

/// <summary>The task assigned or finished, or why not.</summary>
public sealed record TaskOutcome(UnitTask? Task, TaskProblem? Problem)
{
    public static TaskOutcome Done(UnitTask task) => new(task, null);

    public static TaskOutcome Refused(TaskProblem problem, UnitTask? task = null) => new(task, problem);
}
