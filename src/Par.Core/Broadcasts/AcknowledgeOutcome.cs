namespace Par.Core.Broadcasts;

public enum AcknowledgeOutcome
{
    Recorded,
    AlreadyRecorded,
    /// <summary>The broadcast is unknown or was not sent to this chat.</summary>
    NotRecipient,
}
