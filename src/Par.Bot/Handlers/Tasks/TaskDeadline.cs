using Par.Core.Dossiers;

namespace Par.Bot.Handlers.Tasks;

/// <summary>A deadline as officials type it (<c>2025-05-20</c>, <c>20/05/2025 17:00</c>) in the province's zone; a date alone means the end of that day.</summary>
public static class TaskDeadline
{
    public static bool TryParse(string text, TimeZoneInfo zone, out DateTime utc) =>
        LocalDateParser.TryParse(text, zone, DateOnlyMeaning.EndOfDay, out utc);
}
