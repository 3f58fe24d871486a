using MiniExcelLibs;

namespace Par.Core.Tabular;

/// <summary>Reads the first sheet of an XLSX workbook, row by row, through MiniExcel.</summary>
internal static class XlsxTable
{
    public static TableReadResult Read(Stream workbook, TableReadLimits limits)
    {
        var builder = new TableBuilder(limits);
        var cells = new List<string>();
        var number = 0;
        try
        {
            foreach (var row in workbook.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                number++;
                cells.Clear();
                foreach (var cell in (IDictionary<string, object?>)row)
                {
                    cells.Add(CellText.From(cell.Value));
                }

                if (builder.Add(number, cells) is { } error)
                {
                    return TableReadResult.Fail(error);
                }
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A user's file is untrusted input to a third-party parser: any failure means we cannot read it.
            return TableReadResult.Fail(TableErrorKind.Unreadable, exception.GetType().Name);
        }

        return builder.Build();
    }
}
