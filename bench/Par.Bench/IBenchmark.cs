namespace Par.Bench;

/// <summary>A benchmark that measures one or more figures, each the median of <paramref name="runs"/> runs.</summary>
public interface IBenchmark
{
    string Name { get; }
    Task<IReadOnlyList<Figure>> RunAsync(int runs);
}
