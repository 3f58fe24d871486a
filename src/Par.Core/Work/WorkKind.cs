namespace Par.Core.Work;

/// <summary>What a queued <see cref="WorkItem"/> does; items stored before kinds existed are imports.</summary>
public enum WorkKind
{
    /// <summary>Import a file the user sent.</summary>
    Import,
    /// <summary>Build a period's table as XLSX and CSV (/export).</summary>
    Export,
    /// <summary>Draw a group's leaderboard as a picture (/top).</summary>
    Chart,
    /// <summary>Build a month's emulation table as XLSX for the council (/emulation's button).</summary>
    EmulationExport,
}
