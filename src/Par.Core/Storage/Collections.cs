namespace Par.Core.Storage;

/// <summary>Names of the LiteDB collections, in one place.</summary>
internal static class Collections
{
    public const string Units = "units";
    public const string Members = "members";
    public const string Invites = "invites";
    public const string Conversations = "conversations";
    public const string Drafts = "drafts";
    public const string Outbox = "outbox";
    public const string HandledUpdates = "handled_updates";
    public const string Settings = "settings";
}
