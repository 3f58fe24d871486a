using Par.Core.Tasks;

namespace Par.Core.Emulation;

/// <summary>Points for one kind of outcome, by the task's priority.</summary>
public sealed class PriorityPoints
{
    public decimal Normal { get; set; }
    public decimal Important { get; set; }
    public decimal Urgent { get; set; }

    public decimal For(TaskPriority priority) => priority switch
    {
        TaskPriority.Urgent => Urgent,
        TaskPriority.Important => Important,
        _ => Normal,
    };
}
