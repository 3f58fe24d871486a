using Par.Core.Outbox;

namespace Par.Core.Broadcasts;

public interface IBroadcastStore
{
    /// <summary>
    /// Stores the broadcast and its outbox rows (one per recipient) in one transaction and returns the rows, which
    /// the outbox sends once committed;
    /// returns nothing and changes nothing when a broadcast with this id exists (a repeated confirmation).
    /// </summary>
    IReadOnlyList<OutboxEntry> Create(Broadcast broadcast, IEnumerable<OutgoingMessage> rows);
    Broadcast? Find(string id);
    /// <summary>The latest broadcasts, newest first.</summary>
    IReadOnlyList<Broadcast> ListRecent(int count);
    /// <summary>Broadcasts not finished yet.</summary>
    IReadOnlyList<Broadcast> ListUnfinished();
    BroadcastProgress Progress(string id);
    /// <summary>Stores the final counts and queues the report (sent once committed) in one transaction; nothing when it is already finished.</summary>
    IReadOnlyList<OutboxEntry> Finish(Broadcast finished, OutgoingMessage report);
    AcknowledgeOutcome Acknowledge(string id, long chatId, DateTime nowUtc);
    int CountAcknowledged(string id);
    /// <summary>Chats the broadcast was delivered to that have not acknowledged it.</summary>
    IReadOnlyList<long> ListUnacknowledged(string id);
    /// <summary>Queues a reminder round's rows (sent once committed) and records the round in one transaction.</summary>
    IReadOnlyList<OutboxEntry> Remind(string id, int round, IEnumerable<OutgoingMessage> rows);
}
