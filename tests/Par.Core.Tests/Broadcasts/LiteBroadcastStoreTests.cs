using Microsoft.Extensions.Time.Testing;
using Par.Core.Broadcasts;
using Par.Core.Outbox;
using Par.Core.Storage;
using Par.Core.Tests.Storage;

namespace Par.Core.Tests.Broadcasts;

public sealed class LiteBroadcastStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2025, 6, 2, 1, 0, 0, DateTimeKind.Utc);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "par-core-tests", Guid.NewGuid().ToString("N"));
    private readonly RecordingGateway _gateway = new();
    private ParDatabase _db = null!;
    private LiteOutboxStore _outbox = null!;
    private LiteBroadcastStore _store = null!;

    public LiteBroadcastStoreTests() => Open();

    private void Open()
    {
        _db = new ParDatabase(Path.Combine(_directory, "par.db"));
        _outbox = new LiteOutboxStore(_db);
        _store = new LiteBroadcastStore(_db, new LiteOutbox(_db, _outbox, _gateway, new FakeTimeProvider(new DateTimeOffset(Now))));
    }

    private void Reopen()
    {
        _db.Dispose();
        Open();
    }

    public void Dispose()
    {
        _db.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void Create_stores_the_broadcast_with_one_row_per_recipient_once()
    {
        var rows = _store.Create(Broadcast("b1"), [Row("b1", 1), Row("b1", 2), Row("b1", 3)]);
        var again = _store.Create(Broadcast("b1"), [Row("b1", 4)]);

        Assert.Equal(3, rows.Count);
        Assert.Empty(again);
        Assert.Equal(rows.Select(r => r.Id), _gateway.HandedOver.Select(r => r.Id));
        Assert.Equal(3, _store.Find("b1")!.Recipients);
        Assert.Equal(3, _outbox.ListByBroadcast("b1").Count);
        Assert.Equal(Now, _store.Find("b1")!.CreatedUtc);
        Assert.Equal(DateTimeKind.Utc, _store.Find("b1")!.CreatedUtc.Kind);
    }

    [Fact]
    public void Progress_counts_rows_by_status()
    {
        var rows = _store.Create(Broadcast("b1"), [Row("b1", 1), Row("b1", 2), Row("b1", 3), Row("b1", 4)]);
        _outbox.Update(rows[0] with { Status = OutboxStatus.Sent });
        _outbox.Update(rows[1] with { Status = OutboxStatus.Blocked });
        _outbox.Update(rows[2] with { Status = OutboxStatus.Failed });

        var progress = _store.Progress("b1");

        Assert.Equal(new BroadcastProgress(4, 1, 1, 1), progress);
        Assert.Equal(1, progress.Pending);
        Assert.False(progress.Done);
    }

    [Fact]
    public void Stopping_withdraws_only_the_rows_not_sent_yet_and_a_second_stop_changes_nothing()
    {
        var rows = _store.Create(Broadcast("b1"), [Row("b1", 1), Row("b1", 2), Row("b1", 3)]);
        _outbox.Update(rows[0] with { Status = OutboxStatus.Sent });

        var withdrawn = _store.Stop("b1", stoppedBy: 42, Now);
        var again = _store.Stop("b1", stoppedBy: 43, Now.AddMinutes(1));

        Assert.Equal((2, (int?)null), (withdrawn, again));
        Assert.Equal(new BroadcastProgress(3, 1, 0, 0, 2), _store.Progress("b1"));
        Assert.True(_store.Progress("b1").Done);
        Assert.Equal((Now, 42L), (_store.Find("b1")!.StoppedUtc, _store.Find("b1")!.StoppedBy));
        Assert.Empty(_outbox.ListPending());
        Assert.Equal([2L, 3L], _store.ListUndelivered("b1").Where(u => u.Reason == UndeliveredReason.Withdrawn).Select(u => u.ChatId));
    }

    [Fact]
    public void An_acknowledgement_is_recorded_once_and_only_from_a_recipient()
    {
        _store.Create(Broadcast("b1"), [Row("b1", 1), Row("b1", 2)]);

        Assert.Equal(new AcknowledgeResult(AcknowledgeOutcome.Recorded, Now), _store.Acknowledge("b1", 1, Now));
        Assert.Equal(new AcknowledgeResult(AcknowledgeOutcome.AlreadyRecorded, Now), _store.Acknowledge("b1", 1, Now.AddMinutes(1)));
        Assert.Equal(AcknowledgeOutcome.NotRecipient, _store.Acknowledge("b1", 99, Now).Outcome);
        Assert.Equal(AcknowledgeOutcome.NotRecipient, _store.Acknowledge("nope", 1, Now).Outcome);
        Assert.Equal(1, _store.CountAcknowledged("b1"));
    }

    [Fact]
    public void Broadcasts_are_numbered_one_by_one_within_their_year_and_the_count_survives_a_restart()
    {
        _store.Create(Broadcast("a") with { Year = 2025 }, [Row("a", 1)]);
        _store.Create(Broadcast("b") with { Year = 2025 }, [Row("b", 1)]);
        _store.Create(Broadcast("c") with { Year = 2026 }, [Row("c", 1)]);
        Reopen();
        _store.Create(Broadcast("d") with { Year = 2025 }, [Row("d", 1)]);
        _store.Create(Broadcast("d") with { Year = 2025 }, [Row("d", 2)]);

        string[] ids = ["a", "b", "c", "d"];
        Assert.Equal([1, 2, 1, 3], ids.Select(id => _store.Find(id)!.Number));
    }

    [Fact]
    public void Broadcasts_created_at_once_never_share_a_number()
    {
        const int count = 24;

        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            _store.Create(Broadcast($"p{i}") with { Year = 2026 }, [Row($"p{i}", 1)]));

        var numbers = Enumerable.Range(0, count).Select(i => _store.Find($"p{i}")!.Number ?? 0).Order();
        Assert.Equal(Enumerable.Range(1, count), numbers);
    }

    [Fact]
    public void A_broadcast_stored_before_numbering_keeps_no_number_and_does_not_count()
    {
        _db.Collection<Broadcast>(BroadcastCollections.Broadcasts).Insert(Broadcast("legacy"));

        _store.Create(Broadcast("new") with { Year = 2025 }, [Row("new", 1)]);

        Assert.Equal((0, (int?)null), (_store.Find("legacy")!.Year, _store.Find("legacy")!.Number));
        Assert.Equal(1, _store.Find("new")!.Number);
    }

    [Fact]
    public void Undelivered_are_the_skipped_then_the_blocked_and_failed_rows()
    {
        var rows = _store.Create(Broadcast("b1") with { SkippedChats = [7] }, [Row("b1", 1), Row("b1", 2), Row("b1", 3)]);
        _outbox.Update(rows[0] with { Status = OutboxStatus.Sent });
        _outbox.Update(rows[1] with { Status = OutboxStatus.Blocked });
        _outbox.Update(rows[2] with { Status = OutboxStatus.Failed });

        Assert.Equal(
            [new(7, UndeliveredReason.BlockedBefore), new(2, UndeliveredReason.Blocked), new(3, UndeliveredReason.Failed)],
            _store.ListUndelivered("b1"));
    }

    [Fact]
    public void The_delivered_message_is_found_by_its_telegram_id_among_announcement_and_reminders()
    {
        var rows = _store.Create(Broadcast("b1"), [Row("b1", 1), Row("b1", 2)]);
        _outbox.Update(rows[0] with { Status = OutboxStatus.Sent, TelegramMessageId = 40 });
        var reminder = _store.Remind("b1", 1, [new OutgoingMessage { ChatId = 1, Text = "nhắc", DedupeKey = BroadcastKeys.Reminder("b1", 1, 1) }]);
        _outbox.Update(reminder[0] with { Status = OutboxStatus.Sent, TelegramMessageId = 41 });

        Assert.Equal("<b>Họp</b>", _store.FindDelivered("b1", 1, 40)?.Text);
        Assert.Equal("nhắc", _store.FindDelivered("b1", 1, 41)?.Text);
        Assert.Null(_store.FindDelivered("b1", 2, 40));
        Assert.Null(_store.FindDelivered("b1", 1, 42));
    }

    [Fact]
    public void Unacknowledged_are_those_delivered_who_did_not_press()
    {
        var rows = _store.Create(Broadcast("b1"), [Row("b1", 1), Row("b1", 2), Row("b1", 3)]);
        _outbox.Update(rows[0] with { Status = OutboxStatus.Sent });
        _outbox.Update(rows[1] with { Status = OutboxStatus.Sent });
        _outbox.Update(rows[2] with { Status = OutboxStatus.Blocked });
        _store.Acknowledge("b1", 1, Now);

        Assert.Equal([2L], _store.ListUnacknowledged("b1"));
    }

    [Fact]
    public void Finish_stores_the_counts_and_queues_the_report_once()
    {
        _store.Create(Broadcast("b1"), [Row("b1", 1)]);
        var finished = _store.Find("b1")! with { Delivered = 1, FinishedUtc = Now.AddSeconds(4) };
        var report = new OutgoingMessage { ChatId = 9001, Text = "xong", DedupeKey = BroadcastKeys.Report("b1") };

        Assert.Single(_store.Finish(finished, report));
        Assert.Empty(_store.Finish(finished, report));
        Assert.Equal("xong", _gateway.HandedOver[^1].Text);
        Assert.Empty(_store.ListUnfinished());
        Assert.Equal(Now.AddSeconds(4), _store.Find("b1")!.FinishedUtc);
    }

    [Fact]
    public void A_reminder_round_is_queued_once_per_person()
    {
        _store.Create(Broadcast("b1"), [Row("b1", 1)]);
        OutgoingMessage Reminder(int round) => new() { ChatId = 1, Text = "nhắc", DedupeKey = BroadcastKeys.Reminder("b1", 1, round) };

        Assert.Single(_store.Remind("b1", 1, [Reminder(1)]));
        Assert.Empty(_store.Remind("b1", 1, [Reminder(1)]));
        Assert.Single(_store.Remind("b1", 2, [Reminder(2)]));
        Assert.Equal(2, _store.Find("b1")!.Reminders);
    }

    [Fact]
    public void Recent_broadcasts_come_newest_first()
    {
        _store.Create(Broadcast("old"), [Row("old", 1)]);
        _store.Create(Broadcast("new") with { CreatedUtc = Now.AddDays(1) }, [Row("new", 1)]);

        Assert.Equal(["new", "old"], _store.ListRecent(5).Select(b => b.Id));
        Assert.Equal(["new"], _store.ListRecent(1).Select(b => b.Id));
    }

    private static Broadcast Broadcast(string id) => new()
    {
        Id = id,
        AdminChatId = 9001,
        Html = "<b>Họp</b>",
        Audience = new BroadcastAudience(),
        CreatedUtc = Now,
    };

    private static OutgoingMessage Row(string id, long chat) => new()
    {
        ChatId = chat,
        Text = "<b>Họp</b>",
        Priority = Priority.Broadcast,
        DedupeKey = BroadcastKeys.Row(id, chat),
        BroadcastId = id,
    };
}
