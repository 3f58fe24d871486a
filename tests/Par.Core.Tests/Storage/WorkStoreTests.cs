using Microsoft.Extensions.Time.Testing;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Storage;
using Par.Core.Units;
using Par.Core.Work;

namespace Par.Core.Tests.Storage;

public sealed class WorkStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 5, 20, 1, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _temp = new();
    private readonly RecordingGateway _gateway = new();

    public void Dispose() => _temp.Dispose();

    private LiteWorkStore Store() => new(_temp.Db, new LiteOutbox(_temp.Db, new LiteOutboxStore(_temp.Db), _gateway, new FakeTimeProvider(Now)), new FakeTimeProvider(Now));

    private static WorkItem Item(string fileName) => new()
    {
        UpdateId = 7, ChatId = 42, UserId = 42, Role = Role.Admin, Language = "vi", FileId = "BQAC-1", FileName = fileName,
    };

    [Fact]
    public void A_queued_item_and_its_acknowledgement_survive_a_restart_with_the_runs_begun()
    {
        var queued = Store().Queue(Item("a.csv"), new OutgoingMessage { ChatId = 42, Text = "⏳" });
        Store().Begin(queued.Id);

        _temp.Reopen();

        var item = Assert.Single(Store().ListQueued());
        Assert.Equal((queued.Id, "a.csv", Role.Admin, 1, Now.UtcDateTime), (item.Id, item.FileName, item.Role, item.Attempts, item.QueuedUtc));
        Assert.Equal(item.AcknowledgementId, new LiteOutboxStore(_temp.Db).ListPending().Single(e => e.Text == "⏳").Id);
    }

    [Fact]
    public void Completing_stores_the_work_and_its_answer_and_forgets_the_item()
    {
        var item = Store().Queue(Item("a.csv"), new OutgoingMessage { ChatId = 42, Text = "⏳" });
        var units = new LiteUnitStore(_temp.Db);

        Store().Complete(item.Id, () =>
        {
            units.Upsert([new Unit { Code = "SNV", Name = "Sở Nội vụ", Group = "department" }]);
            return [new OutgoingMessage { ChatId = 42, Text = "done" }];
        });

        Assert.Empty(Store().ListQueued());
        Assert.NotNull(units.Find("SNV"));
        Assert.Equal(["⏳", "done"], _gateway.HandedOver.Select(e => e.Text));
    }

    [Fact]
    public void Work_that_throws_midway_stores_nothing_and_keeps_the_item()
    {
        var item = Store().Queue(Item("a.csv"), new OutgoingMessage { ChatId = 42, Text = "⏳" });
        var units = new LiteUnitStore(_temp.Db);

        Assert.Throws<IOException>(() => Store().Complete(item.Id, () =>
        {
            units.Upsert([new Unit { Code = "SNV", Name = "Sở Nội vụ", Group = "department" }]);
            throw new IOException("disk full");
        }));

        Assert.Null(units.Find("SNV"));
        Assert.Single(Store().ListQueued());
        Assert.Equal(["⏳"], _gateway.HandedOver.Select(e => e.Text));
    }
}
