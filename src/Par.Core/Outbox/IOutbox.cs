namespace Par.Core.Outbox;

/// <summary>
/// The one way a message leaves: it is stored in the outbox, then handed to the gateway that sends it, so a message
/// can neither go out unstored nor sit stored until the next restart.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Stores the messages (skipping any whose dedupe key is already stored) and returns the stored rows. Called inside a
    /// transaction the caller has open, the rows are part of it and reach the gateway when it commits, never if it rolls back.
    /// </summary>
    IReadOnlyList<OutboxEntry> Send(IEnumerable<OutgoingMessage> messages);
}
