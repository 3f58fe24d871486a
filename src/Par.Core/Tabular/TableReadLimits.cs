namespace Par.Core.Tabular;

/// <summary>
/// Bounds on what a user may send: file size in bytes, non-blank data rows, the bytes a workbook may inflate to,
/// and the characters of one cell. Reading stops at a bound rather than after it.
/// </summary>
public sealed record TableReadLimits(
    long MaxBytes = TableReadLimits.DefaultMaxBytes,
    int MaxRows = TableReadLimits.DefaultMaxRows,
    long MaxUncompressedBytes = TableReadLimits.DefaultMaxUncompressedBytes,
    int MaxCellChars = TableReadLimits.DefaultMaxCellChars)
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;
    public const int DefaultMaxRows = 100_000;
    public const long DefaultMaxUncompressedBytes = 100 * 1024 * 1024;
    public const int DefaultMaxCellChars = 4_000;

    public static TableReadLimits Default { get; } = new();
}
