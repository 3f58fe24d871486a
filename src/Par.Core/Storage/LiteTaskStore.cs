using LiteDB;
using Par.Core.Tasks;

namespace Par.Core.Storage;

internal sealed class LiteTaskStore : ITaskStore
{
    private readonly ParDatabase _db;
    private readonly ILiteCollection<BsonDocument> _tasks;

    public LiteTaskStore(ParDatabase db)
    {
        _db = db;
        _tasks = db.Database.GetCollection(DossierCollections.Tasks, BsonAutoId.Int32);
        _tasks.EnsureIndex(TaskDocument.Open);
    }

    public UnitTask Add(UnitTask task) => _db.InTransaction(() =>
    {
        var id = _tasks.Insert(TaskDocument.From(task with { Number = 0 }));
        return task with { Number = id.AsInt32 };
    });

    public UnitTask? Find(int number) => _tasks.FindById(number) is { } document ? TaskDocument.To(document) : null;

    public IReadOnlyList<UnitTask> ListOpen(string? unitCode = null) =>
        [.. _tasks.Find(Query.EQ(TaskDocument.Open, true)).Select(TaskDocument.To).Where(t => unitCode is null || t.UnitCode == unitCode).OrderBy(t => t.Number)];

    public IReadOnlyList<UnitTask> ListAll() => [.. _tasks.FindAll().Select(TaskDocument.To).OrderBy(t => t.Number)];

    public UnitTask? Finish(int number, string result, long finishedBy, DateTime finishedUtc) => _db.InTransaction(() =>
    {
        var task = Find(number);
        if (task is not { IsOpen: true })
            return null;
        var finished = task with { FinishedUtc = finishedUtc, Result = result, FinishedBy = finishedBy };
        _tasks.Update(TaskDocument.From(finished));
        return finished;
    });
}
