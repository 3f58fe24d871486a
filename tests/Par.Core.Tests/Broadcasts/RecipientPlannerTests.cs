using Par.Core.Broadcasts;
using Par.Core.Members;
using Par.Core.Units;

namespace Par.Core.Tests.Broadcasts;

public sealed class RecipientPlannerTests
{
    private static readonly Unit[] Units =
    [
        new() { Code = "SNV", Name = "Sở Nội vụ", Group = "department" },
        new() { Code = "STP", Name = "Sở Tư pháp", Group = "department" },
        new() { Code = "XA-A", Name = "Xã A", Group = "commune" },
        new() { Code = "OLD", Name = "Đã sáp nhập", Group = "commune", Archived = true },
    ];

    private static readonly Member[] Members =
    [
        Person(1, "SNV", Role.Head),
        Person(2, "SNV", Role.Deputy),
        Person(3, "STP", Role.Head) with { Unreachable = true },
        Person(4, "XA-A", Role.Head),
        Person(5, "OLD", Role.Head),
        Person(6, null, Role.Stranger),
    ];

    [Theory]
    [InlineData(AudienceScope.All, null, "", false, "1,2,4")]
    [InlineData(AudienceScope.All, null, "", true, "1,4")]
    [InlineData(AudienceScope.Group, "department", "", false, "1,2")]
    [InlineData(AudienceScope.Group, "commune", "", true, "4")]
    [InlineData(AudienceScope.Units, null, "XA-A,OLD", false, "4")]
    [InlineData(AudienceScope.Units, null, "snv", true, "1")]
    public void Reaches_members_of_the_chosen_active_units(AudienceScope scope, string? group, string units, bool headsOnly, string expected)
    {
        var audience = new BroadcastAudience { Scope = scope, Group = group, Units = units.Split(',', StringSplitOptions.RemoveEmptyEntries), HeadsOnly = headsOnly };

        var plan = RecipientPlanner.Plan(audience, Units, Members);

        Assert.Equal(expected, string.Join(',', plan.Recipients.Select(m => m.ChatId).Order()));
    }

    [Fact]
    public void Members_who_blocked_the_bot_are_left_out_and_reported()
    {
        var plan = RecipientPlanner.Plan(new BroadcastAudience { Scope = AudienceScope.Group, Group = "department" }, Units, Members);

        Assert.Equal([3L], plan.Unreachable.Select(m => m.ChatId));
        Assert.DoesNotContain(plan.Recipients, m => m.ChatId == 3);
    }

    [Theory]
    [InlineData(false, "")]
    [InlineData(true, "NEW,SNV")]
    public void Chosen_units_with_nobody_to_receive_it_are_named(bool headsOnly, string expected)
    {
        var members = Members.Where(m => m.ChatId != 1).Append(Person(7, "NEW", Role.Deputy));
        var units = Units.Append(new Unit { Code = "NEW", Name = "Chưa có ai", Group = "department" });

        var plan = RecipientPlanner.Plan(new BroadcastAudience { Scope = AudienceScope.Group, Group = "department", HeadsOnly = headsOnly }, units, members);

        // STP's only head blocked the bot: STP has someone, counted among the unreachable instead.
        Assert.Equal(expected, string.Join(',', plan.Unserved.Select(u => u.Code)));
    }

    [Fact]
    public void One_chat_gets_one_message()
    {
        var twice = new[] { Person(1, "SNV", Role.Head), Person(1, "SNV", Role.Head) with { UserId = 99 } };

        var plan = RecipientPlanner.Plan(new BroadcastAudience(), Units, twice);

        Assert.Single(plan.Recipients);
    }

    private static Member Person(long id, string? unit, Role role) =>
        new() { UserId = id, ChatId = id, Name = $"Người {id}", UnitCode = unit, UnitRole = role };
}
