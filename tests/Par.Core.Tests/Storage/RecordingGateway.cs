using Par.Core.Outbox;

namespace Par.Core.Tests.Storage;

/// <summary>Stands in for the transport: keeps the rows handed over, in order.</summary>
internal sealed class RecordingGateway : IOutboxGateway
{
    private readonly List<OutboxEntry> _handedOver = [];

    public IReadOnlyList<OutboxEntry> HandedOver => _handedOver;

    public void HandOver(IReadOnlyList<OutboxEntry> stored) => _handedOver.AddRange(stored);
}
