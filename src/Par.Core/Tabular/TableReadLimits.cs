namespace Par.Core.Tabular;

/// <summary>Bounds on what a user may send: file size in bytes and non-blank data rows.</summary>
public sealed record TableReadLimits(long MaxBytes = TableReadLimits.DefaultMaxBytes, int MaxRows = TableReadLimits.DefaultMaxRows)
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;
    public const int DefaultMaxRows = 100_000;

    public static TableReadLimits Default { get; } = new();
}
