using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string UnitMergePreview(UnitMerge merge, UnitGroup group) => string.Join('\n', merge.Archived
        .Select(unit => Say(Phrases.UnitMergePreviewLine, Code(unit.Code), E(unit.Name), merge.MovingFrom.GetValueOrDefault(unit.Code)))
        .Prepend(Say(Phrases.UnitMergePreview, Code(merge.Merged.Code), Bold(merge.Merged.Name), GroupHtml(group)))
        .Append(Say(Phrases.UnitMergePreviewMoves, merge.Moved.Count))
        .Append(Say(Phrases.UnitMergePreviewHint)));

    public string UnitMergeConfirmButton => Say(Phrases.UnitMergeConfirmButton);
    public string UnitMergeCancelButton => Say(Phrases.UnitMergeCancelButton);
    public string UnitMergeCancelled => Say(Phrases.UnitMergeCancelled);

    internal static partial class Phrases
    {
        public static readonly Phrase UnitMergePreview = new("code name group");
        public static readonly Phrase UnitMergePreviewLine = new("code name members");
        public static readonly Phrase UnitMergePreviewMoves = new("members");
        public static readonly Phrase UnitMergePreviewHint = new();
        public static readonly Phrase UnitMergeConfirmButton = new();
        public static readonly Phrase UnitMergeCancelButton = new();
        public static readonly Phrase UnitMergeCancelled = new();
    }
}
