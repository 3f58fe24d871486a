namespace Par.Core.Ranking;

/// <summary>One group's ranking for one period, as <see cref="Ranker.Rank"/> computes it.</summary>
public sealed class GroupRanking
{
    private readonly Dictionary<string, RankEntry> _byUnit;

    internal GroupRanking(IReadOnlyList<RankEntry> entries, int reporters, decimal? average)
    {
        Entries = entries;
        Reporters = reporters;
        Average = average;
        _byUnit = new Dictionary<string, RankEntry>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _byUnit.Add(entry.UnitCode, entry);
        }
    }

    /// <summary>Reporting units by place (ties by unit code), then the units that reported nothing, by code.</summary>
    public IReadOnlyList<RankEntry> Entries { get; }

    /// <summary>Every unit of the group, reporting or not: the "the group has 20" in "2nd of 18 that reported, the group has 20".</summary>
    public int GroupSize => Entries.Count;

    /// <summary>The units that reported, the ones places are counted among: the "of 18" in "2nd of 18 that reported".</summary>
    public int Reporters { get; }

    /// <summary>The mean score of the units that reported; null when none did.</summary>
    public decimal? Average { get; }

    public RankEntry? Find(string unitCode) => _byUnit.GetValueOrDefault(unitCode);
}
