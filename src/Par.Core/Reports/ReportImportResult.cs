namespace Par.Core.Reports;

/// <summary>What a report file did: rows stored (changed or not), and rows refused with their numbers and reasons.</summary>
public sealed record ReportImportResult(int Saved, int Changes, IReadOnlyList<RejectedReportRow> Rejected);
