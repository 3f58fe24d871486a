namespace Par.Core.Units;

/// <summary>One row of a units file as the user wrote it; RowNumber is the spreadsheet row.</summary>
public sealed record UnitRow(int RowNumber, string Code, string Name, string Group);
