using Par.Core.Emulation;
using Par.Core.Periods;
using Par.Core.Units;

namespace Par.Bot.Texts;

/// <summary>The monthly emulation table and its export.</summary>
public partial interface ITexts
{
    string EmulationUsage(Period example);
    /// <summary>Every unit's line, group by group, and the formula; <paramref name="asOfLocal"/> is the table's <see cref="Core.Emulation.EmulationTable.AsOfUtc"/> in the province's zone.</summary>
    string EmulationTable(EmulationTable table, EmulationOptions weights, UnitGroups groups, DateTimeOffset asOfLocal);
    /// <summary>A head's own unit's line; <paramref name="row"/> is null when the unit is not in the table (archived).</summary>
    string EmulationOwnLine(EmulationTable table, EmulationRow? row, DateTimeOffset asOfLocal);
    string EmulationExportButton { get; }
    string EmulationExportCaption(EmulationTable table);
    string EmulationExportQueued(Period period);
    string EmulationExportFinished(Period period);
    string EmulationExportInterrupted(Period period);
    string EmulationExportFailed(Period period);
    IReadOnlyList<string> EmulationHeaders { get; }
    string ReportTimingName(ReportTiming timing);
}
