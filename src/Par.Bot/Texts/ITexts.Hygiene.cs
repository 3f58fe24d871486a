namespace Par.Bot.Texts;

/// <summary>Answers that say why nothing happened: too many invite guesses, another unit's list, a draft kept.</summary>
public partial interface ITexts
{
    /// <summary>A member asked for <paramref name="asked"/>'s overdue list; they see only their own unit's.</summary>
    string OverdueOwnUnitOnly(string asked, string ownCode, string ownName);
}
