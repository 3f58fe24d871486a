using Par.Core.Tabular;

namespace Par.Core.Tasks;

/// <summary>
/// A meeting's directives from a file: each row is a task checked like one assigned by hand; the good rows are
/// assigned together and the bad ones reported by row number.
/// </summary>
public sealed class TaskImportService(TaskService tasks)
{
    public static bool Recognizes(Table table) => TaskColumns.Matcher.Match(table.Headers).Missing(TaskColumns.Required).Count == 0;

    public TaskImportResult Import(Table table, long assignedBy, TimeZoneInfo zone, DateTime nowUtc)
    {
        var columns = TaskColumns.Matcher.Match(table.Headers);
        if (columns.Missing(TaskColumns.Required) is { Count: > 0 } missing)
            return new TaskImportResult([], [], missing);
        var rejected = new List<TaskImportRejection>();
        var drafts = new List<(int Row, TaskDraft Draft)>();
        foreach (var row in table.Rows)
        {
            if (Read(row, columns, zone, nowUtc) is { } draft)
                drafts.Add((row.Number, draft));
            else
                rejected.Add(Rejection(row, columns, zone, nowUtc));
        }
        var outcomes = tasks.AssignAll([.. drafts.Select(d => d.Draft)], assignedBy, nowUtc);
        rejected.AddRange(drafts.Zip(outcomes)
            .Where(pair => pair.Second.Problem is not null)
            .Select(pair => new TaskImportRejection(pair.First.Row, pair.Second.Problem!.Value, pair.Second.About ?? pair.First.Draft.Description)));
        return new TaskImportResult([.. outcomes.Where(o => o.Task is not null).Select(o => o.Task!)], [.. rejected.OrderBy(r => r.Row)], []);
    }

    private static TaskDraft? Read(TableRow row, ColumnMap columns, TimeZoneInfo zone, DateTime nowUtc)
    {
        if (!TaskDeadline.TryParse(row[columns[TaskColumns.Deadline]], zone, nowUtc, out var due)
            || !TaskPriorityParser.TryParse(row[columns[TaskColumns.Priority]], out var priority))
        {
            return null;
        }
        var documentText = row[columns[TaskColumns.Document]];
        AssigningDocument? document = null;
        if (documentText.Length > 0 && !AssigningDocument.TryParse(documentText, out document))
            return null;
        return new TaskDraft
        {
            LeadUnit = row[columns[TaskColumns.Lead]],
            Coordinators = row[columns[TaskColumns.Coordinators]].Split([',', ';', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            DueUtc = due,
            Description = row[columns[TaskColumns.Content]],
            ExpectedResult = row[columns[TaskColumns.Expected]],
            Document = document,
            Priority = priority,
        };
    }

    /// <summary>Why <see cref="Read"/> refused the row, checked in the same order.</summary>
    private static TaskImportRejection Rejection(TableRow row, ColumnMap columns, TimeZoneInfo zone, DateTime nowUtc)
    {
        var deadline = row[columns[TaskColumns.Deadline]];
        if (!TaskDeadline.TryParse(deadline, zone, nowUtc, out _))
            return new TaskImportRejection(row.Number, TaskProblem.BadDeadline, deadline);
        var priority = row[columns[TaskColumns.Priority]];
        return TaskPriorityParser.TryParse(priority, out _)
            ? new TaskImportRejection(row.Number, TaskProblem.BadDocument, row[columns[TaskColumns.Document]])
            : new TaskImportRejection(row.Number, TaskProblem.BadPriority, priority);
    }
}
