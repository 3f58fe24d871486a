namespace Par.Core.Outbox;

/// <summary>
/// Where committed outbox rows go to be sent: the transport implements it, and only <see cref="IOutbox"/> calls it.
/// Rows left pending by a crash reach it from the store at start instead.
/// </summary>
public interface IOutboxGateway
{
    void HandOver(IReadOnlyList<OutboxEntry> stored);
}
