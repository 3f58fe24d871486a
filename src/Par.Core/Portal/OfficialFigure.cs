using Par.Core.Periods;

namespace Par.Core.Portal;

/// <summary>
/// A metric the portal published for a unit and period, and where it came from: the import of the file an admin
/// (<see cref="ImportedBy"/>) sent, at <see cref="ImportedUtc"/>.
/// </summary>
public sealed record OfficialFigure(OfficialMetric Metric, Period Period, DateTime ImportedUtc, long ImportedBy);
