namespace Par.Core.Units;

/// <summary>One row of a units file as the user wrote it; RowNumber is the spreadsheet row; Portal the optional portal code.</summary>
public sealed record UnitRow(int RowNumber, string Code, string Name, string Group, string? Portal = null);
