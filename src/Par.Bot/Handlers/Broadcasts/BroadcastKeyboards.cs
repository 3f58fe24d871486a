using Par.Bot.Texts;
using Par.Core.Outbox;
using Par.Core.Units;

namespace Par.Bot.Handlers.Broadcasts;

/// <summary>The inline keyboards of composing a broadcast.</summary>
public static class BroadcastKeyboards
{
    public const int UnitsPerPage = 10;

    public static IReadOnlyList<IReadOnlyList<Button>> Audience(ITexts t, UnitGroups groups) =>
    [
        [new Button(t.BroadcastEveryoneButton, BroadcastCallbacks.Audience("all"))],
        .. groups.All.Select(g => (IReadOnlyList<Button>)[new Button(t.BroadcastGroupButton(g), BroadcastCallbacks.Audience("g", g.Code))]),
        [new Button(t.BroadcastPickUnitsButton, BroadcastCallbacks.Audience("pick"))],
        [new Button(t.BroadcastCancelButton, BroadcastCallbacks.Cancel)],
    ];

    /// <summary>Two units a row, ticked when selected, a page at a time.</summary>
    public static IReadOnlyList<IReadOnlyList<Button>> UnitPicker(ITexts t, IReadOnlyList<Unit> units, IReadOnlyCollection<string> selected, int page)
    {
        var pages = Math.Max(1, (units.Count + UnitsPerPage - 1) / UnitsPerPage);
        page = Math.Clamp(page, 0, pages - 1);
        var rows = units.Skip(page * UnitsPerPage).Take(UnitsPerPage)
            .Select(u => new Button((selected.Contains(u.Code) ? "✓ " : "") + Label(u), BroadcastCallbacks.Audience("u", u.Code)))
            .Chunk(2)
            .Select(pair => (IReadOnlyList<Button>)pair)
            .ToList();
        var navigation = new List<Button>();
        if (page > 0)
            navigation.Add(new Button(t.BroadcastPreviousPageButton, BroadcastCallbacks.Audience("p", $"{page - 1}")));
        if (page < pages - 1)
            navigation.Add(new Button(t.BroadcastNextPageButton, BroadcastCallbacks.Audience("p", $"{page + 1}")));
        if (navigation.Count > 0)
            rows.Add(navigation);
        rows.Add([new Button(t.BroadcastBackButton, BroadcastCallbacks.Audience("back")), new Button(t.BroadcastContinueButton, BroadcastCallbacks.Audience("ok"))]);
        return rows;
    }

    public static IReadOnlyList<IReadOnlyList<Button>> Members(ITexts t) =>
    [
        [new Button(t.BroadcastHeadsOnlyButton, BroadcastCallbacks.Audience("heads")), new Button(t.BroadcastAllMembersButton, BroadcastCallbacks.Audience("everyone"))],
        [new Button(t.BroadcastBackButton, BroadcastCallbacks.Audience("back"))],
    ];

    public static IReadOnlyList<IReadOnlyList<Button>> Confirm(ITexts t, string draftId, int recipients) =>
    [
        [new Button(t.BroadcastSendButton(recipients), BroadcastCallbacks.Send(draftId))],
        [new Button(t.BroadcastChooseAgainButton, BroadcastCallbacks.Audience("back")), new Button(t.BroadcastCancelButton, BroadcastCallbacks.Cancel)],
    ];

    public static IReadOnlyList<IReadOnlyList<Button>> ChooseAgain(ITexts t) =>
    [
        [new Button(t.BroadcastChooseAgainButton, BroadcastCallbacks.Audience("back")), new Button(t.BroadcastCancelButton, BroadcastCallbacks.Cancel)],
    ];

    private static string Label(Unit unit) =>
        unit.Name.Length <= 24 ? $"{unit.Code} · {unit.Name}" : $"{unit.Code} · {unit.Name[..23]}…";
}
