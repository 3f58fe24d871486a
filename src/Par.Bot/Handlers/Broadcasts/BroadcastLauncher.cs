using Microsoft.Extensions.Options;
using Par.Bot.Hosting;
using Par.Bot.Texts;
using Par.Core.Broadcasts;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>
/// Starts a broadcast: works out the recipients, stores the broadcast and one outbox row per recipient in one
/// transaction before anything is sent; the outbox sends them once committed. The confirm button calls it; so can
/// a script or a benchmark, without the button flow.
/// </summary>
public sealed class BroadcastLauncher(
    IBroadcastStore store,
    IUnitStore units,
    IMemberStore members,
    BroadcastTracker tracker,
    IOptions<BotOptions> options,
    ProvinceClock clock)
{
    public RecipientPlan Plan(BroadcastAudience audience) => RecipientPlanner.Plan(audience, units.List(), members.ListAll());

    /// <summary>
    /// The broadcast as stored, or null when the audience reaches nobody. A request whose id was launched
    /// before queues nothing more and returns the existing broadcast.
    /// </summary>
    public Broadcast? Launch(BroadcastRequest request)
    {
        if (store.Find(request.Id) is { } existing)
            return existing;
        var plan = Plan(request.Audience);
        if (plan.Recipients.Count == 0)
            return null;
        var now = clock.LocalNow;
        var broadcast = new Broadcast
        {
            Id = request.Id,
            Year = now.Year,
            AdminChatId = request.AdminChatId,
            Html = request.Html,
            Summary = request.Summary,
            Attachment = request.Attachment,
            Audience = request.Audience,
            CreatedUtc = now.UtcDateTime,
            ProgressMessageId = request.ProgressMessageId,
            Skipped = plan.Unreachable.Count,
            SkippedChats = [.. plan.Unreachable.Select(member => member.ChatId)],
        };
        store.Create(broadcast, plan.Recipients.Select(member => Row(broadcast, member)));
        tracker.Poke();
        return store.Find(broadcast.Id);
    }

    private OutgoingMessage Row(Broadcast broadcast, Member member) => new()
    {
        ChatId = member.ChatId,
        Text = broadcast.Html,
        Attachment = broadcast.Attachment,
        Buttons = [[new Button(TextsFor(member).AcknowledgeButton, BroadcastCallbacks.Acknowledge(broadcast.Id))]],
        Priority = Priority.Broadcast,
        DedupeKey = BroadcastKeys.Row(broadcast.Id, member.ChatId),
        BroadcastId = broadcast.Id,
    };

    private ITexts TextsFor(Member member) => TextsProvider.For(member.Language ?? options.Value.DefaultLanguage);
}
