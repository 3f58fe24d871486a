namespace Par.Core.Tasks;

/// <summary>One line of a task's history: who did what when, with their words and the file they gave as evidence.</summary>
public sealed record TaskHistoryEntry(long By, DateTime AtUtc, TaskEventKind Kind, string? Text = null, TaskEvidence? Evidence = null);
