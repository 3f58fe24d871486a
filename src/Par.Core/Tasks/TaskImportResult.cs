namespace Par.Core.Tasks;

/// <summary>What a tasks file did: the tasks assigned, the rows refused, or the required columns it lacks (then nothing was read).</summary>
public sealed record TaskImportResult(IReadOnlyList<UnitTask> Assigned, IReadOnlyList<TaskImportRejection> Rejected, IReadOnlyList<string> MissingColumns)
{
    public bool IsFileRejected => MissingColumns.Count > 0;
}
