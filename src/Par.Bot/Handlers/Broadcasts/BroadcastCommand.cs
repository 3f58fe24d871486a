using Microsoft.Extensions.Options;
using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Core.Access;
using Par.Core.Broadcasts;
using Par.Core.Outbox;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>/broadcast starts composing an announcement (BroadcastFlow takes it from there); /broadcast status lists recent ones.</summary>
public sealed class BroadcastCommand(
    BroadcastDrafts drafts,
    IBroadcastStore store,
    IOptions<BroadcastOptions> options,
    ProvinceClock clock) : ICommand
{
    public string Name => "broadcast";
    public Permission Permission => Permission.Broadcast;

    public Task HandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        switch (context.Args.Trim().ToLowerInvariant())
        {
            case "":
                // One draft per admin: a new one replaces an unsent one, and says so.
                var previous = drafts.Find(context.UserId);
                drafts.Save(context.UserId, new BroadcastDraft { Id = BroadcastKeys.NewId() });
                context.Reply(previous is { Step: not BroadcastStep.Content }
                    ? context.T.BroadcastDraftReplaced(previous.Summary) + "\n\n" + context.T.BroadcastAskContent
                    : context.T.BroadcastAskContent);
                break;
            case "status":
                Status(context);
                break;
            default:
                context.Reply(context.T.BroadcastUsage);
                break;
        }
        return Task.CompletedTask;
    }

    private void Status(BotContext context)
    {
        var recent = store.ListRecent(options.Value.StatusCount);
        var lines = recent
            .Select(b => new BroadcastStatusLine(b, store.Progress(b.Id), store.CountAcknowledged(b.Id), clock.ToLocal(b.CreatedUtc)))
            .ToList();
        var buttons = recent
            .Select(b => (IReadOnlyList<Button>)[new Button(
                context.T.BroadcastStatusButton(context.T.BroadcastName(b, clock.ToLocal(b.CreatedUtc))), BroadcastCallbacks.Unacknowledged(b.Id))])
            .ToList();
        context.Reply(context.T.BroadcastStatus(lines), buttons);
    }
}
