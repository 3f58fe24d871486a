using Par.Core.Members;
using Par.Core.Units;

namespace Par.Core.Broadcasts;

/// <summary>Works out who an audience reaches: members of its active units, one message per chat.</summary>
public static class RecipientPlanner
{
    public static RecipientPlan Plan(BroadcastAudience audience, IEnumerable<Unit> units, IEnumerable<Member> members)
    {
        var chosen = units.Where(u => !u.Archived && Includes(audience, u)).ToList();
        var codes = chosen.Select(u => u.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reached = members
            .Where(m => m.UnitCode is { } code && codes.Contains(code))
            .Where(m => audience.HeadsOnly ? m.UnitRole == Role.Head : m.UnitRole is Role.Head or Role.Deputy)
            .DistinctBy(m => m.ChatId)
            .OrderBy(m => m.UnitCode, StringComparer.Ordinal).ThenByDescending(m => m.UnitRole).ThenBy(m => m.ChatId)
            .ToList();
        var served = reached.Select(m => m.UnitCode!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new RecipientPlan(
            [.. reached.Where(m => !m.Unreachable)],
            [.. reached.Where(m => m.Unreachable)],
            [.. chosen.Where(u => !served.Contains(u.Code)).OrderBy(u => u.Code, StringComparer.Ordinal)]);
    }

    private static bool Includes(BroadcastAudience audience, Unit unit) => audience.Scope switch
    {
        AudienceScope.All => true,
        AudienceScope.Group => string.Equals(unit.Group, audience.Group, StringComparison.OrdinalIgnoreCase),
        _ => audience.Units.Contains(unit.Code, StringComparer.OrdinalIgnoreCase),
    };
}
