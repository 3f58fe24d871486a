using Par.Bot.Handlers.Routing;
using Par.Core.Conversations;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Bot.Handlers.Units;

/// <summary>
/// <c>/units merge NEW "Name" group OLD1 OLD2 …</c>: shows what the merger would do (see <see cref="UnitMergeService"/>)
/// and changes nothing; <see cref="UnitMergeButtons"/> applies it once confirmed.
/// </summary>
public sealed class UnitMergeSubcommand(UnitMergeService merges, UnitService unitService, IConversationStore conversations, TimeProvider clock)
{
    /// <param name="args">The /units arguments, <c>merge</c> first.</param>
    public void Handle(BotContext context, IReadOnlyList<string> args)
    {
        if (args.Count < 5)
        {
            context.Reply(context.T.UnitsUsage(unitService.Groups));
            return;
        }

        var pending = new PendingMerge
        {
            Token = Guid.NewGuid().ToString("N")[..10],
            NewCode = args[1],
            Name = args[2],
            Group = args[3],
            OldCodes = [.. args.Skip(4)],
        };
        var result = merges.Plan(pending.NewCode, pending.Name, pending.Group, pending.OldCodes);
        if (result.Merge is not { } merge)
        {
            context.Reply(context.T.UnitMergeRefused(result.Problems, unitService.Groups));
            return;
        }

        conversations.Save(pending.ToConversation(context.UserId, clock.GetUtcNow().UtcDateTime));
        context.Reply(context.T.UnitMergePreview(merge, unitService.Groups.Of(merge.Merged.Group)),
        [
            [
                new Button(context.T.UnitMergeConfirmButton, UnitMergeButtons.Confirm(pending.Token)),
                new Button(context.T.UnitMergeCancelButton, UnitMergeButtons.Cancel(pending.Token)),
            ],
        ]);
    }
}
