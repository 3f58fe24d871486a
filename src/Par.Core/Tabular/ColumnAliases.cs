namespace Par.Core.Tabular;

/// <summary>A canonical column name and the other headers that mean it, most specific first.</summary>
public sealed record ColumnAliases(string Name, params IReadOnlyList<string> Aliases);
