namespace Par.Core.Tasks;

public interface ITaskStore
{
    /// <summary>Stores a new task under the next number (1, 2, 3…) and returns it with its number.</summary>
    UnitTask Add(UnitTask task);

    UnitTask? Find(int number);

    /// <summary>Unfinished tasks, of one unit or (null) of every unit.</summary>
    IReadOnlyList<UnitTask> ListOpen(string? unitCode = null);

    IReadOnlyList<UnitTask> ListAll();

    /// <summary>Records the result of an open task; null when there is no such open task.</summary>
    UnitTask? Finish(int number, string result, long finishedBy, DateTime finishedUtc);
}
