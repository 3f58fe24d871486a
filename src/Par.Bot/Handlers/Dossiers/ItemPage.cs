using Par.Core.Dossiers;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>
/// One page of a unit's item list. Pages are numbered from 1; asking past the end gives the last page, so a
/// button pressed after items were closed still shows something sensible.
/// </summary>
public sealed record ItemPage(IReadOnlyList<LateItem> Items, int Number, int Count, int Total)
{
    /// <summary>Twenty lines of at most ~150 characters stay clear of Telegram's 4096, and 20 ✅ buttons of its 100.</summary>
    public const int Size = 20;

    public bool IsPaged => Count > 1;

    /// <summary>1-based position of the page's first item in the whole list.</summary>
    public int First => ((Number - 1) * Size) + 1;

    public static ItemPage Of(IReadOnlyList<LateItem> all, int page)
    {
        var count = Math.Max(1, (all.Count + Size - 1) / Size);
        var number = Math.Clamp(page, 1, count);
        return new ItemPage([.. all.Skip((number - 1) * Size).Take(Size)], number, count, all.Count);
    }
}
