namespace Par.Core.Tabular;

/// <summary>
/// A spreadsheet's first sheet: header names (trimmed, NFC, inner spaces collapsed; original case
/// kept for display) and its non-blank data rows with their true row numbers.
/// </summary>
public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<TableRow> Rows);
