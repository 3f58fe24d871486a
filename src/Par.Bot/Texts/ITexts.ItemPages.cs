using Par.Bot.Handlers.Dossiers;
using Par.Core.Dossiers;

namespace Par.Bot.Texts;

public partial interface ITexts
{
    /// <summary>One page of a unit's late list: counts, the dossiers waiting for the citizen, the page's items.</summary>
    string LatePage(string unitCode, string unitName, UnitLateSummary summary, ItemPage page);
    /// <summary>One page of a unit's open items to pick the finished one from.</summary>
    string OpenPage(string unitCode, string unitName, ItemPage page);
    string NothingOpen(string unitName);
    string ItemDoneButton(LateItem item);
    string PageBackButton(int page);
    string PageForwardButton(int page);
    string LateFileButton { get; }
    string LateFileCaption(string unitName, UnitLateSummary summary, DateTimeOffset nowLocal);
    /// <summary>Column headers of the late-list file: code, procedure, received, due, status, lateness.</summary>
    string LateFileHeader(string column);
    string DossierStatusName(DossierStatus status);
    string OpenTaskStatus { get; }
    /// <summary>How late an item is, without formatting: for files.</summary>
    string PlainLateness(LateItem item);

    /// <summary>Plain-text answers to a pressed list button (Telegram shows them briefly, without formatting).</summary>
    string NotYourUnit { get; }
    string DossierDoneNotice(Dossier dossier);
    string DossierProblemNotice(DossierProblem problem, string code);
}
