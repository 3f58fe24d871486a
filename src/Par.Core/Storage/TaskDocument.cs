using LiteDB;
using Par.Core.Tasks;

namespace Par.Core.Storage;

/// <summary>A task as stored: the number is the document id (LiteDB's Int32 auto id gives 1, 2, 3…).</summary>
internal static class TaskDocument
{
    /// <summary>Indexed: true until the task is finished.</summary>
    public const string Open = "Open";

    public static BsonDocument From(UnitTask task)
    {
        var document = new BsonDocument
        {
            [nameof(UnitTask.UnitCode)] = task.UnitCode,
            [nameof(UnitTask.Description)] = task.Description,
            [nameof(UnitTask.DueUtc)] = task.DueUtc,
            [nameof(UnitTask.AssignedBy)] = task.AssignedBy,
            [nameof(UnitTask.AssignedUtc)] = task.AssignedUtc,
            [Open] = task.IsOpen,
        };
        if (task.Number > 0)
            document["_id"] = task.Number;
        if (task.FinishedUtc is { } finished)
            document[nameof(UnitTask.FinishedUtc)] = finished;
        if (task.Result is { } result)
            document[nameof(UnitTask.Result)] = result;
        if (task.FinishedBy is { } by)
            document[nameof(UnitTask.FinishedBy)] = by;
        return document;
    }

    public static UnitTask To(BsonDocument document) => new()
    {
        Number = document["_id"].AsInt32,
        UnitCode = document[nameof(UnitTask.UnitCode)].AsString,
        Description = document[nameof(UnitTask.Description)].AsString,
        DueUtc = StoredTime.Utc(document[nameof(UnitTask.DueUtc)]),
        AssignedBy = document[nameof(UnitTask.AssignedBy)].AsInt64,
        AssignedUtc = StoredTime.Utc(document[nameof(UnitTask.AssignedUtc)]),
        FinishedUtc = StoredTime.UtcOrNull(document[nameof(UnitTask.FinishedUtc)]),
        Result = document[nameof(UnitTask.Result)] is { IsString: true } result ? result.AsString : null,
        FinishedBy = document[nameof(UnitTask.FinishedBy)] is { IsNull: false } by ? by.AsInt64 : null,
    };
}
