using Par.Bot.Handlers.Routing;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>
/// Who may use a unit's list, checked again on every press because callback data can be forged: an admin sees
/// any unit's list; a head or deputy only their own unit's, and only they mark its dossiers done (as with <c>/done</c>).
/// </summary>
public static class ItemListAccess
{
    public static bool MayView(BotContext context, string unitCode) => context.IsAdmin || IsOwnUnit(context, unitCode);

    public static bool MayFinishDossiers(BotContext context, string unitCode) => IsOwnUnit(context, unitCode);

    private static bool IsOwnUnit(BotContext context, string unitCode) =>
        context.UnitCode is { } own && string.Equals(own, unitCode, StringComparison.OrdinalIgnoreCase);
}
