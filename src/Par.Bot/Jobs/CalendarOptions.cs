namespace Par.Bot.Jobs;

/// <summary>
/// The province's days off besides weekends: Tết and the other lunar holidays by date per year, the national
/// holidays, and the weekdays the government swaps into a holiday (<c>yyyy-MM-dd</c>).
/// </summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    public List<string> Holidays { get; set; } = [];
}
