using Par.Core.Indicators;

namespace Par.Core.Ranking;

/// <summary>The figures of a unit formed by a merger, for a period before it existed, from its predecessors' reports.</summary>
public static class MergeFigures
{
    /// <summary>
    /// Per indicator: ratios are summed (numerators and denominators added) when every predecessor that reported it
    /// gave a ratio; otherwise the rates are averaged, each reporting predecessor counting once. An indicator nobody
    /// reported stays missing.
    /// </summary>
    public static IReadOnlyDictionary<string, IndicatorValue> Combine(
        IEnumerable<IReadOnlyDictionary<string, IndicatorValue>> predecessors)
    {
        var byCode = new Dictionary<string, List<IndicatorValue>>(StringComparer.OrdinalIgnoreCase);
        foreach (var report in predecessors)
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
