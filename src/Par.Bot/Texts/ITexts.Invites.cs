namespace Par.Bot.Texts;

public partial interface ITexts
{
    string InviteSheetEmpty { get; }
    string InviteSheetCaption(int count);
}
