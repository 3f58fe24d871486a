namespace Par.Bot.Texts;

/// <summary>How much of a long list one answer shows before "and N more".</summary>
public static class ListLimits
{
    // Twenty rejected rows keep an import's answer to one message; the rest go in the attached sheet.
    public const int RejectedRows = 20;
    // A digest line runs to ~150 characters; 20 of them stay clear of Telegram's 4096 (the full list is a page away with /overdue).
    public const int LateItems = 20;
    public const int Tasks = 40;
    public const int TaskButtons = 10;
    public const int UnitButtons = 30;
    public const int UnitsPerPage = 20;
}
