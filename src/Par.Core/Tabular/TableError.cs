namespace Par.Core.Tabular;

/// <summary>
/// A file that is not a usable table. <paramref name="Detail"/> is a value for the message
/// (the limit, the extension, the duplicated header, the row number), never prose.
/// </summary>
public sealed record TableError(TableErrorKind Kind, string Detail = "");
