using Par.Core.Units;
using static Par.Bot.Telegram.Html;

namespace Par.Bot.Texts;

public sealed partial class Texts
{
    private const int AliasesShown = 4;

    public string GroupName(UnitGroup group) => group.Name(language);

    private string GroupHtml(UnitGroup group) => E(GroupName(group));

    /// <summary>Each group's name and a few words that may be typed for it: <c>Xã, phường, đặc khu (xã, phường, …)</c>.</summary>
    private string GroupChoices(UnitGroups groups) => string.Join("; ", groups.All.Select(group =>
    {
        var aliases = group.Aliases.Take(AliasesShown).Select(E).ToList();
        return Bold(GroupName(group)) + (aliases.Count == 0 ? "" : $" ({string.Join(", ", aliases)}{(group.Aliases.Count > AliasesShown ? ", …" : "")})");
    }));
}
