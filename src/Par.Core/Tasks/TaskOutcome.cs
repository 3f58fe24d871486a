namespace Par.Core.Tasks;

/// <summary>The task as changed, or why not; <see cref="About"/> names the value refused (a unit code) when there is one.</summary>
public sealed record TaskOutcome(UnitTask? Task, TaskProblem? Problem, string? About = null)
{
    public static TaskOutcome Done(UnitTask task) => new(task, null);

    public static TaskOutcome Refused(TaskProblem problem, UnitTask? task = null, string? about = null) => new(task, problem, about);
}
