namespace Par.Core.Storage;

/// <summary>
/// The store file exists but cannot be used as it is: empty, cut short, or not readable as LiteDB. It is left
/// untouched, never replaced by a new empty store, so what it holds can still be restored.
/// </summary>
public sealed class DamagedStoreException(string path, string problem, Exception? inner = null)
    : Exception($"{path} {problem}", inner)
{
    public string Path { get; } = path;

    /// <summary>What is wrong, as the end of a sentence about the file: "is empty (0 bytes)".</summary>
    public string Problem { get; } = problem;
}
