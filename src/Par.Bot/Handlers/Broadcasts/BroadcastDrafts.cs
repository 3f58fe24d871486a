using Par.Core.Conversations;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>
/// Where an admin's broadcast draft lives: in the draft store, so that other commands (the router ends the current
/// conversation on each) and other flows leave it until it is sent or cancelled, or until <see cref="Lifetime"/>
/// after its last change. The current conversation also points at the broadcast flow, so that what the admin types
/// (the content, unit codes) reaches it, unless the admin has since started another flow: then only the draft's
/// buttons lead back to it.
/// </summary>
public sealed class BroadcastDrafts(IDraftStore drafts, IConversationStore conversations, TimeProvider clock)
{
    /// <summary>Long enough for an admin to come back to a draft the next working day; stated in the preview.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>The admin's draft, or null when there is none or it expired (then it is forgotten).</summary>
    public BroadcastDraft? Find(long userId)
    {
        var stored = drafts.Find(userId);
        if (stored is not null && stored.UpdatedUtc + Lifetime <= clock.GetUtcNow().UtcDateTime)
        {
            Clear(userId);
            return null;
        }
        return BroadcastDraft.From(stored);
    }

    /// <summary>Stores the draft as it now is and makes the broadcast flow the admin's conversation, if no other is.</summary>
    public BroadcastDraft Save(long userId, BroadcastDraft draft)
    {
        var conversation = draft.ToConversation(userId, clock.GetUtcNow().UtcDateTime);
        drafts.Save(conversation);
        if (conversations.Find(userId) is null or { Flow: BroadcastDraft.Flow })
            conversations.Save(conversation with { Data = [] });
        return draft;
    }

    /// <summary>When a draft saved now expires.</summary>
    public DateTime ExpiresUtc() => clock.GetUtcNow().UtcDateTime + Lifetime;

    /// <summary>Forgets the draft, and the conversation if it is the broadcast flow's.</summary>
    public void Clear(long userId)
    {
        drafts.Clear(userId);
        if (conversations.Find(userId) is { Flow: BroadcastDraft.Flow })
            conversations.Clear(userId);
    }
}
