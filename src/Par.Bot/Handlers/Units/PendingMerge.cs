using Par.Core.Conversations;

namespace Par.Bot.Handlers.Units;

/// <summary>
/// A merger the admin has previewed and not yet confirmed, kept in their conversation: only the words they typed,
/// so the confirmation checks everything again against the units as they are then.
/// </summary>
public sealed record PendingMerge
{
    public const string Flow = "unit-merge";

    /// <summary>Carried by the preview's buttons: a button under an older preview finds no match.</summary>
    public required string Token { get; init; }
    public required string NewCode { get; init; }
    public required string Name { get; init; }
    public required string Group { get; init; }
    public required IReadOnlyList<string> OldCodes { get; init; }

    public static PendingMerge? From(Conversation? conversation)
    {
        if (conversation is not { Flow: Flow } || conversation.Data is not { } data || data.GetValueOrDefault("token") is not { } token)
            return null;
        return new PendingMerge
        {
            Token = token,
            NewCode = data.GetValueOrDefault("code") ?? "",
            Name = data.GetValueOrDefault("name") ?? "",
            Group = data.GetValueOrDefault("group") ?? "",
            OldCodes = (data.GetValueOrDefault("old") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
        };
    }

    public Conversation ToConversation(long userId, DateTime nowUtc) => new()
    {
        UserId = userId,
        Flow = Flow,
        Data = new Dictionary<string, string>
        {
            ["token"] = Token,
            ["code"] = NewCode,
            ["name"] = Name,
            ["group"] = Group,
            ["old"] = string.Join(' ', OldCodes),
        },
        UpdatedUtc = nowUtc,
    };
}
