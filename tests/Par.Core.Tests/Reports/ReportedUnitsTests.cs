using Par.Core.Reports;
using static Par.Core.Tests.Reports.RankingWorld;

namespace Par.Core.Tests.Reports;

public sealed class ReportedUnitsTests : IDisposable
{
    private readonly RankingWorld _world = new RankingWorld().WithUnits("SNV:department STP:department XA-A:commune");

    public void Dispose() => _world.Dispose();

    [Fact]
    public void Units_whose_report_the_report_service_stored_have_reported_that_period_only()
    {
        Assert.True(_world.ReportService.SubmitLine(HeadOf("SNV"), "SNV", P("2025-04"), "DISCLOSE=90", Today).IsSaved);
        Assert.True(_world.ReportService.SubmitLine(HeadOf("STP"), "stp", P("2025-04"), "ONTIME=490/500", Today).IsSaved);
        Assert.True(_world.ReportService.SubmitLine(HeadOf("XA-A"), "XA-A", P("2025-03"), "DISCLOSE=80", Today).IsSaved);

        var reported = new ReportedUnits(_world.Reports).UnitsThatReported(P("2025-04"));

        Assert.Equal(["SNV", "STP"], reported.Order());
        Assert.Contains("stp", reported);
    }

    [Fact]
    public void Nobody_has_reported_when_there_are_no_reports() =>
        Assert.Empty(new ReportedUnits(_world.Reports).UnitsThatReported(P("2025-04")));
}
