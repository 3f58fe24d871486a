using Par.Core.Portal;

namespace Par.Bot.Texts;

/// <summary>The scheduled fetch from the national portal.</summary>
public partial interface ITexts
{
    /// <summary>To the admins, the scheduled imports that met what needs a person: refused responses, disagreements, unlinked units.</summary>
    string PortalFetched(IReadOnlyList<PortalImportResult> results);
}
