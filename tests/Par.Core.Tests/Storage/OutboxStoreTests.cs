using Par.Core.Outbox;
using Par.Core.Storage;

namespace Par.Core.Tests.Storage;

public sealed class OutboxStoreTests : IDisposable
{
    private static readonly DateTime Now = new(2025, 5, 20, 1, 0, 0, DateTimeKind.Utc);
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Message_with_a_stored_dedupe_key_is_not_queued_again()
    {
        var store = new LiteOutboxStore(_temp.Db);
        var digest = new OutgoingMessage { ChatId = 1, Text = "digest", DedupeKey = "digest:2025-05-20:1" };

        store.Enqueue([digest], Now);
        _temp.Reopen();
        var again = new LiteOutboxStore(_temp.Db).Enqueue([digest], Now);

        Assert.Empty(again);
        Assert.Single(new LiteOutboxStore(_temp.Db).ListPending());
    }

    [Fact]
    public void Long_text_is_stored_as_ordered_parts_with_buttons_on_the_last()
    {
        var store = new LiteOutboxStore(_temp.Db);
        var text = string.Join('\n', Enumerable.Range(1, 600).Select(i => $"Dòng số {i} của danh sách"));
        var message = new OutgoingMessage { ChatId = 1, Text = text, Buttons = [[new Button("OK", "ok")]] };

        var parts = store.Enqueue([message], Now);

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
        var store = new LiteOutboxStore(_temp.Db);
        var rows = store.Enqueue([new OutgoingMessage { ChatId = 1, Text = "a" }, new OutgoingMessage { ChatId = 2, Text = "b" }], Now);
        store.Update(rows[0] with { Status = OutboxStatus.Sent, SentUtc = Now });

        _temp.Reopen();

        var pending = Assert.Single(new LiteOutboxStore(_temp.Db).ListPending());
        Assert.Equal("b", pending.Text);
        Assert.Equal(DateTimeKind.Utc, pending.NextAttemptUtc.Kind);
        Assert.Equal(Now, pending.NextAttemptUtc);
    }

    [Fact]
    public void Long_caption_follows_its_file_as_text()
    {
        var store = new LiteOutboxStore(_temp.Db);
        var file = new Attachment { Kind = AttachmentKind.Document, FileName = "a.xlsx", Content = [1, 2] };
        var caption = new string('c', 1500);

        var rows = store.Enqueue([new OutgoingMessage { ChatId = 1, Text = caption, Attachment = file, Buttons = [[new Button("OK", "ok")]] }], Now);

        Assert.Equal(2, rows.Count);
        Assert.Equal(("", "a.xlsx"), (rows[0].Text, rows[0].Attachment?.FileName));
        Assert.Equal(caption, rows[1].Text);
        Assert.Null(rows[1].Attachment);
        Assert.Single(rows[1].Buttons);
    }
}
