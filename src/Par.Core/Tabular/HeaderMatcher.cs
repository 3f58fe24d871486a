namespace Par.Core.Tabular;

/// <summary>
/// Finds canonical columns among the headers users send, whatever their case, spacing,
/// Unicode form or accents (<c>Mã hồ sơ</c>, <c>MA_HO_SO</c> → <c>code</c>). Unknown headers are ignored.
/// </summary>
public sealed class HeaderMatcher
{
    private readonly Dictionary<string, Alias> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Alias> _folded = new(StringComparer.Ordinal);

    public HeaderMatcher(IEnumerable<ColumnAliases> columns)
    {
        foreach (var column in columns)
        {
            IEnumerable<string> names = [column.Name, .. column.Aliases];
            var priority = 0;
            foreach (var name in names)
            {
                var alias = new Alias(column.Name, priority++);
                Add(_exact, TextKey.Normalize(name), alias);
                Add(_folded, TextKey.Fold(name), alias);
            }
        }
    }

    /// <summary>The canonical column <paramref name="header"/> means, or null when it means none.</summary>
    public string? Canonical(string header) => Find(header)?.Column;

    /// <summary>
    /// Maps each canonical column to the header that names it. When several headers name the same
    /// column, the one matching the earlier alias wins, then the leftmost.
    /// </summary>
    public ColumnMap Match(IReadOnlyList<string> headers)
    {
        var best = new Dictionary<string, (int Index, int Priority)>(StringComparer.Ordinal);
        for (var index = 0; index < headers.Count; index++)
        {
            if (Find(headers[index]) is not { } alias)
            {
                continue;
            }

            if (!best.TryGetValue(alias.Column, out var found) || alias.Priority < found.Priority)
            {
                best[alias.Column] = (index, alias.Priority);
            }
        }

        return new ColumnMap(best.ToDictionary(pair => pair.Key, pair => pair.Value.Index, StringComparer.Ordinal));
    }

    private Alias? Find(string header) =>
        _exact.TryGetValue(TextKey.Normalize(header), out var alias) ? alias
        : _folded.TryGetValue(TextKey.Fold(header), out alias) ? alias
        : null;

    private static void Add(Dictionary<string, Alias> aliases, string key, Alias alias)
    {
        if (aliases.TryGetValue(key, out var existing))
        {
            if (existing.Column != alias.Column)
            {
                throw new ArgumentException($"Header '{key}' would mean both '{existing.Column}' and '{alias.Column}'.");
            }

            return;
        }

        aliases.Add(key, alias);
    }

    private sealed record Alias(string Column, int Priority);
}
