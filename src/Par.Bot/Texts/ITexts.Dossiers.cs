using Par.Bot.Handlers.Documents;
using Par.Bot.Handlers.Dossiers;
using Par.Core.Dossiers;

namespace Par.Bot.Texts;

public partial interface ITexts
{
    /// <summary>Added, updated, rejected; then up to <see cref="ListLimits.RejectedRows"/> rejected rows (every one in the report's sheet). <paramref name="headers"/> maps canonical columns to the file's own headers; a bad date is shown how to write <paramref name="today"/>.</summary>
    ImportReport DossierImportReport(DossierImportResult result, IReadOnlyDictionary<string, string> headers, DateOnly today);
    string DossierFileMissingColumns(IReadOnlyList<string> missing);

    /// <summary>One unit's overdue and due-soon items, oldest first, humanised.</summary>
    string LateList(string unitCode, string unitName, UnitLateSummary summary);
    string NothingLate(string unitName);
    /// <summary>The admin's counts per unit: overdue, due soon, long overdue.</summary>
    string LateByUnit(IReadOnlyList<UnitLateSummary> units, UnitNames names, LateRules rules);
    string NothingLateAnywhere { get; }
    string LateUnitButton(UnitLateSummary unit);

    string DoneUsage { get; }
    string DoneDossierNeedsUnit { get; }
    string DossierNotFound(string code);
    string DossierAlreadyClosed(Dossier dossier);
    string DossierDone(Dossier dossier, DateTimeOffset finishedLocal);
}
