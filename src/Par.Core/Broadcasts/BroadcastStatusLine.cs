namespace Par.Core.Broadcasts;

/// <summary>One broadcast in the admin's status list.</summary>
public sealed record BroadcastStatusLine(Broadcast Broadcast, BroadcastProgress Progress, int Acknowledged, DateTimeOffset CreatedLocal);
