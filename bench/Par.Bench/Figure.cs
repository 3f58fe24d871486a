namespace Par.Bench;

/// <summary>One measured figure: the median of several runs against its target.</summary>
public sealed record Figure(string Name, double Median, string Unit, string Target, bool Met, string Note = "");
