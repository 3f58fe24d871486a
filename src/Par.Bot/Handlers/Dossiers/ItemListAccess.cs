using Par.Bot.Handlers.Routing;
using Par.Core.Access;

namespace Par.Bot.Handlers.Dossiers;

/// <summary>
/// Who may use a unit's list, asked of the access policy again on every press because callback data can be forged.
/// Seeing a list is the permission of the command that shows it. A dossier is settled only by its own unit, as with
/// <c>/done CODE</c>: the ✅ settles the dossier in the presser's unit, so an admin without that unit gets no ✅
/// (an admin settles another unit's dossier with <c>/done UNIT CODE</c>).
/// </summary>
public static class ItemListAccess
{
    public static bool MayView(BotContext context, ItemListKind kind, string unitCode) =>
        context.Can(ViewPermission(kind), unitCode);

    public static bool MaySettleDossiers(BotContext context, string unitCode) =>
        context.UnitCode is { } own && string.Equals(own, unitCode, StringComparison.OrdinalIgnoreCase) && context.Can(Permission.MarkDone, own);

    /// <summary>The late list is <c>/overdue</c>'s, the open list <c>/done</c>'s.</summary>
    private static Permission ViewPermission(ItemListKind kind) => kind == ItemListKind.Late ? Permission.ViewOverdue : Permission.MarkDone;
}
