using LiteDB;
using Par.Core.Reminders;

namespace Par.Core.Storage;

internal sealed class LiteReminderSlotLog(ParDatabase db) : IReminderSlotLog
{
    private const string SlotUtc = "SlotUtc";
    private readonly ILiteCollection<BsonDocument> _slots = db.Collection<BsonDocument>(DossierCollections.ReminderSlots);

    public DateTimeOffset? LastHandled(string schedule) =>
        _slots.FindById(schedule) is { } document ? new DateTimeOffset(StoredTime.Utc(document[SlotUtc])) : null;

    public void MarkHandled(string schedule, DateTimeOffset slot) =>
        _slots.Upsert(new BsonDocument { ["_id"] = schedule, [SlotUtc] = slot.UtcDateTime });
}
