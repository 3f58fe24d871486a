namespace Par.Bot.Texts;

/// <summary>How much of a long list one answer shows before "and N more".</summary>
public static class ListLimits
{
    public const int RejectedRows = 30;
    public const int LateItems = 40;
    public const int Tasks = 40;
    public const int TaskButtons = 10;
    public const int UnitButtons = 30;
    public const int UnitsPerPage = 20;
}
