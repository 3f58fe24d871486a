using Par.Core.Dossiers;

namespace Par.Core.Tests.Dossiers;

public sealed class LateItemsTests
{
    private static readonly DateTimeOffset Now = new(2025, 5, 20, 8, 0, 0, TimeSpan.FromHours(7));

    public static TheoryData<double, bool, LateStatus> Cases => new()
    {
        // hours from now until due, finished, expected
        { 48, false, LateStatus.None },
        { 24.001, false, LateStatus.None },
        { 24, false, LateStatus.DueSoon },
        { 1, false, LateStatus.DueSoon },
        { 0, false, LateStatus.DueSoon },
        { -0.001, false, LateStatus.Overdue },
        { -72, false, LateStatus.Overdue },
        { -72.001, false, LateStatus.LongOverdue },
        { -24 * 30, false, LateStatus.LongOverdue },
        { -24 * 30, true, LateStatus.None },
        { 1, true, LateStatus.None },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Items_are_classified_by_their_due_time(double hoursUntilDue, bool finished, LateStatus expected)
    {
        var item = Item("SNV", "HS-1", hoursUntilDue, finished);

        var late = LateItems.Classify(item, Now, LateRules.Default);

        Assert.Equal(expected, late.Status);
        Assert.Equal(TimeSpan.FromHours(hoursUntilDue), late.UntilDue);
    }

    [Fact]
    public void Overdue_and_due_in_are_positive_spans()
    {
        var overdue = LateItems.Classify(Item("SNV", "HS-1", -5), Now, LateRules.Default);
        var dueSoon = LateItems.Classify(Item("SNV", "HS-2", 5), Now, LateRules.Default);

        Assert.Equal((TimeSpan.FromHours(5), TimeSpan.Zero, true), (overdue.OverdueBy, overdue.DueIn, overdue.IsOverdue));
        Assert.Equal((TimeSpan.Zero, TimeSpan.FromHours(5), false), (dueSoon.OverdueBy, dueSoon.DueIn, dueSoon.IsOverdue));
    }

    [Fact]
    public void Rules_set_the_window_and_the_escalation_threshold()
    {
        var rules = new LateRules(DueSoonWindow: TimeSpan.FromHours(2), EscalateAfter: TimeSpan.FromHours(1));

        Assert.Equal(LateStatus.None, LateItems.Classify(Item("SNV", "HS-1", 3), Now, rules).Status);
        Assert.Equal(LateStatus.LongOverdue, LateItems.Classify(Item("SNV", "HS-1", -2), Now, rules).Status);
    }

    [Fact]
    public void Find_keeps_only_late_items_in_input_order()
    {
        TrackedItem[] items = [Item("SNV", "A", 100), Item("SNV", "B", -1), Item("SNV", "C", -1, finished: true), Item("STP", "D", 2)];

        var late = LateItems.Find(items, Now, LateRules.Default).Select(item => item.Item.Code);

        Assert.Equal(["B", "D"], late);
    }

    [Fact]
    public void By_unit_counts_late_items_and_sorts_them_oldest_due_first()
    {
        TrackedItem[] items =
        [
            Item("STP", "T-1", -100), Item("SNV", "HS-3", 5), Item("SNV", "HS-1", -2),
            Item("SNV", "HS-2", -200), Item("SNV", "HS-0", 500), Item("SNV", "HS-4", -2, finished: true),
        ];

        var units = LateItems.ByUnit(LateItems.Find(items, Now, LateRules.Default));

        Assert.Equal(["SNV", "STP"], units.Select(unit => unit.UnitCode));
        var snv = units[0];
        Assert.Equal((2, 1, 1), (snv.Overdue, snv.DueSoon, snv.LongOverdue));
        Assert.Equal(["HS-2", "HS-1", "HS-3"], snv.Items.Select(item => item.Item.Code));
        Assert.Equal((1, 0, 1), (units[1].Overdue, units[1].DueSoon, units[1].LongOverdue));
    }

    [Fact]
    public void By_unit_leaves_out_items_that_are_not_late()
    {
        var notLate = LateItems.Classify(Item("SNV", "HS-1", 100), Now, LateRules.Default);

        Assert.Empty(LateItems.ByUnit([notLate]));
    }

    [Theory]
    [InlineData(DossierStatus.AwaitingSupplement)]
    [InlineData(DossierStatus.AwaitingPayment)]
    public void A_dossier_waiting_for_the_citizen_is_never_late_and_never_counted(DossierStatus status)
    {
        var waiting = Item("SNV", "HS-1", -24 * 30) with { Kind = TrackedItemKind.Dossier, Status = status };

        Assert.Equal(LateStatus.Waiting, LateItems.Classify(waiting, Now, LateRules.Default).Status);
        Assert.Empty(LateItems.Find([waiting], Now, LateRules.Default));
        Assert.Empty(LateItems.ByUnit([LateItems.Classify(waiting, Now, LateRules.Default)]));
    }

    [Fact]
    public void A_million_items_are_classified_in_one_pass()
    {
        const int count = 1_000_000;
        var due = Now.UtcDateTime;
        var items = Enumerable.Range(0, count).Select(i =>
            new TrackedItem(TrackedItemKind.Dossier, $"U{i % 300}", "HS", "p", due.AddDays(-30), due.AddMinutes((i % 20_000) - 10_000), i % 7 == 0 ? due : null));

        var units = LateItems.ByUnit(LateItems.Find(items, Now, LateRules.Default));

        Assert.Equal(300, units.Count);
        Assert.True(units.Sum(unit => unit.Overdue) > 0);
    }

    private static TrackedItem Item(string unit, string code, double hoursUntilDue, bool finished = false) => new(
        TrackedItemKind.Task,
        unit,
        code,
        "Rà soát TTHC",
        Now.UtcDateTime.AddDays(-30),
        Now.UtcDateTime.AddHours(hoursUntilDue),
        finished ? Now.UtcDateTime.AddDays(-1) : null);
}
