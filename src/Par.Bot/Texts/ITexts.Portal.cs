using Par.Core.Periods;
using Par.Core.Portal;
using Par.Core.Units;

namespace Par.Bot.Texts;

/// <summary>The import of the national portal's responses: the period question, the outcome per file, the units to create.</summary>
public partial interface ITexts
{
    /// <summary>Asks for the period of files sent without one in the caption; <paramref name="files"/> are waiting.</summary>
    string PortalAskPeriod(int files);

    string PortalPeriodButton(Period period);

    /// <summary>Each file's group and units or why it was refused, disagreements between published and computed scores, and unlinked units.</summary>
    string PortalImported(PortalImportResult result);

    string PortalCreateButton(int count);

    /// <summary>The units created from the portal, and that the files must be sent again to import their figures.</summary>
    string PortalUnitsCreated(IReadOnlyList<Unit> created);

    /// <summary>A ZIP that holds no JSON file.</summary>
    string PortalEmptyArchive { get; }
}
