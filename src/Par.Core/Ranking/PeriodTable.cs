using Par.Core.Periods;

namespace Par.Core.Ranking;

/// <summary>Every active unit's figures for a period, group by group, each group in ranking order.</summary>
public sealed record PeriodTable(Period Period, Period PreviousPeriod, IReadOnlyList<PeriodTableRow> Rows);
