namespace Par.Core.Broadcasts;

/// <summary>A recipient pressed "received" under an announcement.</summary>
public sealed record Acknowledgement
{
    /// <summary>"{broadcast id}:{chat id}": one per recipient.</summary>
    public required string Id { get; init; }
    public required string BroadcastId { get; init; }
    public required long ChatId { get; init; }
    public DateTime AtUtc { get; init; }
}
