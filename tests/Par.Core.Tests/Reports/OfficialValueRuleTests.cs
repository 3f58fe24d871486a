using Par.Core.Access;
using Par.Core.Members;
using Par.Core.Periods;
using Par.Core.Reports;
using Par.Core.Tests.Portal;

namespace Par.Core.Tests.Reports;

public sealed class OfficialValueRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 3);
    private static readonly Actor Head = new(611, Role.Head, "H99.107");

    [Fact]
    public void A_typed_value_of_a_metric_the_portal_published_is_refused_with_the_official_figure()
    {
        using var world = new PortalWorld();
        world.ImportLinked();

        var outcome = world.Reports.SubmitLine(Head, "H99.107", PortalWorld.October, "DOSSIER_RECEIVING_SATISFACTION=1500/1716", Today);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(ReportProblemKind.OfficialValue, problem.Kind);
        var figure = problem.Official!;
        Assert.Equal((68.3m, 4.55m), (figure.Metric.Ratio, figure.Metric.Official));
        Assert.Equal(world.Time.GetUtcNow().UtcDateTime, figure.ImportedUtc);
        Assert.Equal(PortalWorld.Admin, figure.ImportedBy);
        Assert.Null(world.ReportStore.Find("H99.107", PortalWorld.October));
    }

    [Fact]
    public void A_file_row_with_a_published_metric_is_rejected_and_the_other_rows_are_stored()
    {
        using var world = new PortalWorld();
        world.ImportLinked(Samples.Endpoints.Where(endpoint => endpoint != "handling-satisfaction"));
        var admin = new Actor(PortalWorld.Admin, Role.Admin, null);
        ReportRow Row(int number, string code, string value) => new(number, "H99.107", "2026-10", [KeyValuePair.Create(code, value)]);

        var result = world.Reports.Import(
            admin, [Row(2, "PETITION_HANDLING_SATISFACTION", "5/6"), Row(3, "SETTLED_ON_TIME", "100")], Today);

        Assert.Equal(1, result.Saved);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(3, rejected.Number);
        Assert.Equal("SETTLED_ON_TIME", Assert.Single(rejected.Problems).Official!.Metric.Code);
        Assert.Equal(["PETITION_HANDLING_SATISFACTION"], world.ReportStore.Find("H99.107", PortalWorld.October)!.Values.Keys);
    }

    [Fact]
    public void A_period_the_portal_has_no_figures_for_is_reported_as_before()
    {
        using var world = new PortalWorld();
        world.ImportLinked();

        var outcome = world.Reports.SubmitLine(Head, "H99.107", Period.ForMonth(2026, 9), "DOSSIER_RECEIVING_SATISFACTION=1500/1716", Today);

        Assert.True(outcome.IsSaved);
    }

    [Fact]
    public void A_later_import_counts_over_a_typed_value_which_stays_in_the_history()
    {
        using var world = new PortalWorld();
        world.Import.Import(PortalWorld.October, Samples.All(), PortalWorld.Admin);
        world.Import.CreateUnlinked();
        Assert.True(world.Reports.SubmitLine(Head, "H99.107", PortalWorld.October, "DOSSIER_RECEIVING_SATISFACTION=1700/1716", Today).IsSaved);

        world.Import.Import(PortalWorld.October, Samples.All(), PortalWorld.Admin);

        var line = world.Ranking.Standing("H99.107", PortalWorld.October)!.Comparison.Current.Card.Lines
            .Single(l => l.Code == "DOSSIER_RECEIVING_SATISFACTION");
        Assert.Equal(4.55m, line.Earned);
        var typed = Assert.Single(world.ReportStore.History("H99.107", PortalWorld.October));
        Assert.Equal("1700/1716", ValueText.Format(typed.New));
        Assert.False(world.Reports.SubmitLine(Head, "H99.107", PortalWorld.October, "DOSSIER_RECEIVING_SATISFACTION=1716/1716", Today).IsSaved);
    }
}
