using Par.Core.Indicators;

namespace Par.Core.Portal;

/// <summary>One response of the portal, read: the catalogue group it publishes and its units (the province's own row left out).</summary>
public sealed record PortalFile(IndicatorGroupDefinition Group, IReadOnlyList<PortalUnitRow> Units);
