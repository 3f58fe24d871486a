namespace Par.Core.Emulation;

/// <summary>
/// The weights of the monthly emulation score (<c>Emulation:*</c>): points per task by outcome and priority, the
/// lead's and a coordinating unit's share of them, points for the month's report by its timing, and the index rank
/// points (the first of a group's reporters gets all of them, the last 1/N).
/// </summary>
public sealed class EmulationOptions
{
    public const string Section = "Emulation";

    public PriorityPoints OnTime { get; set; } = new() { Normal = 10, Important = 15, Urgent = 20 };
    public PriorityPoints Late { get; set; } = new() { Normal = 4, Important = 6, Urgent = 8 };
    public PriorityPoints Overdue { get; set; } = new() { Normal = -5, Important = -8, Urgent = -10 };
    public decimal LeadShare { get; set; } = 1.0m;
    public decimal CoordinatorShare { get; set; } = 0.3m;
    public decimal ReportOnTime { get; set; } = 10;
    public decimal ReportLate { get; set; }
    public decimal ReportMissing { get; set; } = -10;
    public decimal IndexRank { get; set; } = 20;
}
