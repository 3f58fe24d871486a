namespace Par.Core.Reports;

/// <summary>What a report file did: rows stored (changed or not), and rows refused with their numbers and reasons.</summary>
/// <param name="Changed">The saved rows that changed a report, for whoever must be told of the change (a unit's head).</param>
public sealed record ReportImportResult(int Saved, int Changes, IReadOnlyList<RejectedReportRow> Rejected, IReadOnlyList<ReportOutcome> Changed);
