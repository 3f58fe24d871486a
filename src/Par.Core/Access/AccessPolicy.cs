using Par.Core.Members;

namespace Par.Core.Access;

/// <summary>
/// Who may do what to which unit, in one place. A role may do what the roles below it may. An admin may do
/// everything, to every unit; a head or deputy may do what their role allows to their own unit only; a stranger may
/// only use the bot. The router asks it before any handler runs, handlers when the unit is known.
/// </summary>
public static class AccessPolicy
{
    /// <summary>
    /// Whether <paramref name="actor"/> may do <paramref name="permission"/> to the unit <paramref name="unitCode"/>
    /// (matched without regard to case), or, without a unit, to some unit at all.
    /// </summary>
    public static bool Can(Actor actor, Permission permission, string? unitCode = null)
    {
        if (actor.Role < LeastRole(permission))
            return false;
        if (actor.Role == Role.Admin || !IsAboutOneUnit(permission))
            return true;
        return actor.UnitCode is not null && (unitCode is null || string.Equals(actor.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The least role that may do <paramref name="permission"/>: the one a refusal names.</summary>
    public static Role LeastRole(Permission permission) => permission switch
    {
        Permission.UseBot => Role.Stranger,
        Permission.ReportFor or Permission.ViewRank or Permission.ViewTop or Permission.ViewOverdue
            or Permission.ViewTasks or Permission.MarkDone or Permission.ImportDossiers => Role.Deputy,
        Permission.InviteDeputy or Permission.ManageMembers or Permission.ViewEmulation => Role.Head,
        // Everything else is the province office's: a permission added without a rule stays admin-only.
        _ => Role.Admin,
    };

    /// <summary>False for what is the same whatever the unit: using the bot, a group's leaderboard.</summary>
    private static bool IsAboutOneUnit(Permission permission) => permission is not (Permission.UseBot or Permission.ViewTop);
}
