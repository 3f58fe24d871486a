namespace Par.Core.Reports;

/// <summary>
/// One row of a report file as the user wrote it: <paramref name="Number"/> is the spreadsheet row,
/// <paramref name="Cells"/> the indicator columns (catalogue code, cell text), empty cells included.
/// </summary>
public sealed record ReportRow(int Number, string Unit, string Period, IReadOnlyList<KeyValuePair<string, string>> Cells);
