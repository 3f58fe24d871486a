using Par.Core.Portal;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string PortalFetched(IReadOnlyList<PortalImportResult> results) =>
        Say(Phrases.PortalFetched) + "\n" + string.Join("\n\n", results.Select(PortalImported));

    internal static partial class Phrases
    {
        public static readonly Phrase PortalFetched = new();
    }
}
