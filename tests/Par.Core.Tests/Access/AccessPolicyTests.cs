using Par.Core.Access;
using Par.Core.Members;

namespace Par.Core.Tests.Access;

/// <summary>
/// The head and the deputy belong to SNV, the admin and the stranger to no unit. Each cell lists the units the actor
/// may do the permission to: SNV (<c>own</c>, asked in lower case) and STP (<c>other</c>).
/// </summary>
public sealed class AccessPolicyTests
{
    private const string Both = "own other";
    private const string Own = "own";
    private const string None = "";

    private static readonly Actor Admin = new(9001, Role.Admin, null);
    private static readonly Actor Head = new(501, Role.Head, "SNV");
    private static readonly Actor Deputy = new(502, Role.Deputy, "SNV");
    private static readonly Actor Stranger = new(777, Role.Stranger, null);

    public static TheoryData<Permission, string, string, string, string, Role> Rules => new()
    {
        // permission                 admin head  deputy stranger  least role, named in refusals
        { Permission.UseBot,          Both, Both, Both,  Both,     Role.Stranger },
        { Permission.ReportFor,       Both, Own,  Own,   None,     Role.Deputy },
        { Permission.ViewRank,        Both, Own,  Own,   None,     Role.Deputy },
        { Permission.ViewTop,         Both, Both, Both,  None,     Role.Deputy },
        { Permission.ViewOverdue,     Both, Own,  Own,   None,     Role.Deputy },
        { Permission.ViewTasks,       Both, Own,  Own,   None,     Role.Deputy },
        { Permission.MarkDone,        Both, Own,  Own,   None,     Role.Deputy },
        { Permission.ImportDossiers,  Both, Own,  Own,   None,     Role.Deputy },
        { Permission.InviteDeputy,    Both, Own,  None,  None,     Role.Head },
        { Permission.ManageMembers,   Both, Own,  None,  None,     Role.Head },
        { Permission.AllUnits,        Both, None, None,  None,     Role.Admin },
        { Permission.InviteHead,      Both, None, None,  None,     Role.Admin },
        { Permission.AssignTask,      Both, None, None,  None,     Role.Admin },
        { Permission.ManageUnits,     Both, None, None,  None,     Role.Admin },
        { Permission.Broadcast,       Both, None, None,  None,     Role.Admin },
        { Permission.Export,          Both, None, None,  None,     Role.Admin },
        { Permission.LockPeriod,      Both, None, None,  None,     Role.Admin },
        { Permission.SetReference,    Both, None, None,  None,     Role.Admin },
        { Permission.ImportPortal,    Both, None, None,  None,     Role.Admin },
        { Permission.ViewSchedule,    Both, None, None,  None,     Role.Admin },
        { Permission.ViewEmulation,   Both, Own,  None,  None,     Role.Head },
        { Permission.ViewBackups,     Both, None, None,  None,     Role.Admin },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Who_may_do_what_to_which_unit(Permission permission, string admin, string head, string deputy, string stranger, Role least)
    {
        Assert.Equal(
            (admin, head, deputy, stranger, least),
            (UnitsOf(Admin, permission), UnitsOf(Head, permission), UnitsOf(Deputy, permission), UnitsOf(Stranger, permission), AccessPolicy.LeastRole(permission)));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Without_a_unit_the_answer_is_whether_the_actor_may_at_all(Permission permission, string admin, string head, string deputy, string stranger, Role least)
    {
        Assert.Equal(
            (admin != None, head != None, deputy != None, stranger != None),
            (AccessPolicy.Can(Admin, permission), AccessPolicy.Can(Head, permission), AccessPolicy.Can(Deputy, permission), AccessPolicy.Can(Stranger, permission)));
        Assert.All([Admin, Head, Deputy, Stranger], actor => Assert.Equal(actor.Role >= least, AccessPolicy.Can(actor, permission)));
    }

    [Fact]
    public void Every_permission_has_a_rule_in_the_table() =>
        Assert.Equal(Enum.GetValues<Permission>().Order(), Rules.Select(row => (Permission)row[0]).Order());

    [Fact]
    public void A_head_without_a_unit_may_do_nothing_for_a_unit()
    {
        var unlinked = new Actor(503, Role.Head, null);

        Assert.False(AccessPolicy.Can(unlinked, Permission.ReportFor));
        Assert.False(AccessPolicy.Can(unlinked, Permission.InviteDeputy, "SNV"));
        Assert.True(AccessPolicy.Can(unlinked, Permission.ViewTop));
    }

    [Fact]
    public void An_admin_who_joined_a_unit_still_reaches_every_unit() =>
        Assert.True(AccessPolicy.Can(Admin with { UnitCode = "SNV" }, Permission.ViewRank, "STP"));

    private static string UnitsOf(Actor actor, Permission permission) =>
        string.Join(' ', new[] { ("own", "snv"), ("other", "STP") }.Where(unit => AccessPolicy.Can(actor, permission, unit.Item2)).Select(unit => unit.Item1));
}
