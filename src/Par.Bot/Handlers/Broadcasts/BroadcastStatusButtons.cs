using System.Globalization;
using Microsoft.Extensions.Options;
using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Texts;
using Par.Core.Access;
using Par.Core.Broadcasts;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>
/// Who has not acknowledged a broadcast, and one button to remind exactly them (each reminder round once);
/// who did not get it at all, as a message or, when long, as a spreadsheet.
/// </summary>
public sealed class BroadcastStatusButtons(
    IBroadcastStore store,
    IMemberStore members,
    IUnitStore units,
    ProvinceClock clock,
    IOptions<BotOptions> options) : ICallbackHandler
{
    /// <summary>Longer lists come as a file: a message of names stays readable, and the office can sort or print the file.</summary>
    public const int UndeliveredInMessage = 30;

    public string Prefix => BroadcastCallbacks.StatusPrefix;
    public Permission Permission => Permission.Broadcast;

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        var parts = payload.Split(':');
        var broadcast = parts.Length >= 2 ? store.Find(parts[1]) : null;
        if (broadcast is null)
            context.CallbackAnswer = context.T.ButtonExpired;
        else if (parts is ["u", _])
            ListUnacknowledged(context, broadcast);
        else if (parts is ["f", _])
            ListUndelivered(context, broadcast);
        else if (parts is ["r", _, var round] && int.TryParse(round, CultureInfo.InvariantCulture, out var n) && n > 0)
            Remind(context, broadcast, n);
        else
            context.CallbackAnswer = context.T.ButtonExpired;
        return Task.CompletedTask;
    }

    private void ListUnacknowledged(BotContext context, Broadcast broadcast)
    {
        var pending = store.ListUnacknowledged(broadcast.Id).Select(chat => MemberOf(chat, context.T)).ToList();
        var buttons = pending.Count == 0
            ? []
            : new[] { new[] { new Button(context.T.BroadcastRemindButton(pending.Count), BroadcastCallbacks.Remind(broadcast.Id, broadcast.Reminders + 1)) } };
        context.Reply(context.T.BroadcastUnacknowledged(NameOf(broadcast, context.T), broadcast, pending), buttons);
    }

    private void ListUndelivered(BotContext context, Broadcast broadcast)
    {
        var lines = store.ListUndelivered(broadcast.Id)
            .Select(u => members.Find(u.ChatId) is { } member
                ? new UndeliveredLine(member, member.UnitCode is { } code ? units.Find(code) : null, u.Reason)
                : new UndeliveredLine(null, null, u.Reason))
            .ToList();
        var name = NameOf(broadcast, context.T);
        if (lines.Count <= UndeliveredInMessage)
            context.Reply(context.T.BroadcastUndelivered(name, lines));
        else
            context.ReplyWith(UndeliveredSheet.Build(lines, context.T), context.T.BroadcastUndeliveredCaption(name, lines.Count));
    }

    /// <summary>One row per person still silent, keyed by round: pressing the same button again queues nothing.</summary>
    private void Remind(BotContext context, Broadcast broadcast, int round)
    {
        var rows = store.ListUnacknowledged(broadcast.Id)
            .Select(chat => MemberOf(chat, context.T))
            .Where(m => !m.Unreachable)
            .Select(m => new OutgoingMessage
            {
                ChatId = m.ChatId,
                Text = TextsFor(m).BroadcastReminder(broadcast.Summary),
                Buttons = [[new Button(TextsFor(m).AcknowledgeButton, BroadcastCallbacks.Acknowledge(broadcast.Id))]],
                Priority = Priority.Broadcast,
                DedupeKey = BroadcastKeys.Reminder(broadcast.Id, m.ChatId, round),
            });
        var stored = store.Remind(broadcast.Id, round, rows);
        context.Reply(context.T.BroadcastReminded(stored.Count));
    }

    /// <summary>The stored member, or someone who has left since: still reminded by chat, shown without an id.</summary>
    private Member MemberOf(long chatId, ITexts t) => members.Find(chatId) ?? new Member { UserId = chatId, ChatId = chatId, Name = t.FormerMember };

    private string NameOf(Broadcast broadcast, ITexts t) => t.BroadcastName(broadcast, clock.ToLocal(broadcast.CreatedUtc));

    private ITexts TextsFor(Member member) => TextsProvider.For(member.Language ?? options.Value.DefaultLanguage);
}
