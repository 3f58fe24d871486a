namespace Par.Bot.Handlers.Broadcasts;

/// <summary>Where an admin is in composing a broadcast (stored as the conversation's step).</summary>
public static class BroadcastStep
{
    public const string Content = "content";
    public const string Audience = "audience";
    public const string Units = "units";
    public const string Members = "members";
    public const string Confirm = "confirm";
}
