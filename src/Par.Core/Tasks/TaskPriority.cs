namespace Par.Core.Tasks;

/// <summary>How much a task weighs: the emulation table scores each priority with its own points.</summary>
public enum TaskPriority
{
    Normal,
    Important,
    Urgent,
}
