namespace Par.Core.Tabular.Xlsx;

/// <summary>What a cell's number format says its number means.</summary>
internal enum CellFormat
{
    Number,
    Percent,
    Date,
}
