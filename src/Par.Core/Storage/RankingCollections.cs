namespace Par.Core.Storage;

/// <summary>Names of the LiteDB collections of reports, locks, references and their history.</summary>
internal static class RankingCollections
{
    /// <summary>One document per unit and period.</summary>
    public const string Reports = "reports";

    /// <summary>One document per period holding every unit's values: the read side of rankings.</summary>
    public const string ReportSheets = "report_sheets";

    /// <summary>Every change to a report: who, when, old → new.</summary>
    public const string ReportHistory = "report_history";

    public const string PeriodLocks = "period_locks";

    public const string References = "period_references";
}
