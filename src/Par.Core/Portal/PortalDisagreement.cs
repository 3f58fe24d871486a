using Par.Core.Indicators;
using Par.Core.Units;

namespace Par.Core.Portal;

/// <summary>A metric whose published score is not the one its counts give by the catalogue's rule; the published one counts.</summary>
public sealed record PortalDisagreement(Unit Unit, IndicatorDefinition Metric, decimal? Official, decimal? Computed);
