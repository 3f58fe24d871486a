namespace Par.Core.Tasks;

/// <summary>A row of a tasks file that was not assigned: its number as the spreadsheet shows it, why, and the value concerned.</summary>
public sealed record TaskImportRejection(int Row, TaskProblem Problem, string Value);
