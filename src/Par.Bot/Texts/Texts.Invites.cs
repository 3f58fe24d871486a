namespace Par.Bot.Texts;

public sealed partial class Texts
{
    public string InviteSheetEmpty => Say(Phrases.InviteSheetEmpty);
    public string InviteSheetCaption(int count) => Say(Phrases.InviteSheetCaption, count);

    internal static partial class Phrases
    {
        public static readonly Phrase InviteSheetEmpty = new();
        public static readonly Phrase InviteSheetCaption = new("count", count: "count");
    }
}
