using Par.Core.Units;

namespace Par.Core.Emulation;

/// <summary>
/// One unit's line of the emulation table: the tasks it leads that fell due (by their original deadline) and how they
/// ended, the tasks it coordinated, its report and index, the points of each part and the total, and its place in its
/// group. In a yearly roll-up the report and index figures are left out (null) and the points are the months' sums.
/// </summary>
public sealed record EmulationRow
{
    public required Unit Unit { get; init; }
    public int Due { get; init; }
    public int OnTime { get; init; }
    public int Late { get; init; }
    public int Overdue { get; init; }
    public int InProgress { get; init; }
    public int Coordinated { get; init; }
    public ReportTiming? Report { get; init; }
    public IndexStanding? Index { get; init; }
    public decimal TaskPoints { get; init; }
    public decimal ReportPoints { get; init; }
    public decimal RankPoints { get; init; }
    public int Place { get; init; }

    public decimal Score => TaskPoints + ReportPoints + RankPoints;
}
