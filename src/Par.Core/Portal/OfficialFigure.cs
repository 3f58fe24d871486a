using Par.Core.Periods;

namespace Par.Core.Portal;

/// <summary>
/// A metric the portal published for a unit and period, and where it came from: the import at <see cref="ImportedUtc"/>
/// of the files the admin <see cref="ImportedBy"/> sent, or (0) of the scheduled fetch.
/// </summary>
public sealed record OfficialFigure(OfficialMetric Metric, Period Period, DateTime ImportedUtc, long ImportedBy);
