using Par.Core.Indicators;

namespace Par.Core.Ranking;

/// <summary>
/// Several reports read as one: a merged unit's predecessors' for a period before it existed, or a unit's months
/// for a quarter or year it did not report itself.
/// </summary>
public static class CombinedFigures
{
    /// <summary>
    /// Per indicator: ratios are summed (numerators and denominators added) when every report that gave it gave a
    /// ratio; otherwise the rates are averaged, each report that gave it counting once. An indicator no report gave
    /// stays missing.
    /// </summary>
    public static IReadOnlyDictionary<string, IndicatorValue> Combine(
        IEnumerable<IReadOnlyDictionary<string, IndicatorValue>> reports)
    {
        var byCode = new Dictionary<string, List<IndicatorValue>>(StringComparer.OrdinalIgnoreCase);
        foreach (var report in reports)
        {
            foreach (var (code, value) in report)
            {
                if (!byCode.TryGetValue(code, out var values))
                {
                    byCode[code] = values = [];
                }

                values.Add(value);
            }
        }

        return byCode.ToDictionary(pair => pair.Key, pair => Combine(pair.Value), StringComparer.OrdinalIgnoreCase);
    }

    private static IndicatorValue Combine(List<IndicatorValue> values) =>
        values.TrueForAll(value => value.IsRatio)
            ? IndicatorValue.Ratio(values.Sum(value => value.Numerator.GetValueOrDefault()), values.Sum(value => value.Denominator.GetValueOrDefault()))
            : IndicatorValue.Percent(values.Average(value => value.Rate));
}
