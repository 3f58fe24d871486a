using Microsoft.Extensions.Options;
using Par.Core.Emulation;
using Par.Core.Tasks;
using Par.Core.Tests.Dossiers;
using Par.Core.Units;

namespace Par.Core.Tests.Emulation;

public sealed class EmulationScoringTests
{
    private static readonly DateTime Due = Zones.Utc(2026, 11, 20, 10);
    private static readonly DateTime At = Zones.Utc(2026, 12, 1);
    private static readonly EmulationOptions Weights = new();
    private static readonly Unit Snv = new() { Code = "SNV", Name = "Sở Nội vụ", Group = "department" };
    private static readonly Unit Stp = new() { Code = "STP", Name = "Sở Tư pháp", Group = "department" };
    private static readonly Unit XaA = new() { Code = "XA-A", Name = "Xã A", Group = "commune" };

    [Fact]
    public void The_table_adds_task_report_and_rank_points_by_the_weights()
    {
        UnitTask[] tasks =
        [
            Task(1, "SNV", done: Due.AddDays(-1), coordinators: ["STP"]) with { Confirmations = [new("STP", 601, Due.AddDays(-2))] },
            Task(2, "SNV", done: Due.AddDays(1)) with { Priority = TaskPriority.Urgent },
            Task(3, "SNV", done: null) with { Priority = TaskPriority.Important },
            Task(4, "STP", done: null, coordinators: ["SNV"]),
        ];
        var reports = new Dictionary<string, ReportTiming> { ["SNV"] = ReportTiming.OnTime, ["STP"] = ReportTiming.Late };
        var index = new Dictionary<string, IndexStanding> { ["SNV"] = new(80m, 2, 2), ["STP"] = new(90m, 1, 2) };

        var rows = EmulationScoring.Rows([Snv, Stp, XaA], tasks, At, reports, index, Weights).ToDictionary(r => r.Unit.Code);

        // SNV: on time 10 + late urgent 8 + overdue important −8 = 10, coordinating T-4 overdue −5 × 0.3 = −1.5; report 10; rank 20 × 1/2 = 10
        Assert.Equal((3, 1, 1, 1, 0, 1), (rows["SNV"].Due, rows["SNV"].OnTime, rows["SNV"].Late, rows["SNV"].Overdue, rows["SNV"].InProgress, rows["SNV"].Coordinated));
        Assert.Equal((8.5m, 10m, 10m, 28.5m), (rows["SNV"].TaskPoints, rows["SNV"].ReportPoints, rows["SNV"].RankPoints, rows["SNV"].Score));
        // STP: T-4 overdue −5; its part of T-1 confirmed on time 10 × 0.3 = 3; report late 0; rank 20
        Assert.Equal((-2m, 0m, 20m, 18m), (rows["STP"].TaskPoints, rows["STP"].ReportPoints, rows["STP"].RankPoints, rows["STP"].Score));
        Assert.Equal((1, 2), (rows["SNV"].Place, rows["STP"].Place));
        // XA-A: nothing due, no report, not ranked
        Assert.Equal((0, -10m, 1), (rows["XA-A"].Due, rows["XA-A"].Score, rows["XA-A"].Place));
    }

    [Fact]
    public void A_task_assigned_after_T_and_a_result_after_T_do_not_count_at_T()
    {
        var early = Zones.Utc(2026, 11, 25);
        UnitTask[] tasks = [Task(1, "SNV", done: Due.AddDays(10)), Task(2, "SNV", done: null) with { AssignedUtc = early.AddDays(1) }];

        var row = EmulationScoring.Rows([Snv], tasks, early, new Dictionary<string, ReportTiming>(), new Dictionary<string, IndexStanding>(), Weights).Single();

        Assert.Equal((1, 1, 0), (row.Due, row.Overdue, row.Late));
    }

    [Fact]
    public void Equal_scores_share_a_place_and_groups_are_placed_apart()
    {
        var rows = EmulationScoring.Rows([Snv, Stp, XaA], [], At, new Dictionary<string, ReportTiming>(), new Dictionary<string, IndexStanding>(), Weights);

        Assert.Equal([("SNV", 1), ("STP", 1), ("XA-A", 1)], rows.Select(r => (r.Unit.Code, r.Place)));
    }

    [Theory]
    [InlineData(1, 4, 20)]
    [InlineData(2, 4, 15)]
    [InlineData(4, 4, 5)]
    [InlineData(null, 4, 0)]
    public void Rank_points_go_from_all_for_the_first_to_one_nth_for_the_last(int? place, int reporters, decimal expected) =>
        Assert.Equal(expected, EmulationScoring.RankPoints(new IndexStanding(place is null ? null : 50m, place, reporters), 20));

    [Theory]
    [InlineData("LeadShare", "1.5", "Emulation:LeadShare must be between 0 and 1")]
    [InlineData("CoordinatorShare", "-0.1", "Emulation:CoordinatorShare must be between 0 and 1")]
    [InlineData("Late:Urgent", "30", "Emulation:OnTime:Urgent ≥ Emulation:Late:Urgent")]
    [InlineData("IndexRank", "5000", "Emulation:IndexRank must be between -1000 and 1000")]
    public void Unfair_weights_are_refused_naming_the_key(string key, string value, string expected)
    {
        var options = new EmulationOptions();
        switch (key)
        {
            case "LeadShare": options.LeadShare = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "CoordinatorShare": options.CoordinatorShare = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "Late:Urgent": options.Late.Urgent = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            default: options.IndexRank = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
        }

        var result = new EmulationOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
        Assert.True(new EmulationOptionsValidator().Validate(Options.DefaultName, new EmulationOptions()).Succeeded);
    }

    private static UnitTask Task(int number, string lead, DateTime? done, IReadOnlyList<string>? coordinators = null) => new()
    {
        Number = number,
        UnitCode = lead,
        Coordinators = coordinators ?? [],
        Description = "Nhiệm vụ",
        DueUtc = Due,
        AssignedUtc = Zones.Utc(2026, 11, 1),
        FinishedUtc = done,
    };
}
