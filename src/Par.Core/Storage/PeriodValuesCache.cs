using Par.Core.Indicators;
using Par.Core.Periods;

namespace Par.Core.Storage;

/// <summary>
/// The parsed values of the periods read lately, so ranking a period twice (this period and the previous one,
/// for every <c>/rank</c>) does not parse its sheet twice. <see cref="LiteReportStore"/> drops a period when it writes it.
/// </summary>
internal sealed class PeriodValuesCache
{
    /// <summary>A few periods: the current and previous month, quarter and year cover nearly every question.</summary>
    private const int MaxPeriods = 8;

    private readonly Lock _gate = new();
    private readonly Dictionary<Period, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IndicatorValue>>> _values = [];
    private long _version;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IndicatorValue>> GetOrLoad(
        Period period, Func<IReadOnlyDictionary<string, IReadOnlyDictionary<string, IndicatorValue>>> load)
    {
        long loadedAt;
        lock (_gate)
        {
            if (_values.TryGetValue(period, out var cached))
            {
                return cached;
            }

            loadedAt = _version;
        }

        var loaded = load();
        lock (_gate)
        {
            // Keep what was read only if no write happened meanwhile: it might have missed that write.
            if (_version == loadedAt)
            {
                if (_values.Count >= MaxPeriods)
                {
                    _values.Clear();
                }

                _values[period] = loaded;
            }
        }

        return loaded;
    }

    public void Forget(IEnumerable<Period> periods)
    {
        lock (_gate)
        {
            _version++;
            foreach (var period in periods)
            {
                _values.Remove(period);
            }
        }
    }
}
