using Par.Core.Access;
using Par.Core.Indicators;
using Par.Core.Members;
using Par.Core.Reports;
using static Par.Core.Tests.Reports.RankingWorld;

namespace Par.Core.Tests.Reports;

public sealed class ReportServiceTests : IDisposable
{
    private readonly RankingWorld _world = new RankingWorld().WithUnits("SNV:department STP:department");

    public void Dispose() => _world.Dispose();

    [Theory]
    [InlineData("ONTIME=abc", ReportProblemKind.BadValue, ValueParseError.NotANumber)]
    [InlineData("DISCLOSE=-5", ReportProblemKind.BadValue, ValueParseError.Negative)]
    [InlineData("DISCLOSE=100,5", ReportProblemKind.BadValue, ValueParseError.OverHundred)]
    [InlineData("ONTIME=510/500", ReportProblemKind.BadValue, ValueParseError.NumeratorOverDenominator)]
    [InlineData("ONTIME=5/0", ReportProblemKind.BadValue, ValueParseError.ZeroDenominator)]
    [InlineData("ONTIME=490/500 FOO=5", ReportProblemKind.UnknownCode, null)]
    [InlineData("ONTIME=490/500 DISCLOSE=nhiều", ReportProblemKind.BadValue, ValueParseError.NotANumber)]
    [InlineData("ONTIME=490/500 ONTIME=480/500", ReportProblemKind.DuplicateCode, null)]
    [InlineData("xin chào", ReportProblemKind.Malformed, null)]
    [InlineData("", ReportProblemKind.NoValues, null)]
    public void SubmitLine_refuses_a_bad_line_and_stores_nothing(string line, ReportProblemKind kind, ValueParseError? error)
    {
        var outcome = _world.ReportService.SubmitLine(HeadOf("SNV"), "SNV", P("2025-04"), line, Today);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((kind, error), (problem.Kind, problem.ValueError));
        Assert.Null(_world.Reports.Find("SNV", P("2025-04")));
    }

    [Theory]
    [InlineData("SNV", "2025-03", ReportProblemKind.LockedPeriod)]
    [InlineData("SNV", "2025-06", ReportProblemKind.FuturePeriod)]
    [InlineData("SNV", "2026", ReportProblemKind.FuturePeriod)]
    [InlineData("STP", "2025-04", ReportProblemKind.NotYourUnit)]
    [InlineData("NOPE", "2025-04", ReportProblemKind.UnknownUnit)]
    [InlineData("OLD", "2025-04", ReportProblemKind.ArchivedUnit)]
    public void SubmitLine_refuses_a_unit_or_period_the_reporter_may_not_report(string unit, string period, ReportProblemKind kind)
    {
        _world.WithUnits("OLD:department");
        _world.UnitService.Archive("OLD");
        _world.Locks.Lock(P("2025-03"), Admin.UserId, DateTime.UtcNow);
        var reporter = unit == "OLD" ? HeadOf("OLD") : HeadOf("SNV");

        var outcome = _world.ReportService.SubmitLine(reporter, unit, P(period), "ONTIME=490/500", Today);

        Assert.Equal([kind], outcome.Problems.Select(p => p.Kind));
        Assert.Null(_world.Reports.Find(unit, P(period)));
    }

    [Fact]
    public void An_unlocked_period_takes_reports_again()
    {
        _world.Locks.Lock(P("2025-04"), Admin.UserId, DateTime.UtcNow);
        Assert.False(_world.ReportService.SubmitLine(HeadOf("SNV"), "SNV", P("2025-04"), "DISCLOSE=90", Today).IsSaved);

        Assert.True(_world.Locks.Unlock(P("2025-04")));

        Assert.True(_world.ReportService.SubmitLine(HeadOf("SNV"), "SNV", P("2025-04"), "DISCLOSE=90", Today).IsSaved);
    }

    [Fact]
    public void Admin_may_report_for_any_unit_and_a_deputy_for_their_own()
    {
        Assert.True(_world.ReportService.SubmitLine(Admin, "STP", P("2025-04"), "DISCLOSE=90", Today).IsSaved);
        Assert.True(_world.ReportService.SubmitLine(new Actor(502, Role.Deputy, "SNV"), "snv", P("2025-04"), "DISCLOSE=90", Today).IsSaved);
        Assert.False(_world.ReportService.SubmitLine(new Actor(777, Role.Stranger, null), "SNV", P("2025-04"), "DISCLOSE=91", Today).IsSaved);
    }

    [Fact]
    public void A_partial_report_is_merged_and_only_real_changes_are_kept_in_history()
    {
        var first = _world.ReportService.SubmitLine(HeadOf("SNV"), "SNV", P("2025-04"), "ONTIME=490/500 DISCLOSE=100", Today);
        _world.Time.Advance(TimeSpan.FromHours(2));
        var second = _world.ReportService.SubmitLine(HeadOf("SNV", 502), "SNV", P("2025-04"), "DISCLOSE=100 ONLINE=62,5%", Today);
        var third = _world.ReportService.SubmitLine(HeadOf("SNV"), "SNV", P("2025-04"), "ONLINE=70", Today);

        Assert.Equal(2, first.Changes.Count);
        Assert.Equal(["ONLINE"], second.Changes.Select(c => c.Code));
        var report = _world.Reports.Find("SNV", P("2025-04"))!;
        Assert.Equal(["DISCLOSE=100", "ONLINE=70", "ONTIME=490/500"], report.Values.OrderBy(v => v.Key).Select(v => $"{v.Key}={ValueText.Format(v.Value)}"));
        var history = _world.Reports.History("SNV", P("2025-04"));
        Assert.Equal(
            ["ONTIME: → 490/500 by 501", "DISCLOSE: → 100 by 501", "ONLINE: → 62.5 by 502", "ONLINE: 62.5 → 70 by 501"],
            history.Select(c => $"{c.Code}: {(c.Old is null ? "" : ValueText.Format(c.Old) + " ")}→ {ValueText.Format(c.New)} by {c.ChangedBy}"));
        Assert.Equal(_world.Time.GetUtcNow().UtcDateTime, history[^1].ChangedUtc, TimeSpan.FromSeconds(1));
        Assert.Empty(third.Problems);
    }

    [Fact]
    public void Import_stores_good_rows_and_reports_bad_rows_by_number()
    {
        _world.Locks.Lock(P("2025-03"), 9001, DateTime.UtcNow);
        ReportRow[] rows =
        [
            Row(2, "SNV", "2025-04", "490/500", "100"),
            Row(3, "STP", "2025-04", "480/500", ""),
            Row(4, "SNV", "2025-03", "1/2", ""),
            Row(5, "SNV", "tháng tư", "1/2", ""),
            Row(6, "SNV", "2025-Q1", "abc", "-1"),
            Row(7, "SNV", "2025-04", "", "99"),
            Row(8, "SNV", "2025-02", "", ""),
        ];

        var result = _world.ReportService.Import(HeadOf("SNV"), rows, Today);

        Assert.Equal(1, result.Saved);
        Assert.Equal(
            ["3:NotYourUnit", "4:LockedPeriod", "5:BadPeriod", "6:BadValue,BadValue", "7:DuplicateRow", "8:NoValues"],
            result.Rejected.Select(r => $"{r.Number}:{string.Join(',', r.Problems.Select(p => p.Kind))}"));
        Assert.Equal("ONTIME=490/500", $"ONTIME={ValueText.Format(_world.Reports.Find("SNV", P("2025-04"))!.Values["ONTIME"])}");
        Assert.Null(_world.Reports.Find("STP", P("2025-04")));
    }

    private static ReportRow Row(int number, string unit, string period, string ontime, string disclose) =>
        new(number, unit, period, [KeyValuePair.Create("ONTIME", ontime), KeyValuePair.Create("DISCLOSE", disclose)]);
}
