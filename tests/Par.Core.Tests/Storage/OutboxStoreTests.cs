using Microsoft.Extensions.Time.Testing;
using Par.Core.Outbox;
using Par.Core.Storage;

namespace Par.Core.Tests.Storage;

public sealed class OutboxStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2025, 5, 20, 1, 0, 0, DateTimeKind.Utc);
    private readonly TempDatabase _temp = new();
    private readonly RecordingGateway _gateway = new();

    public void Dispose() => _temp.Dispose();

    private LiteOutbox Outbox() => new(_temp.Db, new LiteOutboxStore(_temp.Db), _gateway, new FakeTimeProvider(new DateTimeOffset(Now)));

    [Fact]
    public void Message_with_a_stored_dedupe_key_is_not_queued_again()
    {
        var digest = new OutgoingMessage { ChatId = 1, Text = "digest", DedupeKey = "digest:2025-05-20:1" };

        Outbox().Send([digest]);
        _temp.Reopen();
        var again = Outbox().Send([digest]);

        Assert.Empty(again);
        Assert.Single(_gateway.HandedOver);
        Assert.Single(new LiteOutboxStore(_temp.Db).ListPending());
    }

    [Fact]
    public void Long_text_is_stored_as_ordered_parts_with_buttons_on_the_last()
    {
        var text = string.Join('\n', Enumerable.Range(1, 600).Select(i => $"Dòng số {i} của danh sách"));
        var message = new OutgoingMessage { ChatId = 1, Text = text, Buttons = [[new Button("OK", "ok")]] };

        var parts = Outbox().Send([message]);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Text.Length <= MessageSplitter.TelegramLimit));
        Assert.Equal(text, string.Join('\n', parts.Select(p => p.Text)));
        Assert.All(parts.SkipLast(1), p => Assert.Empty(p.Buttons));
        Assert.Single(parts[^1].Buttons);
        Assert.Equal(parts.Select(p => p.Id).Order(), parts.Select(p => p.Id));
    }

    [Fact]
    public void Pending_rows_survive_a_restart_and_sent_rows_do_not_come_back()
    {
        var rows = Outbox().Send([new OutgoingMessage { ChatId = 1, Text = "a" }, new OutgoingMessage { ChatId = 2, Text = "b" }]);
        new LiteOutboxStore(_temp.Db).Update(rows[0] with { Status = OutboxStatus.Sent, SentUtc = Now });

        _temp.Reopen();

        var pending = Assert.Single(new LiteOutboxStore(_temp.Db).ListPending());
        Assert.Equal("b", pending.Text);
        Assert.Equal(DateTimeKind.Utc, pending.NextAttemptUtc.Kind);
        Assert.Equal(Now, pending.NextAttemptUtc);
    }

    [Fact]
    public void Long_caption_follows_its_file_as_text()
    {
        var file = new Attachment { Kind = AttachmentKind.Document, FileName = "a.xlsx", Content = [1, 2] };
        var caption = new string('c', 1500);

        var rows = Outbox().Send([new OutgoingMessage { ChatId = 1, Text = caption, Attachment = file, Buttons = [[new Button("OK", "ok")]] }]);

        Assert.Equal(2, rows.Count);
        Assert.Equal(("", "a.xlsx"), (rows[0].Text, rows[0].Attachment?.FileName));
        Assert.Equal(caption, rows[1].Text);
        Assert.Null(rows[1].Attachment);
        Assert.Single(rows[1].Buttons);
    }

    [Fact]
    public void Stored_rows_reach_the_gateway_when_the_callers_transaction_commits()
    {
        var outbox = Outbox();

        _temp.Db.InTransaction(() =>
        {
            outbox.Send([new OutgoingMessage { ChatId = 1, Text = "a" }]);
            Assert.Empty(_gateway.HandedOver);
            return outbox.Send([new OutgoingMessage { ChatId = 2, Text = "b" }]);
        });

        Assert.Equal(["a", "b"], _gateway.HandedOver.Select(row => row.Text));
        Assert.Equal(_gateway.HandedOver.Select(row => row.Id), new LiteOutboxStore(_temp.Db).ListPending().Select(row => row.Id));
    }

    [Fact]
    public void Rows_of_a_rolled_back_transaction_are_neither_stored_nor_handed_over()
    {
        var outbox = Outbox();

        Assert.Throws<InvalidOperationException>(() => _temp.Db.InTransaction<int>(() =>
        {
            outbox.Send([new OutgoingMessage { ChatId = 1, Text = "a" }]);
            throw new InvalidOperationException("the caller's next write failed");
        }));

        Assert.Empty(_gateway.HandedOver);
        Assert.Empty(new LiteOutboxStore(_temp.Db).ListPending());
    }
}
