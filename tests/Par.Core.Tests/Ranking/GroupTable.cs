using System.Globalization;
using Par.Core.Indicators;
using Par.Core.Ranking;

namespace Par.Core.Tests.Ranking;

/// <summary>
/// A group written as <c>A:90 B:- C:80</c>: each unit's score out of 100 on a one-indicator catalogue,
/// <c>-</c> for a unit that reported nothing.
/// </summary>
internal static class GroupTable
{
    public static IndicatorCatalog OneIndicator { get; } = IndicatorCatalog.FromOptions(new IndicatorOptions
    {
        Items =
        [
            new IndicatorDefinition
            {
                Code = "RATE", NameVi = "Tỉ lệ", NameEn = "Rate", Area = "Chung", AreaEn = "General",
                Points = 100, Target = 100,
            },
        ],
    });

    public static GroupRanking Rank(string table)
    {
        var units = new List<string>();
        var reports = new Dictionary<string, IReadOnlyDictionary<string, IndicatorValue>>();
        foreach (var cell in table.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (unit, score) = (cell.Split(':')[0], cell.Split(':')[1]);
            units.Add(unit);
            if (score != "-")
            {
                reports[unit] = new Dictionary<string, IndicatorValue>
                {
                    ["RATE"] = IndicatorValue.Percent(decimal.Parse(score, CultureInfo.InvariantCulture)),
                };
            }
        }

        return Ranker.Rank(OneIndicator, units, reports);
    }

    /// <summary>The ranking written back as <c>A:1 B:2 C:-</c>, in its order.</summary>
    public static string Places(GroupRanking ranking) =>
        string.Join(" ", ranking.Entries.Select(e => $"{e.UnitCode}:{e.Place?.ToString(CultureInfo.InvariantCulture) ?? "-"}"));
}
