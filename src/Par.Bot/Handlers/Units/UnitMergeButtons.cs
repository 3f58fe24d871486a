using Par.Bot.Handlers.Routing;
using Par.Bot.Texts;
using Par.Core.Access;
using Par.Core.Conversations;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Bot.Handlers.Units;

/// <summary>
/// The buttons under a merger's preview: confirm checks the merger again and applies it, then tells each moved
/// member; cancel drops it. Either ends the pending merger, so a second press finds nothing to do.
/// </summary>
public sealed class UnitMergeButtons(UnitMergeService merges, UnitService unitService, IConversationStore conversations) : ICallbackHandler
{
    public const string Prefix = "umg";

    string ICallbackHandler.Prefix => Prefix;
    public Permission Permission => Permission.ManageUnits;

    public static string Confirm(string token) => $"{Prefix}:ok:{token}";

    public static string Cancel(string token) => $"{Prefix}:no:{token}";

    public Task HandleAsync(BotContext context, string payload, CancellationToken cancellationToken)
    {
        var parts = payload.Split(':', 2);
        var pending = PendingMerge.From(conversations.Find(context.UserId));
        if (pending is null || parts.Length != 2 || parts[1] != pending.Token || parts[0] is not ("ok" or "no"))
        {
            context.CallbackAnswer = context.T.ButtonExpired;
            return Task.CompletedTask;
        }

        conversations.Clear(context.UserId);
        if (parts[0] == "no")
            context.EditPressed(context.T.UnitMergeCancelled);
        else
            Apply(context, pending);
        return Task.CompletedTask;
    }

    private void Apply(BotContext context, PendingMerge pending)
    {
        var result = merges.Merge(pending.NewCode, pending.Name, pending.Group, pending.OldCodes);
        if (result.Merge is not { } merge)
        {
            // Someone changed the units since the preview.
            context.EditPressed(context.T.UnitMergeRefused(result.Problems, unitService.Groups));
            return;
        }

        context.EditPressed(context.T.UnitsMerged(merge.Merged, unitService.Groups.Of(merge.Merged.Group), merge.Archived, merge.Moved.Count));
        foreach (var member in merge.Moved.Where(m => m.ChatId != context.ChatId))
        {
            var texts = member.Language is { } code ? TextsProvider.For(code) : context.T;
            context.Send(new OutgoingMessage { ChatId = member.ChatId, Text = texts.YourUnitWasMerged(merge.Merged) });
        }
    }
}
