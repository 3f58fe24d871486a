using Par.Core.Indicators;
using Par.Core.Reports;
using static Par.Core.Tests.Reports.RankingWorld;

namespace Par.Core.Tests.Reports;

public sealed class ReportStoreTests : IDisposable
{
    private readonly RankingWorld _world = new RankingWorld().WithUnits("SNV:department STP:department XA-A:commune");

    public void Dispose() => _world.Dispose();

    [Theory]
    [InlineData("ONTIME=490/500", "490/500", "98")]
    [InlineData("ONTIME=1/3", "1/3", "33.333333333333333333333333333")]
    [InlineData("ONTIME=12,5/25", "12.5/25", "50")]
    [InlineData("DISCLOSE=62,5%", "62.5", "62.5")]
    [InlineData("DISCLOSE=0", "0", "0")]
    [InlineData("DISCLOSE=100", "100", "100")]
    [InlineData("DISCLOSE=99.2857", "99.2857", "99.2857")]
    public void A_value_comes_back_exactly_after_a_restart(string line, string stored, string rate)
    {
        _world.Reported("SNV", "2025-04", line);
        _world.Reopen();

        var value = _world.Reports.Find("SNV", P("2025-04"))!.Values.Values.Single();
        var fromSheet = _world.Reports.ValuesOf(P("2025-04"))["SNV"].Values.Single();

        Assert.Equal((stored, decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)), (ValueText.Format(value), value.Rate));
        Assert.Equal(value, fromSheet);
    }

    [Fact]
    public void ValuesOf_holds_every_unit_of_the_period_and_follows_corrections()
    {
        _world.Reported("SNV", "2025-04", "DISCLOSE=90").Reported("STP", "2025-04", "DISCLOSE=80").Reported("SNV", "2025-03", "DISCLOSE=10");
        Assert.Equal(["SNV", "STP"], _world.Reports.ValuesOf(P("2025-04")).Keys.Order());

        _world.Reported("SNV", "2025-04", "DISCLOSE=95 ONLINE=40");

        var april = _world.Reports.ValuesOf(P("2025-04"));
        Assert.Equal([95m, 40m], new[] { april["SNV"]["DISCLOSE"].Rate, april["SNV"]["ONLINE"].Rate });
        Assert.Equal(80m, april["STP"]["DISCLOSE"].Rate);
        Assert.Empty(_world.Reports.ValuesOf(P("2025-02")));
    }

    [Fact]
    public void Periods_lists_what_was_reported_by_unit_and_overall()
    {
        _world.Reported("SNV", "2025-04", "DISCLOSE=90").Reported("SNV", "2025-Q1", "DISCLOSE=90").Reported("XA-A", "2025", "DISCLOSE=1");

        Assert.Equal(["2025-04", "2025-Q1"], _world.Reports.PeriodsOf("snv").Select(p => p.ToString()).Order());
        Assert.Equal(["2025", "2025-04", "2025-Q1"], _world.Reports.Periods().Select(p => p.ToString()).Order());
        Assert.Empty(_world.Reports.PeriodsOf("STP"));
    }

    [Fact]
    public void History_survives_a_restart()
    {
        _world.Reported("SNV", "2025-04", "ONTIME=400/500");
        _world.Reported("SNV", "2025-04", "ONTIME=450/500");
        _world.Reopen();

        var history = _world.Reports.History("SNV", P("2025-04"));

        Assert.Equal([null, "400/500"], history.Select(c => c.Old is null ? null : ValueText.Format(c.Old)));
        Assert.Equal(["400/500", "450/500"], history.Select(c => ValueText.Format(c.New)));
        Assert.All(history, c => Assert.Equal(Admin.UserId, c.ChangedBy));
    }

    [Fact]
    public void FirstSent_is_the_first_change_of_each_units_history_in_one_read()
    {
        _world.Reported("SNV", "2025-04", "ONTIME=400/500");
        _world.Time.Advance(TimeSpan.FromHours(2));
        _world.Reported("STP", "2025-04", "DISCLOSE=80").Reported("SNV", "2025-04", "ONTIME=450/500").Reported("XA-A", "2025-03", "DISCLOSE=10");
        _world.Reopen();

        var first = _world.Reports.FirstSent(P("2025-04"));

        Assert.Equal(["SNV", "STP"], first.Keys.Order());
        foreach (var unit in new[] { "SNV", "STP" })
            Assert.Equal(_world.Reports.History(unit, P("2025-04"))[0].ChangedUtc, first[unit.ToLowerInvariant()]);
        Assert.Equal(_world.Time.GetUtcNow().UtcDateTime.AddHours(-2), first["SNV"]);
    }

    [Theory]
    [InlineData("ONTIME=490/500;DISCLOSE=100", 2)]
    [InlineData("ONTIME=490/500;BROKEN;DISCLOSE=", 1)]
    [InlineData("ONTIME=600/500;DISCLOSE=1.2.3;ONLINE=101", 0)]
    [InlineData("", 0)]
    public void ValueText_skips_damaged_pairs(string text, int count)
    {
        Assert.Equal(count, ValueText.ParseAll(text).Count);
    }

    [Fact]
    public void ValueText_round_trips_long_decimals()
    {
        var value = IndicatorValue.Percent(33.333333333333333333333333333m);

        Assert.True(ValueText.TryParse(ValueText.Format(value), out var back));
        Assert.Equal(value, back);
    }
}
