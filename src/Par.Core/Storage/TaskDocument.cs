using LiteDB;
using Par.Core.Outbox;
using Par.Core.Tasks;

namespace Par.Core.Storage;

/// <summary>
/// A task as stored: the number is the document id (LiteDB's Int32 auto id gives 1, 2, 3…). Fields added with the
/// task register (coordinators, document, history…) are written only when set and read as absent from older tasks.
/// </summary>
internal static class TaskDocument
{
    /// <summary>Indexed: true until the task is finished.</summary>
    public const string Open = "Open";

    /// <summary>Indexed: the original deadline, which decides the month a task is scored in.</summary>
    public const string Due = nameof(UnitTask.DueUtc);

    /// <summary>The result's file id, under the name it had before the file's name and kind were kept.</summary>
    private const string ResultFileKey = "ResultFileId";

    public static BsonDocument From(UnitTask task)
    {
        var document = new BsonDocument
        {
            [nameof(UnitTask.UnitCode)] = task.UnitCode,
            [nameof(UnitTask.Description)] = task.Description,
            [Due] = task.DueUtc,
            [nameof(UnitTask.AssignedBy)] = task.AssignedBy,
            [nameof(UnitTask.AssignedUtc)] = task.AssignedUtc,
            [Open] = task.IsOpen,
        };
        if (task.Number > 0)
            document["_id"] = task.Number;
        Put(document, nameof(UnitTask.FinishedUtc), task.FinishedUtc);
        Put(document, nameof(UnitTask.Result), task.Result);
        Put(document, nameof(UnitTask.FinishedBy), task.FinishedBy);
        Put(document, nameof(UnitTask.ExpectedResult), task.ExpectedResult);
        Put(document, nameof(UnitTask.ResponsibleId), task.ResponsibleId);
        if (task.Priority != TaskPriority.Normal)
            document[nameof(UnitTask.Priority)] = task.Priority.ToString();
        if (task.Document is { } source)
            document[nameof(UnitTask.Document)] = FromSource(source);
        if (task.ResultFile is { } file)
            PutEvidence(document, ResultFileKey, file);
        if (task.Coordinators.Count > 0)
            document[nameof(UnitTask.Coordinators)] = new BsonArray(task.Coordinators.Select(c => new BsonValue(c)));
        if (task.History.Count > 0)
            document[nameof(UnitTask.History)] = new BsonArray(task.History.Select(FromEntry));
        if (task.Extensions.Count > 0)
            document[nameof(UnitTask.Extensions)] = new BsonArray(task.Extensions.Select(FromExtension));
        if (task.Confirmations.Count > 0)
            document[nameof(UnitTask.Confirmations)] = new BsonArray(task.Confirmations.Select(FromConfirmation));
        return document;
    }

    public static UnitTask To(BsonDocument document) => new()
    {
        Number = document["_id"].AsInt32,
        UnitCode = document[nameof(UnitTask.UnitCode)].AsString,
        Description = document[nameof(UnitTask.Description)].AsString,
        DueUtc = StoredTime.Utc(document[Due]),
        AssignedBy = document[nameof(UnitTask.AssignedBy)].AsInt64,
        AssignedUtc = StoredTime.Utc(document[nameof(UnitTask.AssignedUtc)]),
        FinishedUtc = StoredTime.UtcOrNull(document[nameof(UnitTask.FinishedUtc)]),
        Result = Text(document[nameof(UnitTask.Result)]),
        ResultFile = Evidence(document, ResultFileKey),
        FinishedBy = Long(document[nameof(UnitTask.FinishedBy)]),
        ExpectedResult = Text(document[nameof(UnitTask.ExpectedResult)]),
        ResponsibleId = Long(document[nameof(UnitTask.ResponsibleId)]),
        Priority = Text(document[nameof(UnitTask.Priority)]) is { } priority && Enum.TryParse<TaskPriority>(priority, out var parsed) ? parsed : TaskPriority.Normal,
        Document = document[nameof(UnitTask.Document)] is { IsDocument: true } source ? ToSource(source.AsDocument) : null,
        Coordinators = List(document, nameof(UnitTask.Coordinators), c => c.AsString),
        History = List(document, nameof(UnitTask.History), e => ToEntry(e.AsDocument)),
        Extensions = List(document, nameof(UnitTask.Extensions), e => ToExtension(e.AsDocument)),
        Confirmations = List(document, nameof(UnitTask.Confirmations), c => ToConfirmation(c.AsDocument)),
    };

    private static BsonDocument FromSource(AssigningDocument source)
    {
        var document = new BsonDocument { ["number"] = source.Number };
        Put(document, "issuer", source.Issuer);
        if (source.Date is { } date)
            document["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return document;
    }

    private static AssigningDocument ToSource(BsonDocument document) => new(
        document["number"].AsString,
        Text(document["date"]) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
        Text(document["issuer"]));

    private static BsonDocument FromEntry(TaskHistoryEntry entry)
    {
        var document = new BsonDocument { ["by"] = entry.By, ["at"] = entry.AtUtc, ["kind"] = entry.Kind.ToString() };
        Put(document, "text", entry.Text);
        if (entry.Evidence is { } file)
            PutEvidence(document, "file", file);
        return document;
    }

    private static TaskHistoryEntry ToEntry(BsonDocument document) => new(
        document["by"].AsInt64, StoredTime.Utc(document["at"]), Enum.Parse<TaskEventKind>(document["kind"].AsString), Text(document["text"]), Evidence(document, "file"));

    /// <summary>The file id under <paramref name="key"/> (as written before names and kinds were kept), its name and kind beside it.</summary>
    private static void PutEvidence(BsonDocument document, string key, TaskEvidence evidence)
    {
        document[key] = evidence.FileId;
        document[key + "Name"] = evidence.FileName;
        document[key + "Kind"] = evidence.Kind.ToString();
    }

    /// <summary>Files stored with only their id were documents.</summary>
    private static TaskEvidence? Evidence(BsonDocument document, string key) => Text(document[key]) is { } fileId
        ? new TaskEvidence(fileId, Text(document[key + "Name"]) ?? "file", Enum.TryParse<AttachmentKind>(Text(document[key + "Kind"]), out var kind) ? kind : AttachmentKind.Document)
        : null;

    private static BsonDocument FromExtension(ExtensionRequest extension)
    {
        var document = new BsonDocument
        {
            ["askedBy"] = extension.AskedBy,
            ["asked"] = extension.AskedUtc,
            ["requested"] = extension.RequestedDueUtc,
            ["reason"] = extension.Reason,
            ["state"] = extension.State.ToString(),
        };
        Put(document, "decidedBy", extension.DecidedBy);
        Put(document, "decided", extension.DecidedUtc);
        Put(document, "approved", extension.ApprovedDueUtc);
        return document;
    }

    private static ExtensionRequest ToExtension(BsonDocument document) => new()
    {
        AskedBy = document["askedBy"].AsInt64,
        AskedUtc = StoredTime.Utc(document["asked"]),
        RequestedDueUtc = StoredTime.Utc(document["requested"]),
        Reason = document["reason"].AsString,
        State = Enum.Parse<ExtensionState>(document["state"].AsString),
        DecidedBy = Long(document["decidedBy"]),
        DecidedUtc = StoredTime.UtcOrNull(document["decided"]),
        ApprovedDueUtc = StoredTime.UtcOrNull(document["approved"]),
    };

    private static BsonDocument FromConfirmation(PartConfirmation confirmation) =>
        new() { ["unit"] = confirmation.UnitCode, ["by"] = confirmation.By, ["at"] = confirmation.AtUtc };

    private static PartConfirmation ToConfirmation(BsonDocument document) =>
        new(document["unit"].AsString, document["by"].AsInt64, StoredTime.Utc(document["at"]));

    /// <summary>
    /// The array under <paramref name="key"/>, mapped; most tasks have none, and those share one empty list, which
    /// matters when a month's 20 000 tasks are read for the emulation table (less to allocate and to keep alive).
    /// </summary>
    private static T[] List<T>(BsonDocument document, string key, Func<BsonValue, T> map)
    {
        if (document[key] is not { IsArray: true } value || value.AsArray.Count == 0)
            return [];
        var array = value.AsArray;
        var items = new T[array.Count];
        for (var i = 0; i < items.Length; i++)
            items[i] = map(array[i]);
        return items;
    }

    private static string? Text(BsonValue value) => value is { IsString: true } ? value.AsString : null;

    private static long? Long(BsonValue value) => value is { IsNull: false } ? value.AsInt64 : null;

    private static void Put(BsonDocument document, string key, string? value)
    {
        if (value is not null)
            document[key] = value;
    }

    private static void Put(BsonDocument document, string key, long? value)
    {
        if (value is { } number)
            document[key] = number;
    }

    private static void Put(BsonDocument document, string key, DateTime? value)
    {
        if (value is { } time)
            document[key] = time;
    }
}
