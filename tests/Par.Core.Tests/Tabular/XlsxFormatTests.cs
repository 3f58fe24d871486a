using System.IO.Compression;
using System.Text;
using Par.Core.Tabular;

namespace Par.Core.Tests.Tabular;

public sealed class XlsxFormatTests
{
    [Theory]
    [InlineData("9", "0.95", "95%")]
    [InlineData("10", "0.625", "62.5%")]
    [InlineData("0.0%", "0.9", "90%")]
    [InlineData("#,##0.00\" %\"", "0.95", "0.95")] // a quoted percent sign is a literal, not a percent format
    [InlineData("0.00", "0.95", "0.95")]
    [InlineData("0", "1", "1")]
    public void A_number_reads_as_the_user_sees_it_under_its_number_format(string numFmt, string stored, string expected)
    {
        var book = new HandMadeWorkbook();
        var style = book.Style(numFmt);
        book.Row(1, book.Text("A1", "unit"), book.Text("B1", "ONLINE"))
            .Row(2, book.Text("A2", "SNV"), HandMadeWorkbook.Number("B2", stored, style));

        var table = TableFiles.Read(book.Build(), "report.xlsx").Table!;

        Assert.Equal(["SNV", expected], table.Rows[0].Cells);
    }

    [Theory]
    [InlineData("14", "45797", "2025-05-20")]
    [InlineData("dd/mm/yyyy hh:mm", "45797.5", "2025-05-20T12:00:00")]
    [InlineData("[h]:mm", "45797.25", "2025-05-20T06:00:00")]
    public void A_date_format_makes_the_number_a_date(string numFmt, string stored, string expected)
    {
        var book = new HandMadeWorkbook();
        var style = book.Style(numFmt);
        book.Row(1, book.Text("A1", "code"), book.Text("B1", "due"))
            .Row(2, book.Text("A2", "HS-1"), HandMadeWorkbook.Number("B2", stored, style));

        Assert.Equal(["HS-1", expected], TableFiles.Read(book.Build(), "x.xlsx").Table!.Rows[0].Cells);
    }

    [Fact]
    public void Missing_cells_are_blank_and_rows_keep_their_sheet_numbers()
    {
        var book = new HandMadeWorkbook();
        book.Row(1, book.Text("A1", "a"), book.Text("B1", "b"), book.Text("C1", "c"))
            .Row(4, HandMadeWorkbook.Inline("C4", "only C"));

        var row = Assert.Single(TableFiles.Read(book.Build(), "x.xlsx").Table!.Rows);

        Assert.Equal(4, row.Number);
        Assert.Equal(["", "", "only C"], row.Cells);
    }

    [Fact]
    public void A_cell_longer_than_the_bound_is_refused_by_its_reference_while_reading()
    {
        var book = new HandMadeWorkbook();
        book.Row(1, book.Text("A1", "code"), book.Text("B1", "name"))
            .Row(2, book.Text("A2", "X"), book.Text("B2", new string('a', 5_000)));

        Assert.Equal(new TableError(TableErrorKind.CellTooLong, "B2"), TableFiles.Read(book.Build(), "x.xlsx", new TableReadLimits(MaxCellChars: 4_000)).Error);
    }

    [Fact]
    public void A_workbook_that_inflates_past_the_bound_is_too_large_without_being_read_whole()
    {
        var book = new HandMadeWorkbook();
        book.Row(1, book.Text("A1", "code"), book.Text("B1", new string('a', 3_000_000)));
        var bytes = book.Build();

        var error = TableFiles.Read(bytes, "x.xlsx", new TableReadLimits(MaxUncompressedBytes: 1024 * 1024)).Error;

        Assert.True(bytes.Length < 100_000, "the zip is small");
        Assert.Equal(TableErrorKind.TooLarge, error?.Kind);
    }

    [Fact]
    public void A_long_csv_cell_is_refused_by_its_reference()
    {
        var csv = "code,name\nX," + new string('b', 50) + "\n";

        Assert.Equal(new TableError(TableErrorKind.CellTooLong, "B2"), TableFiles.ReadCsv(csv, new TableReadLimits(MaxCellChars: 40)).Error);
    }

    [Fact]
    public void A_document_type_definition_is_refused_as_unreadable()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("xl/worksheets/sheet1.xml").Open(), Encoding.UTF8);
            writer.Write("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&a;</t></is></c></row></sheetData></worksheet>");
        }

        Assert.Equal(TableErrorKind.Unreadable, TableFiles.Read(zip.ToArray(), "x.xlsx").Error?.Kind);
    }
}
