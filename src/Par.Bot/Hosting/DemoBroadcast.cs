using Par.Bot.Handlers.Broadcasts;
using Par.Bot.Texts;
using Par.Core;
using Par.Core.Broadcasts;
using Par.Core.Outbox;

namespace Par.Bot.Hosting;

/// <summary>
/// A broadcast already sent and finished, so <c>/broadcast status</c> has something to show: launched like a real
/// one to the communes' members, every row recorded as delivered (the demo members are not real Telegram users, so
/// nothing may go out to them), half of them acknowledged, and the admin's report recorded as sent.
/// </summary>
public sealed class DemoBroadcast(BroadcastLauncher launcher, IBroadcastStore broadcasts, IOutboxStore outbox, TimeProvider clock, ProvinceClock province)
{
    /// <summary>The broadcast, or null when no demo member belongs to a commune.</summary>
    public Broadcast? Seed()
    {
        var launched = launcher.Launch(new BroadcastRequest
        {
            Id = BroadcastKeys.NewId(),
            AdminChatId = DemoProvince.AdminId,
            Html = DemoProvince.Broadcast,
            Summary = DemoProvince.BroadcastSummary,
            Audience = new BroadcastAudience { Scope = AudienceScope.Group, Group = "commune" },
        });
        if (launched is null)
            return null;

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = outbox.ListByBroadcast(launched.Id);
        foreach (var row in rows)
            outbox.Update(row with { Status = OutboxStatus.Sent, Attempts = 1, SentUtc = now });
        foreach (var row in rows.Where((_, i) => i % 2 == 0))
            broadcasts.Acknowledge(launched.Id, row.ChatId, now);

        var progress = broadcasts.Progress(launched.Id);
        var finished = launched with { Delivered = progress.Delivered, Blocked = progress.Blocked, Failed = progress.Failed, FinishedUtc = now };
        var t = TextsProvider.For(Language.Vi);
        var report = new OutgoingMessage
        {
            ChatId = DemoProvince.AdminId,
            Text = t.BroadcastReport(t.BroadcastName(finished, province.ToLocal(finished.CreatedUtc)), finished, now - launched.CreatedUtc),
            Priority = Priority.Reminder,
            DedupeKey = BroadcastKeys.Report(launched.Id),
        };
        foreach (var row in broadcasts.Finish(finished, report))
            outbox.Update(row with { Status = OutboxStatus.Sent, Attempts = 1, SentUtc = now });
        return broadcasts.Find(launched.Id);
    }
}
