namespace Par.Core.Conversations;

/// <summary>Where a user is in a multi-step flow; stored so a restart does not lose it.</summary>
public sealed record Conversation
{
    public required long UserId { get; init; }
    public required string Flow { get; init; }
    public string Step { get; init; } = "";
    public Dictionary<string, string> Data { get; init; } = [];
    public DateTime UpdatedUtc { get; init; }
}
