using Microsoft.Extensions.Options;

namespace Par.Core.Emulation;

/// <summary>
/// Refuses weights that would make the table unfair at start, naming the key: shares outside 0–1, a coordinator's
/// share above the lead's, points out of ±1000, or lateness paying more than being on time.
/// </summary>
public sealed class EmulationOptionsValidator : IValidateOptions<EmulationOptions>
{
    public const decimal MaxPoints = 1000;

    public ValidateOptionsResult Validate(string? name, EmulationOptions options)
    {
        var section = EmulationOptions.Section;
        foreach (var (key, value) in Shares(options))
        {
            if (value is < 0 or > 1)
                return ValidateOptionsResult.Fail($"{section}:{key} must be between 0 and 1, not {value}.");
        }
        if (options.CoordinatorShare > options.LeadShare)
            return ValidateOptionsResult.Fail($"{section}:CoordinatorShare ({options.CoordinatorShare}) must not exceed {section}:LeadShare ({options.LeadShare}).");
        foreach (var (key, value) in Points(options))
        {
            if (Math.Abs(value) > MaxPoints)
                return ValidateOptionsResult.Fail($"{section}:{key} must be between -{MaxPoints} and {MaxPoints}, not {value}.");
        }
        foreach (var priority in (string[])["Normal", "Important", "Urgent"])
        {
            var (onTime, late, overdue) = (Of(options.OnTime, priority), Of(options.Late, priority), Of(options.Overdue, priority));
            if (!(onTime >= late && late >= overdue))
                return ValidateOptionsResult.Fail($"{section}:OnTime:{priority} ≥ {section}:Late:{priority} ≥ {section}:Overdue:{priority} must hold, not {onTime}, {late}, {overdue}.");
        }
        if (!(options.ReportOnTime >= options.ReportLate && options.ReportLate >= options.ReportMissing))
            return ValidateOptionsResult.Fail($"{section}:ReportOnTime ≥ {section}:ReportLate ≥ {section}:ReportMissing must hold.");
        return options.IndexRank < 0 ? ValidateOptionsResult.Fail($"{section}:IndexRank must not be negative, not {options.IndexRank}.") : ValidateOptionsResult.Success;
    }

    private static IEnumerable<(string, decimal)> Shares(EmulationOptions o) =>
        [(nameof(o.LeadShare), o.LeadShare), (nameof(o.CoordinatorShare), o.CoordinatorShare)];

    private static IEnumerable<(string, decimal)> Points(EmulationOptions o)
    {
        foreach (var (key, points) in (IEnumerable<(string, PriorityPoints)>)[("OnTime", o.OnTime), ("Late", o.Late), ("Overdue", o.Overdue)])
        {
            yield return ($"{key}:Normal", points.Normal);
            yield return ($"{key}:Important", points.Important);
            yield return ($"{key}:Urgent", points.Urgent);
        }
        yield return (nameof(o.ReportOnTime), o.ReportOnTime);
        yield return (nameof(o.ReportLate), o.ReportLate);
        yield return (nameof(o.ReportMissing), o.ReportMissing);
        yield return (nameof(o.IndexRank), o.IndexRank);
    }

    private static decimal Of(PriorityPoints points, string priority) => priority switch
    {
        "Urgent" => points.Urgent,
        "Important" => points.Important,
        _ => points.Normal,
    };
}
