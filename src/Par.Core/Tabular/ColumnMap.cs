namespace Par.Core.Tabular;

/// <summary>Where each canonical column was found in a table's headers.</summary>
public sealed class ColumnMap(IReadOnlyDictionary<string, int> indexes)
{
    /// <summary>The 0-based column index of <paramref name="column"/>, or null when the table lacks it.</summary>
    public int? this[string column] => indexes.TryGetValue(column, out var index) ? index : null;

    public bool Has(string column) => indexes.ContainsKey(column);

    /// <summary>The required columns the table lacks, in the order given.</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> required) => [.. required.Where(c => !Has(c))];
}
