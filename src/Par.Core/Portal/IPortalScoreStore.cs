using Par.Core.Periods;
using Par.Core.Units;

namespace Par.Core.Portal;

/// <summary>The portal's figures by period and group, what replaced figures were, and the portal's units seen so far.</summary>
public interface IPortalScoreStore
{
    /// <summary>Every unit's official metrics for the period, keyed by unit code then metric code; empty when nothing was imported.</summary>
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, OfficialMetric>> ScoresOf(Period period);

    IReadOnlyList<Period> Periods();

    /// <summary>The period's figures as imported, one per group, with when and by whom: where each official figure came from.</summary>
    IReadOnlyList<PortalGroupImport> Imports(Period period);

    /// <summary>The imports that were replaced by a later one for the period, oldest first.</summary>
    IReadOnlyList<PortalGroupImport> History(Period period);

    /// <summary>The portal units seen in any response, by id.</summary>
    IReadOnlyDictionary<string, PortalUnit> Directory();

    /// <summary>
    /// In one transaction: replaces the period's figures of the import's group (the old ones go to history), stores the
    /// portal ids learned for units and remembers the portal units seen. An import without units leaves the figures alone.
    /// </summary>
    /// <returns>True when figures imported before were replaced.</returns>
    bool Import(PortalGroupImport import, IReadOnlyList<Unit> learned, IReadOnlyList<PortalUnit> seen);
}
