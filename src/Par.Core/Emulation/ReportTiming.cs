namespace Par.Core.Emulation;

/// <summary>Whether a unit's monthly report came by the report deadline.</summary>
public enum ReportTiming
{
    OnTime,
    Late,
    Missing,
    /// <summary>No report yet, and its deadline has not passed: nothing to score.</summary>
    NotDueYet,
}
