using Par.Core.Tasks;
using Par.Core.Tests.Dossiers;

namespace Par.Core.Tests.Tasks;

public sealed class WorkStatusesTests
{
    /// <summary>Original deadline day 10 at 17:00 UTC; an extension to day 15, asked and approved on day 8.</summary>
    private static readonly DateTime Due = Zones.Utc(2026, 12, 10, 17);
    private static readonly DateTime Extended = Zones.Utc(2026, 12, 15, 17);

    [Theory]
    // not done: before, at and after the original deadline, without and with an approved extension
    [InlineData(null, 9, false, WorkStatus.InProgress)]
    [InlineData(null, 10, false, WorkStatus.Overdue)]
    [InlineData(null, 11, false, WorkStatus.Overdue)]
    [InlineData(null, 11, true, WorkStatus.InProgress)]
    [InlineData(null, 16, true, WorkStatus.Overdue)]
    // done before / after the original deadline, before / after the extended one
    [InlineData(9, 20, false, WorkStatus.DoneOnTime)]
    [InlineData(11, 20, false, WorkStatus.DoneLate)]
    [InlineData(11, 20, true, WorkStatus.DoneOnTime)]
    [InlineData(16, 20, true, WorkStatus.DoneLate)]
    // done after T: at T it was not done yet
    [InlineData(12, 11, false, WorkStatus.Overdue)]
    [InlineData(12, 9, false, WorkStatus.InProgress)]
    public void Status_at_T_follows_the_dates_alone(int? doneDay, int atDay, bool extended, WorkStatus expected)
    {
        var task = Task(doneDay, extended);

        Assert.Equal(expected, WorkStatuses.Of(task, Zones.Utc(2026, 12, atDay, 18)));
    }

    [Fact]
    public void An_extension_counts_only_from_when_it_was_approved()
    {
        var task = Task(null, extended: true) with
        {
            Extensions = [Approved(decidedUtc: Zones.Utc(2026, 12, 12))],
        };

        Assert.Equal(WorkStatus.Overdue, WorkStatuses.Of(task, Zones.Utc(2026, 12, 11, 18)));
        Assert.Equal(WorkStatus.InProgress, WorkStatuses.Of(task, Zones.Utc(2026, 12, 12, 1)));
        Assert.Equal(Due, task.DueUtc);
        Assert.Equal(Extended, task.CurrentDueUtc);
    }

    [Fact]
    public void A_coordinators_part_is_done_when_the_unit_confirmed_it()
    {
        var task = Task(null, extended: false) with { Coordinators = ["STP", "SYT"], Confirmations = [new("STP", 601, Zones.Utc(2026, 12, 11))] };

        Assert.Equal(WorkStatus.DoneLate, WorkStatuses.OfPart(task, "stp", Zones.Utc(2026, 12, 20)));
        Assert.Equal(WorkStatus.Overdue, WorkStatuses.OfPart(task, "SYT", Zones.Utc(2026, 12, 20)));
    }

    private static UnitTask Task(int? doneDay, bool extended) => new()
    {
        Number = 1,
        UnitCode = "SNV",
        Description = "Rà soát",
        DueUtc = Due,
        AssignedUtc = Zones.Utc(2026, 12, 1),
        FinishedUtc = doneDay is { } day ? Zones.Utc(2026, 12, day, 12) : null,
        Extensions = extended ? [Approved(Zones.Utc(2026, 12, 8))] : [],
    };

    private static ExtensionRequest Approved(DateTime decidedUtc) => new()
    {
        AskedBy = 501,
        AskedUtc = Zones.Utc(2026, 12, 8),
        RequestedDueUtc = Extended,
        Reason = "Chờ số liệu",
        State = ExtensionState.Approved,
        DecidedBy = 9001,
        DecidedUtc = decidedUtc,
        ApprovedDueUtc = Extended,
    };
}
