namespace Par.Core.Members;

/// <summary>A unit's people as its head and the admins see them, and taking someone out of a unit.</summary>
public sealed class MemberService(IMemberStore members)
{
    /// <summary>The unit's members: the head first, then deputies by the date they joined.</summary>
    public IReadOnlyList<Member> Of(string unitCode) =>
        [.. members.ListByUnit(unitCode).OrderByDescending(m => m.UnitRole).ThenBy(m => m.JoinedUtc).ThenBy(m => m.UserId)];

    /// <summary>Whether someone with <paramref name="role"/> in <paramref name="unitCode"/> may remove <paramref name="member"/>.</summary>
    public static bool MayRemove(Role role, string? unitCode, long userId, Member member) =>
        member.UserId != userId && member.UnitCode is not null && (role == Role.Admin
            || (role == Role.Head && member.UnitRole == Role.Deputy
                && string.Equals(member.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Takes the member out of their unit (they stay known, with their language); returns them as they were.</summary>
    public (MemberRemoval Outcome, Member? Member) Remove(long memberId, Role role, string? unitCode, long userId)
    {
        var member = members.Find(memberId);
        if (member?.UnitCode is null)
            return (MemberRemoval.NotFound, null);
        if (role != Role.Admin && !string.Equals(member.UnitCode, unitCode, StringComparison.OrdinalIgnoreCase))
            return (MemberRemoval.NotFound, null);
        if (!MayRemove(role, unitCode, userId, member))
            return (MemberRemoval.NotAllowed, member);
        members.Upsert(member with { UnitCode = null, UnitRole = Role.Stranger });
        return (MemberRemoval.Removed, member);
    }
}
