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
        _tasks.EnsureIndex(TaskDocument.Due);
    }

    public UnitTask Add(UnitTask task) => AddAll([task])[0];

    public IReadOnlyList<UnitTask> AddAll(IReadOnlyList<UnitTask> tasks) => _db.InTransaction(() =>
        (IReadOnlyList<UnitTask>)[.. tasks.Select(task => task with { Number = _tasks.Insert(TaskDocument.From(task with { Number = 0 })).AsInt32 })]);

    public UnitTask? Find(int number) => _tasks.FindById(number) is { } document ? TaskDocument.To(document) : null;

    public IReadOnlyList<UnitTask> ListOpen(string? unitCode = null) =>
        [.. _tasks.Find(Query.EQ(TaskDocument.Open, true)).Select(TaskDocument.To).Where(t => unitCode is null || t.UnitCode == unitCode).OrderBy(t => t.Number)];

    public IReadOnlyList<UnitTask> ListAll() => [.. _tasks.FindAll().Select(TaskDocument.To).OrderBy(t => t.Number)];

    /// <remarks>
    /// The bounds go in as parameters: <c>Query.LT(field, date)</c> writes the date into the expression as JSON, which
    /// LiteDB parses again for every document it filters (a tenth of reading a month of 20 000 tasks).
    /// </remarks>
    public IReadOnlyList<UnitTask> ListDue(DateTime fromUtc, DateTime toUtc)
    {
        var due = _tasks.Find(BsonExpression.Create($"$.{TaskDocument.Due} >= @0 AND $.{TaskDocument.Due} < @1", fromUtc, toUtc)).Select(TaskDocument.To).ToArray();
        Array.Sort(due, (a, b) => a.Number.CompareTo(b.Number));
        return due;
    }

    public UnitTask? Update(int number, Func<UnitTask, UnitTask?> change) => _db.InTransaction(() =>
    {
        if (Find(number) is not { } task || change(task) is not { } changed)
            return null;
        _tasks.Update(TaskDocument.From(changed with { Number = number }));
        return changed with { Number = number };
    });
}
