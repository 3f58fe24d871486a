using LiteDB;
using Par.Core.Outbox;
using Par.Core.Storage;
using Par.Core.Tasks;
using Par.Core.Tests.Dossiers;
using Par.Core.Tests.Storage;

namespace Par.Core.Tests.Tasks;

public sealed class TaskStoreTests : IDisposable
{
    private static readonly DateTime Now = Zones.Utc(2025, 5, 20, 1);
    private readonly TempDatabase _temp = new();
    private readonly LiteTaskStore _store;

    public TaskStoreTests() => _store = new LiteTaskStore(_temp.Db);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Tasks_are_numbered_one_two_three_and_keep_counting_after_a_restart()
    {
        var first = _store.Add(Task("SNV"));
        var second = _store.Add(Task("STP"));
        var third = new LiteTaskStore(_temp.Reopen()).Add(Task("SNV"));

        Assert.Equal(["T-1", "T-2", "T-3"], new[] { first, second, third }.Select(t => t.Code));
    }

    [Fact]
    public void A_task_with_every_field_reads_back_as_written()
    {
        var added = _store.Add(Task("SNV") with
        {
            Coordinators = ["STP", "SYT"],
            ExpectedResult = "Báo cáo gửi UBND tỉnh",
            Document = new AssigningDocument("125/TB-UBND", new DateOnly(2025, 5, 3), "UBND tỉnh"),
            Priority = TaskPriority.Urgent,
            ResponsibleId = 502,
            History = [new(9001, Now, TaskEventKind.Assigned), new(502, Now.AddHours(1), TaskEventKind.Note, "Đang làm", new TaskEvidence("file-1", "anh.jpg", AttachmentKind.Photo))],
            Extensions = [new() { AskedBy = 502, AskedUtc = Now, RequestedDueUtc = Now.AddDays(9), Reason = "Chờ số liệu", State = ExtensionState.Approved, DecidedBy = 9001, DecidedUtc = Now.AddHours(2), ApprovedDueUtc = Now.AddDays(8) }],
            Confirmations = [new("STP", 601, Now.AddHours(3))],
            FinishedUtc = Now.AddDays(1),
            Result = "Xong",
            ResultFile = new TaskEvidence("file-2", "bao-cao.pdf", AttachmentKind.Document),
            FinishedBy = 502,
        });

        var read = _store.Find(added.Number)!;

        Assert.Equal(added with { History = [], Extensions = [], Confirmations = [], Coordinators = [] }, read with { History = [], Extensions = [], Confirmations = [], Coordinators = [] });
        Assert.Equal(added.Coordinators, read.Coordinators);
        Assert.Equal(added.History, read.History);
        Assert.Equal(added.Extensions, read.Extensions);
        Assert.Equal(added.Confirmations, read.Confirmations);
        Assert.Null(_store.Find(99));
    }

    [Fact]
    public void A_task_stored_before_the_register_loads_with_the_new_fields_empty()
    {
        _temp.Db.Database.GetCollection("tasks").Insert(new BsonDocument
        {
            ["_id"] = 7, ["UnitCode"] = "SNV", ["Description"] = "Cũ", ["DueUtc"] = Now, ["AssignedBy"] = 9001L, ["AssignedUtc"] = Now, ["Open"] = true,
        });

        var old = _store.Find(7)!;

        Assert.Equal(("SNV", TaskPriority.Normal, (long?)null, (AssigningDocument?)null), (old.UnitCode, old.Priority, old.ResponsibleId, old.Document));
        Assert.Empty(old.Coordinators);
        Assert.Empty(old.History);
        Assert.Equal(Now, old.CurrentDueUtc);
    }

    [Fact]
    public void Evidence_stored_as_a_bare_file_id_reads_as_a_document()
    {
        _temp.Db.Database.GetCollection("tasks").Insert(new BsonDocument
        {
            ["_id"] = 7, ["UnitCode"] = "SNV", ["Description"] = "Cũ", ["DueUtc"] = Now, ["AssignedBy"] = 9001L, ["AssignedUtc"] = Now, ["Open"] = false,
            ["FinishedUtc"] = Now, ["Result"] = "Xong", ["ResultFileId"] = "file-2",
            ["History"] = new BsonArray { new BsonDocument { ["by"] = 502L, ["at"] = Now, ["kind"] = "Note", ["file"] = "file-1" } },
        });

        var old = _store.Find(7)!;

        Assert.Equal(new TaskEvidence("file-2", "file", AttachmentKind.Document), old.ResultFile);
        Assert.Equal(new TaskEvidence("file-1", "file", AttachmentKind.Document), old.History[0].Evidence);
    }

    [Fact]
    public void An_update_changes_one_task_in_place_and_a_refused_change_stores_nothing()
    {
        var one = _store.Add(Task("SNV"));
        var two = _store.Add(Task("SNV"));

        var finished = _store.Update(one.Number, t => t with { FinishedUtc = Now, Result = "Đã rà soát xong", FinishedBy = 501 });
        var refused = _store.Update(two.Number, _ => null);

        Assert.Equal(("Đã rà soát xong", 501L), (finished!.Result, finished.FinishedBy!.Value));
        Assert.Null(refused);
        Assert.Null(_store.Update(99, t => t));
        Assert.Equal([two.Number], _store.ListOpen("SNV").Select(t => t.Number));
        Assert.Equal([two.Number], _store.ListOpen().Select(t => t.Number));
        Assert.Equal(2, _store.ListAll().Count);
    }

    [Fact]
    public void Tasks_due_in_a_range_are_found_by_their_original_deadline()
    {
        _store.Add(Task("SNV") with { DueUtc = Zones.Utc(2025, 4, 30, 16, 59) });
        var may = _store.Add(Task("SNV") with { DueUtc = Zones.Utc(2025, 4, 30, 17) });
        _store.Add(Task("SNV") with { DueUtc = Zones.Utc(2025, 5, 31, 17) });

        Assert.Equal([may.Number], _store.ListDue(Zones.Utc(2025, 4, 30, 17), Zones.Utc(2025, 5, 31, 17)).Select(t => t.Number));
    }

    [Fact]
    public void A_files_tasks_are_added_together_in_order()
    {
        var added = _store.AddAll([Task("SNV"), Task("STP")]);

        Assert.Equal(["T-1", "T-2"], added.Select(t => t.Code));
        Assert.Equal(["SNV", "STP"], _store.ListAll().Select(t => t.UnitCode));
    }

    private static UnitTask Task(string unit) =>
        new() { UnitCode = unit, Description = "Rà soát 15 TTHC", DueUtc = Now.AddDays(3), AssignedBy = 9001, AssignedUtc = Now };
}
