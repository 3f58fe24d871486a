using Par.Core.Invites;
using Par.Core.Members;

namespace Par.Bot.Hosting;

/// <summary>
/// The demo's people, made the way real ones are: the admin invites each staffed unit's head, and every other head
/// invites a deputy, each redeeming their code.
/// </summary>
public sealed class DemoMembers(InviteService invites)
{
    public IReadOnlyList<DemoMember> Seed()
    {
        var members = new List<DemoMember>();
        var userId = DemoProvince.FirstMemberId;
        for (var i = 0; i < DemoProvince.StaffedUnits.Count; i++)
        {
            var unit = DemoProvince.StaffedUnits[i];
            var head = Join(unit, Role.Head, DemoProvince.AdminId, userId++, members.Count);
            members.Add(head);
            if (i % 2 == 0)
                members.Add(Join(unit, Role.Deputy, head.UserId, userId++, members.Count));
        }

        return members;
    }

    /// <summary>A head invite of the newcomer's unit, for a real Telegram user to redeem.</summary>
    public Invite NewcomerInvite() => invites.Create(DemoProvince.NewcomerUnit, Role.Head, DemoProvince.AdminId).Invite;

    private DemoMember Join(string unit, Role role, long invitedBy, long userId, int index)
    {
        var name = DemoProvince.People[index % DemoProvince.People.Count];
        var code = invites.Create(unit, role, invitedBy).Invite.Code;
        var outcome = invites.Redeem(code, userId, name).Outcome;
        return outcome == RedeemOutcome.Joined
            ? new DemoMember(userId, name, unit, role)
            : throw new InvalidOperationException($"Demo member {userId} could not join {unit}: {outcome}.");
    }
}
