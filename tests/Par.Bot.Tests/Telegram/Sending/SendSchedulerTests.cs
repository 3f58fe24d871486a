using Par.Bot.Telegram.Sending;
using Par.Core.Outbox;

namespace Par.Bot.Tests.Telegram.Sending;

public sealed class SendSchedulerTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(10, 0)]
    [InlineData(10, 150)]
    [InlineData(25, 400)]
    public void No_one_second_window_holds_more_than_the_limit_whatever_the_latency(int limit, int latencyMs)
    {
        var scheduler = new SendScheduler(limit, 0, TimeSpan.Zero);
        for (var id = 1; id <= limit * 4; id++)
            scheduler.Add(Row(id, chat: id));
        var latency = TimeSpan.FromMilliseconds(latencyMs);
        var sends = new List<(DateTimeOffset Taken, DateTimeOffset Done)>();
        var inFlight = new List<(long Chat, DateTimeOffset Done)>();

        for (var now = Start; now < Start.AddSeconds(10); now = now.AddMilliseconds(10))
        {
            foreach (var done in inFlight.Where(s => s.Done <= now).ToList())
            {
                scheduler.Complete(done.Chat, now);
                inFlight.Remove(done);
            }
            while (scheduler.TakeNext(now, out _) is { } row)
            {
                inFlight.Add((row.ChatId, now + latency));
                sends.Add((now, now + latency));
            }
        }

        Assert.Equal(limit * 4, sends.Count);
        // Telegram sees each request somewhere between taking and completion: even the worst placement fits.
        foreach (var (taken, _) in sends)
            Assert.True(sends.Count(s => s.Done > taken.AddSeconds(-1) && s.Taken <= taken) <= limit);
    }

    [Theory]
    [InlineData(30, 3, 0)]
    [InlineData(30, 3, 150)]
    [InlineData(10, 5, 40)]
    public void Replies_among_bulk_mail_keep_every_window_within_the_limit_and_bulk_within_the_limit_less_the_reserve(int limit, int reserve, int latencyMs)
    {
        var scheduler = new SendScheduler(limit, reserve, TimeSpan.Zero);
        for (var id = 1; id <= limit * 3; id++)
            scheduler.Add(Row(id, chat: id));
        var latency = TimeSpan.FromMilliseconds(latencyMs);
        var sends = new List<(DateTimeOffset Taken, DateTimeOffset Done, Priority Priority)>();
        var inFlight = new List<(long Chat, DateTimeOffset Done)>();
        var replies = 0;

        for (var now = Start; now < Start.AddSeconds(20); now = now.AddMilliseconds(10))
        {
            // Someone writes every 50 ms, more than the reserve holds: replies then take freed places before bulk mail.
            if ((now - Start).TotalMilliseconds % 50 == 0 && replies < limit * 3)
                scheduler.Add(Row(10_000 + ++replies, chat: 10_000 + replies, Priority.Reply));
            foreach (var done in inFlight.Where(s => s.Done <= now).ToList())
            {
                scheduler.Complete(done.Chat, now);
                inFlight.Remove(done);
            }
            while (scheduler.TakeNext(now, out _) is { } row)
            {
                inFlight.Add((row.ChatId, now + latency));
                sends.Add((now, now + latency, row.Priority));
            }
        }

        Assert.Equal(limit * 6, sends.Count);
        foreach (var (taken, _, _) in sends)
        {
            var window = sends.Where(s => s.Done > taken.AddSeconds(-1) && s.Taken <= taken).ToList();
            Assert.True(window.Count <= limit, $"{window.Count} sends in the second before {taken:ss.fff}");
            Assert.True(window.Count(s => s.Priority != Priority.Reply) <= limit - reserve, $"{window.Count(s => s.Priority != Priority.Reply)} bulk sends in the second before {taken:ss.fff}");
        }
    }

    [Fact]
    public void A_stopped_broadcast_leaves_the_queue_at_once_and_the_rest_goes_on()
    {
        var scheduler = new SendScheduler(30, 3, TimeSpan.Zero);
        for (var id = 1; id <= 4; id++)
            scheduler.Add(Row(id, chat: id % 2) with { BroadcastId = "b1" });
        scheduler.Add(Row(5, chat: 1, Priority.Reminder));

        scheduler.Withdraw("b1");
        var taken = Enumerable.Range(0, 3).Select(i => scheduler.TakeNext(Start.AddSeconds(i), out _)?.Id).ToList();

        Assert.Equal([5, null, null], taken);
        Assert.Equal(0, scheduler.PendingCount);
    }

    [Fact]
    public void Replies_leave_at_once_up_to_the_whole_limit()
    {
        var scheduler = new SendScheduler(30, 3, TimeSpan.Zero);
        for (var id = 1; id <= 31; id++)
            scheduler.Add(Row(id, chat: id, Priority.Reply));

        var taken = Enumerable.Range(0, 31).Select(i => scheduler.TakeNext(Start, out _)).ToList();

        Assert.Equal(30, taken.Count(row => row is not null));
        Assert.Null(taken[^1]);
    }

    [Fact]
    public void Bulk_mail_leaves_the_reserve_to_replies_and_is_spread_over_the_second()
    {
        var scheduler = new SendScheduler(10, 3, TimeSpan.Zero);
        for (var id = 1; id <= 20; id++)
            scheduler.Add(Row(id, chat: id));
        var spacing = TimeSpan.FromSeconds(1) / 7;

        var bulk = new List<OutboxEntry?>();
        var wait = TimeSpan.Zero;
        for (var i = 0; i < 8; i++)
            bulk.Add(scheduler.TakeNext(Start + spacing * i, out wait));
        for (var id = 101; id <= 104; id++)
            scheduler.Add(Row(id, chat: id, Priority.Reply));
        var replies = Enumerable.Range(0, 4).Select(i => scheduler.TakeNext(Start + spacing * 7, out _)).ToList();

        Assert.Equal(7, bulk.Count(row => row is not null));
        Assert.Null(bulk[^1]);
        // Every bulk send is still in flight, and the dispatcher wakes when one completes.
        Assert.Equal(TimeSpan.FromSeconds(1), wait);
        Assert.Equal([101, 102, 103], replies.Take(3).Select(row => row!.Id));
        Assert.Null(replies[^1]);
    }

    [Fact]
    public void Replies_in_the_window_take_from_the_reserve_not_from_bulk_mail()
    {
        var scheduler = new SendScheduler(10, 3, TimeSpan.Zero);
        for (var id = 101; id <= 103; id++)
            scheduler.Add(Row(id, chat: id, Priority.Reply));
        for (var id = 1; id <= 20; id++)
            scheduler.Add(Row(id, chat: id));
        var spacing = TimeSpan.FromSeconds(1) / 7;

        var replies = Enumerable.Range(0, 3).Select(i => scheduler.TakeNext(Start, out _)).ToList();
        var bulk = Enumerable.Range(0, 8).Select(i => scheduler.TakeNext(Start + spacing * i, out _)).ToList();

        Assert.Equal([101, 102, 103], replies.Select(row => row!.Id));
        Assert.Equal(7, bulk.Count(row => row is not null));
        Assert.Null(bulk[^1]);
    }

    [Fact]
    public void Bulk_mail_waits_its_spacing_while_a_reply_goes_at_once()
    {
        var scheduler = new SendScheduler(4, 0, TimeSpan.Zero);
        scheduler.Add(Row(1, chat: 1));
        scheduler.Add(Row(2, chat: 2));

        Assert.Equal(1, scheduler.TakeNext(Start, out _)?.Id);
        Assert.Null(scheduler.TakeNext(Start.AddMilliseconds(100), out var wait));
        scheduler.Add(Row(3, chat: 3, Priority.Reply));
        var reply = scheduler.TakeNext(Start.AddMilliseconds(100), out _);

        Assert.Equal(TimeSpan.FromMilliseconds(150), wait);
        Assert.Equal(3, reply?.Id);
        Assert.Equal(2, scheduler.TakeNext(Start.AddMilliseconds(250), out _)?.Id);
    }

    [Fact]
    public void A_place_in_the_window_is_held_until_a_second_after_the_send_completes()
    {
        var scheduler = new SendScheduler(2, 0, TimeSpan.Zero);
        scheduler.Add(Row(1, chat: 1));
        scheduler.Add(Row(2, chat: 2));
        scheduler.Add(Row(3, chat: 3));
        Assert.NotNull(scheduler.TakeNext(Start, out _));
        Assert.NotNull(scheduler.TakeNext(Start.AddMilliseconds(500), out _));
        scheduler.Complete(1, Start.AddMilliseconds(300));
        scheduler.Complete(2, Start.AddMilliseconds(800));

        Assert.Null(scheduler.TakeNext(Start.AddSeconds(1), out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(300), wait);
        Assert.Equal(3, scheduler.TakeNext(Start.AddMilliseconds(1300), out _)?.Id);
    }

    [Fact]
    public void The_window_clears_a_second_after_the_last_completion()
    {
        var scheduler = new SendScheduler(10, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, scheduler.WindowClearsIn(Start));
        scheduler.Add(Row(1, chat: 1));
        scheduler.Add(Row(2, chat: 2));
        scheduler.TakeNext(Start, out _);
        scheduler.TakeNext(Start.AddMilliseconds(100), out _);
        scheduler.Complete(1, Start.AddMilliseconds(100));
        scheduler.Complete(2, Start.AddMilliseconds(400));

        Assert.Equal(TimeSpan.FromMilliseconds(900), scheduler.WindowClearsIn(Start.AddMilliseconds(500)));
        Assert.Equal(TimeSpan.Zero, scheduler.WindowClearsIn(Start.AddMilliseconds(1400)));
    }

    [Fact]
    public void Replies_go_before_reminders_before_broadcasts()
    {
        var scheduler = new SendScheduler(30, 0, TimeSpan.Zero);
        scheduler.Add(Row(1, chat: 1, Priority.Broadcast));
        scheduler.Add(Row(2, chat: 2, Priority.Broadcast));
        scheduler.Add(Row(3, chat: 3, Priority.Reminder));
        scheduler.Add(Row(4, chat: 4, Priority.Reply));

        var order = Enumerable.Range(0, 4).Select(i => scheduler.TakeNext(Start.AddMilliseconds(100 * i), out _)!.Id).ToList();

        Assert.Equal([4, 3, 1, 2], order);
    }

    [Fact]
    public void One_chat_gets_one_message_at_a_time_in_order()
    {
        var scheduler = new SendScheduler(30, 0, TimeSpan.Zero);
        scheduler.Add(Row(1, chat: 7));
        scheduler.Add(Row(2, chat: 7));
        scheduler.Add(Row(3, chat: 7));

        Assert.Equal(1, scheduler.TakeNext(Start, out _)?.Id);
        Assert.Null(scheduler.TakeNext(Start.AddSeconds(1), out _));
        scheduler.Complete(7, Start.AddSeconds(1));
        Assert.Equal(2, scheduler.TakeNext(Start.AddSeconds(1), out _)?.Id);
        scheduler.Complete(7, Start.AddSeconds(2));
        Assert.Equal(3, scheduler.TakeNext(Start.AddSeconds(2), out _)?.Id);
    }

    [Fact]
    public void The_per_chat_interval_holds_even_when_the_chat_had_nothing_left_in_between()
    {
        var scheduler = new SendScheduler(30, 0, TimeSpan.FromSeconds(1));
        scheduler.Add(Row(1, chat: 7));
        Assert.NotNull(scheduler.TakeNext(Start, out _));
        scheduler.Complete(7, Start.AddMilliseconds(50));

        scheduler.Add(Row(2, chat: 7));

        Assert.Null(scheduler.TakeNext(Start.AddMilliseconds(100), out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(900), wait);
        Assert.Equal(2, scheduler.TakeNext(Start.AddSeconds(1), out _)?.Id);
    }

    [Fact]
    public void Nothing_leaves_while_paused_not_even_rows_put_back_by_sends_that_were_in_flight()
    {
        var scheduler = new SendScheduler(30, 0, TimeSpan.Zero);
        scheduler.Add(Row(1, chat: 1));
        scheduler.Add(Row(2, chat: 2));
        scheduler.Add(Row(3, chat: 3));
        var first = scheduler.TakeNext(Start, out _)!;
        var second = scheduler.TakeNext(Start.AddMilliseconds(50), out _)!;

        // The first send got 429 retry_after 5; the second, already in flight, got 429 as well.
        scheduler.PauseUntil(Start.AddSeconds(5));
        scheduler.Complete(1, Start.AddMilliseconds(100), first);
        scheduler.Complete(2, Start.AddMilliseconds(120), second);
        scheduler.Add(Row(4, chat: 4, Priority.Reply));

        Assert.Null(scheduler.TakeNext(Start.AddSeconds(1), out var wait));
        Assert.Equal(TimeSpan.FromSeconds(4), wait);
        Assert.Null(scheduler.TakeNext(Start.AddMilliseconds(4999), out _));
        var after = Enumerable.Range(0, 4).Select(i => scheduler.TakeNext(Start.AddSeconds(5).AddMilliseconds(100 * i), out _)!.Id).ToList();
        Assert.Equal([4, 1, 2, 3], after);
    }

    [Fact]
    public void A_row_handed_over_twice_is_sent_once()
    {
        var scheduler = new SendScheduler(30, 0, TimeSpan.Zero);
        scheduler.Add(Row(1, chat: 1));
        scheduler.Add(Row(1, chat: 1));
        Assert.Equal(1, scheduler.PendingCount);

        Assert.Equal(1, scheduler.TakeNext(Start, out _)?.Id);
        scheduler.Add(Row(1, chat: 1));
        scheduler.Complete(1, Start);

        Assert.Null(scheduler.TakeNext(Start.AddSeconds(2), out _));
        Assert.Equal(0, scheduler.PendingCount);
    }

    [Fact]
    public void A_retried_row_waits_for_its_attempt_and_holds_back_later_rows_of_its_chat()
    {
        var scheduler = new SendScheduler(30, 0, TimeSpan.Zero);
        scheduler.Add(Row(1, chat: 7));
        scheduler.Add(Row(2, chat: 7));
        var first = scheduler.TakeNext(Start, out _)!;
        scheduler.Complete(7, Start, first with { NextAttemptUtc = Start.AddSeconds(2).UtcDateTime });

        Assert.Null(scheduler.TakeNext(Start.AddSeconds(1), out var wait));
        Assert.Equal(TimeSpan.FromSeconds(1), wait);
        Assert.Equal(1, scheduler.TakeNext(Start.AddSeconds(2), out _)?.Id);
    }

    private static OutboxEntry Row(long id, long chat, Priority priority = Priority.Broadcast) => new()
    {
        Id = id,
        ChatId = chat,
        Text = $"message {id}",
        Priority = priority,
        NextAttemptUtc = Start.UtcDateTime,
    };
}
