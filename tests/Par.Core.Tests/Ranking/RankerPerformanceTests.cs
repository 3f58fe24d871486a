using System.Diagnostics;
using Par.Core.Indicators;
using Par.Core.Ranking;

namespace Par.Core.Tests.Ranking;

[Collection(TimingCollection.Name)]
public sealed class RankerPerformanceTests
{
    [Fact]
    public void Rank_of_ten_thousand_units_takes_well_under_50_ms()
    {
        var (units, reports) = TenThousandUnits();

        Ranker.Rank(IndicatorCatalog.Default, units, reports);
        var fastest = Enumerable.Range(0, 10).Min(_ =>
        {
            var watch = Stopwatch.StartNew();
            Ranker.Rank(IndicatorCatalog.Default, units, reports);
            return watch.Elapsed;
        });

        Assert.True(fastest < TimeSpan.FromMilliseconds(50), $"fastest of 10 runs took {fastest.TotalMilliseconds} ms");
    }

    /// <summary>Every 50th unit silent, the others reporting all eight indicators at random.</summary>
    private static (string[] Units, Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>> Reports) TenThousandUnits()
    {
        var random = new Random(766);
        var units = Enumerable.Range(0, 10_000).Select(i => $"U{i:D5}").ToArray();
        var reports = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>>();
        foreach (var unit in units.Where((_, i) => i % 50 != 0))
        {
            reports[unit] = IndicatorCatalog.Default.Items.ToDictionary(
                indicator => indicator.Code,
                indicator => indicator.Kind == IndicatorKind.Ratio
                    ? IndicatorValue.Ratio(random.Next(0, 501), 500)
                    : IndicatorValue.Percent(random.Next(0, 10_001) / 100m));
        }

        return (units, reports);
    }
}
