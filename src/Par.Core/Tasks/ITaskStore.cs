namespace Par.Core.Tasks;

public interface ITaskStore
{
    /// <summary>Stores a new task under the next number (1, 2, 3…) and returns it with its number.</summary>
    UnitTask Add(UnitTask task);

    /// <summary>Stores new tasks together, numbered in order: a file's rows all go in or none do.</summary>
    IReadOnlyList<UnitTask> AddAll(IReadOnlyList<UnitTask> tasks);

    UnitTask? Find(int number);

    /// <summary>Unfinished tasks, of one unit or (null) of every unit.</summary>
    IReadOnlyList<UnitTask> ListOpen(string? unitCode = null);

    IReadOnlyList<UnitTask> ListAll();

    /// <summary>Tasks whose original deadline falls in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>): a month's tasks.</summary>
    IReadOnlyList<UnitTask> ListDue(DateTime fromUtc, DateTime toUtc);

    /// <summary>
    /// Reads the task, applies <paramref name="change"/> and stores its answer, in one transaction; null when there
    /// is no such task or the change answers null (nothing to store).
    /// </summary>
    UnitTask? Update(int number, Func<UnitTask, UnitTask?> change);
}
