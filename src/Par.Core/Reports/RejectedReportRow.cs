namespace Par.Core.Reports;

public sealed record RejectedReportRow(int Number, IReadOnlyList<ReportProblem> Problems);
