using Microsoft.Extensions.Options;
using Par.Core.Indicators;
using Par.Core.Periods;
using Par.Core.Ranking;
using Par.Core.References;
using Par.Core.Reports;
using Par.Core.Storage;
using Par.Core.Units;

namespace Par.Bench;

/// <summary>
/// Many units and their reports in a real store, for bench/Par.Bench: <see cref="Open"/> (or <see cref="Fill"/> an
/// existing store) once, then time <see cref="RankingService.Rank"/> for <see cref="Group"/> and <see cref="Period"/>.
/// Lives with the benchmarks: the bot never calls it.
/// </summary>
public static class RankingSandbox
{
    public const string Group = "commune";

    public static Period Period { get; } = Period.ForMonth(2025, 4);

    /// <summary>
    /// Adds units <c>U00000</c>, <c>U00001</c>… to <see cref="Group"/>; each reports every indicator at random for
    /// <see cref="Period"/> and the month before, except every 50th unit, which stays silent. Returns the unit codes.
    /// </summary>
    public static IReadOnlyList<string> Fill(IUnitStore units, IReportStore reports, IndicatorCatalog catalog, int count, int seed = 766)
    {
        var random = new Random(seed);
        var codes = Enumerable.Range(0, count).Select(i => $"U{i:D5}").ToList();
        foreach (var code in codes)
        {
            units.Upsert(new Unit { Code = code, Name = $"Xã thử nghiệm {code}", Group = Group });
        }

        foreach (var period in new[] { Period.Previous(), Period })
        {
            var filled = codes.Where((_, i) => i % 50 != 0).Select(code => new UnitReport
            {
                UnitCode = code,
                Period = period,
                Values = catalog.Items.ToDictionary(
                    indicator => indicator.Code,
                    indicator => indicator.Kind == IndicatorKind.Ratio
                        ? IndicatorValue.Ratio(random.Next(0, 501), 500)
                        : IndicatorValue.Percent(random.Next(0, 10_001) / 100m)),
            });
            reports.Save([.. filled], []);
        }

        return codes;
    }

    /// <summary>A new LiteDB file at <paramref name="path"/> filled with <paramref name="count"/> units, and the service ranking them.</summary>
    /// <remarks>Dispose the returned database when done.</remarks>
    public static (RankingService Ranking, ParDatabase Database) Open(string path, int count)
    {
        var database = new ParDatabase(path);
        var units = new CachingUnitStore(new LiteUnitStore(database), database);
        var reports = new LiteReportStore(database);
        var catalog = IndicatorCatalog.Default;
        database.InTransaction(() => Fill(units, reports, catalog, count));
        var references = new ReferenceService(new LiteReferenceStore(database), catalog, TimeProvider.System);
        return (new RankingService(reports, units, references, catalog, Options.Create(new UnitGroupOptions()), new LitePortalScoreStore(database, units)), database);
    }
}
