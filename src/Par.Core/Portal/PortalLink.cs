using Par.Core.Units;

namespace Par.Core.Portal;

/// <summary>One response joined to Par's units: the metrics by unit code, the ids learned, the portal units seen.</summary>
internal sealed record PortalLink(
    Dictionary<string, IReadOnlyList<OfficialMetric>> Units, Dictionary<string, Unit> ByCode, List<Unit> Learned, List<PortalUnit> Seen);
