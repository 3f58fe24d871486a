using Par.Core.Reports;
using Par.Core.Tests.Reports;
using static Par.Core.Tests.Reports.RankingWorld;

namespace Par.Core.Tests.References;

public sealed class ReferenceServiceTests : IDisposable
{
    private readonly RankingWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Theory]
    [InlineData("2025-04", "1")]
    [InlineData("2025-05", "2")]
    [InlineData("2025-08", "3")]
    [InlineData("2025-Q1", "4")]
    [InlineData("2025-11", "5")]
    [InlineData("2025-Q4", "5")]
    [InlineData("2025", "5")]
    [InlineData("2024-12", "")]
    public void For_takes_the_period_else_its_quarter_else_its_year(string askedFor, string expected)
    {
        _world.References.Record(P("2025-04"), "ERESULT=1", Admin.UserId);
        _world.References.Record(P("2025-Q2"), "ERESULT=2", Admin.UserId);
        _world.References.Record(P("2025-Q3"), "ERESULT=3", Admin.UserId);
        _world.References.Record(P("2025-Q1"), "ERESULT=4", Admin.UserId);
        _world.References.Record(P("2025"), "ERESULT=5", Admin.UserId);

        var found = _world.References.For(P(askedFor));

        Assert.Equal(expected, found.TryGetValue("ERESULT", out var rate) ? rate.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
    }

    [Fact]
    public void Record_adds_to_what_the_period_has_and_refuses_all_on_any_error()
    {
        _world.References.Record(P("2025-Q1"), "ERESULT=70,81 DIGITIZE=68.24", Admin.UserId);
        var refused = _world.References.Record(P("2025-Q1"), "ERESULT=80 DIGITIZE=abc", Admin.UserId);
        _world.References.Record(P("2025-Q1"), "ONLINE=40", Admin.UserId);

        Assert.Equal([ReportProblemKind.BadValue], refused.Problems.Select(p => p.Kind));
        var rates = _world.ReferenceStore.Find(P("2025-Q1"))!.Rates;
        Assert.Equal(["DIGITIZE=68.24", "ERESULT=70.81", "ONLINE=40"], rates.OrderBy(r => r.Key).Select(r => $"{r.Key}={r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
    }
}
