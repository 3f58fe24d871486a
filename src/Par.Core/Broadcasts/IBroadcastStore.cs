using Par.Core.Outbox;

namespace Par.Core.Broadcasts;

public interface IBroadcastStore
{
    /// <summary>
    /// Stores the broadcast and its outbox rows (one per recipient) in one transaction and returns the rows, which
    /// the outbox sends once committed; the broadcast gets the next <see cref="Broadcast.Number"/> of its
    /// <see cref="Broadcast.Year"/> in the same transaction, so two created at once never share one.
    /// Returns nothing and changes nothing when a broadcast with this id exists (a repeated confirmation).
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
    /// <summary>
    /// Stops a broadcast still sending: its announcements not sent yet are withdrawn and the
    /// stop recorded, in one transaction; returns how many were withdrawn, or null when it had finished or was stopped.
    /// </summary>
    int? Stop(string id, long stoppedBy, DateTime nowUtc);
    /// <summary>Records the chat's acknowledgement once; pressing again returns the first press's time.</summary>
    AcknowledgeResult Acknowledge(string id, long chatId, DateTime nowUtc);
    /// <summary>The announcement or reminder of this broadcast that the chat received as Telegram message <paramref name="messageId"/>.</summary>
    OutboxEntry? FindDelivered(string id, long chatId, int messageId);
    int CountAcknowledged(string id);
    /// <summary>Chats the broadcast was delivered to that have not acknowledged it.</summary>
    IReadOnlyList<long> ListUnacknowledged(string id);
    /// <summary>Who did not get it: skipped at the start for having blocked the bot, then blocked or failed while sending.</summary>
    IReadOnlyList<UndeliveredRecipient> ListUndelivered(string id);
    /// <summary>Queues a reminder round's rows (sent once committed) and records the round in one transaction.</summary>
    IReadOnlyList<OutboxEntry> Remind(string id, int round, IEnumerable<OutgoingMessage> rows);
}
