namespace Par.Core.Broadcasts;

/// <summary>Someone a broadcast was meant for who did not get it.</summary>
public sealed record UndeliveredRecipient(long ChatId, UndeliveredReason Reason);
