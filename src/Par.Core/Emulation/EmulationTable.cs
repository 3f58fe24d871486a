using Par.Core.Periods;

namespace Par.Core.Emulation;

/// <summary>
/// The emulation table of a month (or a year's roll-up) as it stood at <paramref name="AsOfUtc"/>: now, or the moment
/// the month was locked when <paramref name="Frozen"/>. Rows go group by group, each by place.
/// </summary>
public sealed record EmulationTable(Period Period, DateTime AsOfUtc, bool Frozen, IReadOnlyList<EmulationRow> Rows);
