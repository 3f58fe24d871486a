using System.Diagnostics.CodeAnalysis;

namespace Par.Core.Tabular;

/// <summary>Either a <see cref="Tabular.Table"/> or the <see cref="TableError"/> that prevented reading one.</summary>
public sealed record TableReadResult
{
    private TableReadResult(Table? table, TableError? error)
    {
        Table = table;
        Error = error;
    }

    public Table? Table { get; }

    public TableError? Error { get; }

    [MemberNotNullWhen(true, nameof(Table))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Table is not null;

    public static TableReadResult Ok(Table table) => new(table, null);

    public static TableReadResult Fail(TableError error) => new(null, error);

    public static TableReadResult Fail(TableErrorKind kind, string detail = "") => Fail(new TableError(kind, detail));
}
