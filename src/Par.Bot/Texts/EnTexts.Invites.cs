namespace Par.Bot.Texts;

public sealed partial class EnTexts
{
    public string InviteSheetEmpty => "Every active unit already has a head; no invite was created.";
    public string InviteSheetCaption(int count) => $"Created {count} head invites for the units without a head. Each code works once.";
}
