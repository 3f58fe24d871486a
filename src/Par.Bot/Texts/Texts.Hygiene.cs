using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string OverdueOwnUnitOnly(string asked, string ownCode, string ownName) =>
        Say(Phrases.OverdueOwnUnitOnly, Code(Short(asked)), Bold(ownName), Code(ownCode));

    internal static partial class Phrases
    {
        public static readonly Phrase OverdueOwnUnitOnly = new("asked unit code");
    }
}
