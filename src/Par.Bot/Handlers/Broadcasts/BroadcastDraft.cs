using System.Globalization;
using Par.Core.Broadcasts;
using Par.Core.Conversations;
using Par.Core.Outbox;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>An announcement being composed, kept in the admin's conversation so it survives a restart.</summary>
public sealed record BroadcastDraft
{
    public const string Flow = "broadcast";

    /// <summary>Becomes the broadcast's id: confirming twice finds it already sent.</summary>
    public required string Id { get; init; }
    public string Step { get; init; } = BroadcastStep.Content;
    public string Html { get; init; } = "";
    public string Summary { get; init; } = "";
    public Attachment? Attachment { get; init; }
    public AudienceScope Scope { get; init; }
    public string? Group { get; init; }
    public IReadOnlyList<string> Units { get; init; } = [];
    public bool HeadsOnly { get; init; }
    /// <summary>The page of the unit picker.</summary>
    public int Page { get; init; }

    public BroadcastAudience Audience => new() { Scope = Scope, Group = Group, Units = Units, HeadsOnly = HeadsOnly };

    public static BroadcastDraft? From(Conversation? conversation)
    {
        if (conversation is not { Flow: Flow } || conversation.Data.GetValueOrDefault("id") is not { } id)
            return null;
        var data = conversation.Data;
        return new BroadcastDraft
        {
            Id = id,
            Step = conversation.Step,
            Html = data.GetValueOrDefault("html") ?? "",
            Summary = data.GetValueOrDefault("summary") ?? "",
            Attachment = data.GetValueOrDefault("file") is { } fileId && Enum.TryParse<AttachmentKind>(data.GetValueOrDefault("kind"), out var kind)
                ? new Attachment { Kind = kind, FileId = fileId, FileName = data.GetValueOrDefault("name") ?? "file" }
                : null,
            Scope = Enum.TryParse<AudienceScope>(data.GetValueOrDefault("scope"), out var scope) ? scope : AudienceScope.All,
            Group = data.GetValueOrDefault("group"),
            Units = (data.GetValueOrDefault("units") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
            HeadsOnly = data.GetValueOrDefault("heads") == "1",
            Page = int.TryParse(data.GetValueOrDefault("page"), CultureInfo.InvariantCulture, out var page) ? page : 0,
        };
    }

    public Conversation ToConversation(long userId, DateTime nowUtc)
    {
        var data = new Dictionary<string, string>
        {
            ["id"] = Id,
            ["html"] = Html,
            ["summary"] = Summary,
            ["scope"] = Scope.ToString(),
            ["units"] = string.Join(',', Units),
            ["heads"] = HeadsOnly ? "1" : "0",
            ["page"] = Page.ToString(CultureInfo.InvariantCulture),
        };
        if (Group is not null)
            data["group"] = Group;
        if (Attachment is { FileId: { } fileId } attachment)
        {
            data["kind"] = attachment.Kind.ToString();
            data["file"] = fileId;
            data["name"] = attachment.FileName;
        }
        return new Conversation { UserId = userId, Flow = Flow, Step = Step, Data = data, UpdatedUtc = nowUtc };
    }
}
