namespace Par.Core.Tabular;

/// <summary>Why a file sent by a user could not be read as a table.</summary>
public enum TableErrorKind
{
    /// <summary>No bytes, or only blank rows.</summary>
    Empty,

    /// <summary>More bytes or data rows than <see cref="TableReadLimits"/> allows.</summary>
    TooLarge,

    /// <summary>Not a CSV or XLSX file: unsupported extension or binary content.</summary>
    NotATable,

    /// <summary>Looks like a supported format but is corrupt (broken zip, unterminated quote).</summary>
    Unreadable,

    /// <summary>Text that is neither UTF-8, UTF-16 with a BOM, nor Windows-1258.</summary>
    BadEncoding,

    /// <summary>The first non-blank row holds values, not column names.</summary>
    NoHeader,

    /// <summary>Two columns share a name after normalisation.</summary>
    DuplicateHeader,

    /// <summary>A cell longer than <see cref="TableReadLimits.MaxCellChars"/>; the detail is its reference (<c>C12</c>).</summary>
    CellTooLong,
}
