using System.Text;
using Par.Core.Tabular;

namespace Par.Core.Tests.Tabular;

/// <summary>Builds the files users send and reads them back.</summary>
internal static class TableFiles
{
    public static TableReadResult ReadCsv(string text, TableReadLimits? limits = null) =>
        Read(Encoding.UTF8.GetBytes(text), "dossiers.csv", limits);

    public static TableReadResult Read(byte[] bytes, string fileName, TableReadLimits? limits = null)
    {
        using var content = new MemoryStream(bytes);
        return TableReader.Read(content, fileName, limits ?? TableReadLimits.Default);
    }

    public static Table ReadCsvTable(string text)
    {
        var result = ReadCsv(text);
        Assert.True(result.Succeeded, $"expected a table, got {result.Error}");
        return result.Table;
    }

    public static string[][] Cells(Table table) => [.. table.Rows.Select(row => row.Cells.ToArray())];
}
