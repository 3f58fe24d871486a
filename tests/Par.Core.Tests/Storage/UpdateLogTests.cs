using Microsoft.Extensions.Time.Testing;
using Par.Core.Outbox;
using Par.Core.Storage;
using Par.Core.Updates;

namespace Par.Core.Tests.Storage;

public sealed class UpdateLogTests : IDisposable
{
    private static readonly DateTime Now = new(2025, 5, 20, 1, 0, 0, DateTimeKind.Utc);
    private readonly TempDatabase _temp = new();
    private readonly RecordingGateway _gateway = new();

    public void Dispose() => _temp.Dispose();

    private LiteUpdateLog Log() => new(_temp.Db, new LiteOutbox(_temp.Db, new LiteOutboxStore(_temp.Db), _gateway, new FakeTimeProvider(new DateTimeOffset(Now))));

    [Fact]
    public void Completed_update_and_its_replies_are_stored_together()
    {
        var stored = Log().CompleteUpdate(42, [new OutgoingMessage { ChatId = 7, Text = "hi" }], Now);

        _temp.Reopen();

        Assert.Equal(UpdateState.Handled, Log().StateOf(42));
        Assert.Equal(UpdateState.New, Log().StateOf(43));
        Assert.Equal(stored.Single().Id, new LiteOutboxStore(_temp.Db).ListPending().Single().Id);
        Assert.Equal(stored.Single().Id, _gateway.HandedOver.Single().Id);
    }

    [Fact]
    public void Offset_survives_a_restart_and_pruning_forgets_only_older_marks()
    {
        var log = Log();
        log.CompleteUpdate(10, [], Now.AddDays(-8));
        log.CompleteUpdate(11, [], Now);
        log.StoreNextOffset(11);
        log.Prune(Now.AddDays(-7));

        _temp.Reopen();

        Assert.Equal(11, Log().ReadNextOffset());
        Assert.Equal(UpdateState.New, Log().StateOf(10));
        Assert.Equal(UpdateState.Handled, Log().StateOf(11));
    }

    [Fact]
    public void Update_begun_but_never_completed_is_interrupted_after_a_restart()
    {
        Log().Begin(50, Now);

        _temp.Reopen();

        Assert.Equal(UpdateState.Interrupted, Log().StateOf(50));
        Log().CompleteUpdate(50, [], Now);
        Assert.Equal(UpdateState.Handled, Log().StateOf(50));
    }
}
