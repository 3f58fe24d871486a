using System.Globalization;
using Microsoft.Extensions.Options;
using Par.Core.Calendar;

namespace Par.Bot.Jobs;

/// <summary>Refuses a holiday that is not a <c>yyyy-MM-dd</c> date, naming its key, and builds the calendar from good ones.</summary>
internal sealed class CalendarOptionsValidator : IValidateOptions<CalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendarOptions options)
    {
        for (var i = 0; i < options.Holidays.Count; i++)
        {
            if (!TryParse(options.Holidays[i], out _))
                return ValidateOptionsResult.Fail($"{CalendarOptions.Section}:Holidays:{i} '{options.Holidays[i]}' is not a date written yyyy-MM-dd (e.g. \"2026-02-16\").");
        }
        return ValidateOptionsResult.Success;
    }

    public static WorkingCalendar CalendarOf(CalendarOptions options) =>
        new(options.Holidays.Select(text => TryParse(text, out var day) ? day : (DateOnly?)null).OfType<DateOnly>());

    private static bool TryParse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
