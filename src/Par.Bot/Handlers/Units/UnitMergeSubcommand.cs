using Par.Bot.Handlers.Routing;
using Par.Bot.Texts;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Bot.Handlers.Units;

/// <summary>
/// <c>/units merge NEW "Name" group OLD1 OLD2 …</c>: merges units into a new one (see <see cref="UnitMergeService"/>)
/// and tells each moved member.
/// </summary>
public sealed class UnitMergeSubcommand(UnitMergeService merges, UnitService unitService)
{
    /// <param name="args">The /units arguments, <c>merge</c> first.</param>
    public void Handle(BotContext context, IReadOnlyList<string> args)
    {
        if (args.Count < 5)
        {
            context.Reply(context.T.UnitsUsage(unitService.Groups));
            return;
        }

        var result = merges.Merge(args[1], args[2], args[3], [.. args.Skip(4)]);
        if (result.Merge is not { } merge)
        {
            context.Reply(context.T.UnitMergeRefused(result.Problems, unitService.Groups));
            return;
        }

        context.Reply(context.T.UnitsMerged(merge.Merged, unitService.Groups.Of(merge.Merged.Group), merge.Archived, merge.Moved.Count));
        foreach (var member in merge.Moved.Where(m => m.ChatId != context.ChatId))
        {
            var texts = member.Language is { } code ? TextsProvider.For(code) : context.T;
            context.Send(new OutgoingMessage { ChatId = member.ChatId, Text = texts.YourUnitWasMerged(merge.Merged) });
        }
    }
}
