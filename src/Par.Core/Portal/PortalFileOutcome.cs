using Par.Core.Indicators;

namespace Par.Core.Portal;

/// <summary>What became of one response: its group and how many units were stored, or why nothing of it was.</summary>
public sealed record PortalFileOutcome(
    string Name, IndicatorGroupDefinition? Group, int Units, bool Replaced, IReadOnlyList<PortalDisagreement> Disagreements, PortalFileError? Error)
{
    public static PortalFileOutcome Refused(string name, PortalFileError error) => new(name, null, 0, false, [], error);
}
