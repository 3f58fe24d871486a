using Par.Core.Periods;

namespace Par.Core.Portal;

/// <summary>One group of one period as imported from one response: every linked unit's metrics, keyed by unit code.</summary>
public sealed record PortalGroupImport(
    Period Period, string Group, DateTime ImportedUtc, long ImportedBy, IReadOnlyDictionary<string, IReadOnlyList<OfficialMetric>> Units);
