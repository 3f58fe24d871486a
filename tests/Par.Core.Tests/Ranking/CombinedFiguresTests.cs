using Par.Core.Indicators;
using Par.Core.Ranking;

namespace Par.Core.Tests.Ranking;

public sealed class CombinedFiguresTests
{
    [Theory]
    [InlineData("ONTIME=490/500", "ONTIME", "490/500")]
    [InlineData("ONTIME=490/500 | ONTIME=90/100", "ONTIME", "580/600")]
    [InlineData("ONTIME=490/500 | ONTIME=90/100 | DISCLOSE=100", "ONTIME", "580/600")]
    [InlineData("FEEDBACK=0/3 | FEEDBACK=2,5/5", "FEEDBACK", "2,5/8")]
    [InlineData("ONLINE=60 | ONLINE=40 | ONLINE=50", "ONLINE", "50")]
    [InlineData("ONLINE=60 | DISCLOSE=100", "ONLINE", "60")]
    [InlineData("ONTIME=490/500 | ONTIME=90", "ONTIME", "94")]
    [InlineData("ONLINE=1/2 | ONLINE=100", "ONLINE", "75")]
    [InlineData("ONLINE=60 | DISCLOSE=100", "EPAY", null)]
    [InlineData("", "EPAY", null)]
    public void Combine_sums_ratios_and_averages_percents(string predecessors, string code, string? expected)
    {
        var reports = predecessors.Split('|').Select(line => Reports.Of(line.Trim()));

        var merged = CombinedFigures.Combine(reports);

        Assert.Equal(expected is null ? null : IndicatorValueParser.Parse(expected).Value, merged.GetValueOrDefault(code));
    }

    [Fact]
    public void Combine_keeps_every_indicator_someone_reported()
    {
        var merged = CombinedFigures.Combine([Reports.Of("DISCLOSE=100 ONTIME=1/2"), Reports.Of("ONLINE=50")]);

        Assert.Equal(["DISCLOSE", "ONLINE", "ONTIME"], merged.Keys.Order());
    }

    [Fact]
    public void Combine_of_no_predecessors_is_an_empty_report()
    {
        Assert.Empty(CombinedFigures.Combine([]));
    }
}
