using System.Text;
using Par.Core.Tabular;

namespace Par.Core.Tests.Tabular;

public sealed class CsvReadingTests
{
    [Fact]
    public void Comma_separated_rows_keep_spreadsheet_row_numbers()
    {
        var table = TableFiles.ReadCsvTable("code,procedure\nHS-1,Cấp phép\nHS-2,Đăng ký\n");

        Assert.Equal(["code", "procedure"], table.Headers);
        Assert.Equal([2, 3], table.Rows.Select(row => row.Number));
        Assert.Equal([["HS-1", "Cấp phép"], ["HS-2", "Đăng ký"]], TableFiles.Cells(table));
    }

    [Fact]
    public void Semicolon_delimiter_is_detected_from_the_header()
    {
        var table = TableFiles.ReadCsvTable("Mã hồ sơ;Tên thủ tục\nHS-1;Cấp phép, gia hạn\n");

        Assert.Equal(["Mã hồ sơ", "Tên thủ tục"], table.Headers);
        Assert.Equal(["HS-1", "Cấp phép, gia hạn"], table.Rows[0].Cells);
    }

    [Fact]
    public void Delimiters_inside_quoted_headers_do_not_count()
    {
        var table = TableFiles.ReadCsvTable("\"a,b,c\";d\n1;2\n");

        Assert.Equal(["a,b,c", "d"], table.Headers);
    }

    [Fact]
    public void Quoted_fields_hold_delimiters_quotes_and_line_breaks()
    {
        var table = TableFiles.ReadCsvTable("code,note\r\nHS-1,\"line one\r\nline two, \"\"quoted\"\"\"\r\nHS-2,plain\r\n");

        Assert.Equal([2, 3], table.Rows.Select(row => row.Number));
        Assert.Equal("line one\r\nline two, \"quoted\"", table.Rows[0].Cells[1]);
        Assert.Equal("plain", table.Rows[1].Cells[1]);
    }

    [Theory]
    [InlineData("code\nHS-1\nHS-2")]
    [InlineData("code\r\nHS-1\r\nHS-2\r\n")]
    [InlineData("code\rHS-1\rHS-2\r")]
    public void Any_line_ending_separates_rows(string csv)
    {
        var table = TableFiles.ReadCsvTable(csv);

        Assert.Equal([["HS-1"], ["HS-2"]], TableFiles.Cells(table));
    }

    [Fact]
    public void Blank_rows_are_skipped_but_keep_row_numbers_true()
    {
        var table = TableFiles.ReadCsvTable("\n code , procedure \n\nHS-1,  a  \n , \n,\nHS-2,b\n\n");

        Assert.Equal(["code", "procedure"], table.Headers);
        Assert.Equal([4, 7], table.Rows.Select(row => row.Number));
        Assert.Equal([["HS-1", "a"], ["HS-2", "b"]], TableFiles.Cells(table));
    }

    [Fact]
    public void Rows_have_one_cell_per_header()
    {
        var table = TableFiles.ReadCsvTable("a,b,c,,\n1\n1,2,3,4,5\n");

        Assert.Equal(["a", "b", "c"], table.Headers);
        Assert.Equal([["1", "", ""], ["1", "2", "3"]], TableFiles.Cells(table));
    }

    [Fact]
    public void Header_spaces_are_collapsed_and_text_is_composed()
    {
        var table = TableFiles.ReadCsvTable("  Mã   hồ sơ  ,Tên thủ tục\nHS-1," + "Cấp phép".Normalize(NormalizationForm.FormD));

        Assert.Equal("Mã hồ sơ", table.Headers[0]);
        Assert.Equal("Cấp phép", table.Rows[0].Cells[1]);
    }

    [Fact]
    public void Header_only_is_a_table_without_rows() => Assert.Empty(TableFiles.ReadCsvTable("code,procedure\n").Rows);

    [Fact]
    public void Utf8_bom_is_skipped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Mã hồ sơ\nHS-1")];

        var result = TableFiles.Read(bytes, "x.csv");

        Assert.Equal(["Mã hồ sơ"], result.Table?.Headers);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_is_read(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Mã hồ sơ;Trạng thái\nHS-1;Đang xử lý")];

        var result = TableFiles.Read(bytes, "x.csv");

        Assert.Equal(["Mã hồ sơ", "Trạng thái"], result.Table?.Headers);
        Assert.Equal(["HS-1", "Đang xử lý"], result.Table?.Rows[0].Cells);
    }

    [Fact]
    public void Windows_1258_from_excel_plain_csv_is_read_and_composed()
    {
        // "Mã hồ sơ" in Windows-1258: a + combining tilde, ô + combining grave, ơ.
        byte[] header = [0x4D, 0x61, 0xDE, 0x20, 0x68, 0xF4, 0xCC, 0x20, 0x73, 0xF5];
        byte[] bytes = [.. header, (byte)'\n', .. "HS-1"u8];

        var result = TableFiles.Read(bytes, "x.csv");

        Assert.Equal(["Mã hồ sơ"], result.Table?.Headers);
    }

    [Fact]
    public void Bytes_that_are_no_known_encoding_are_refused()
    {
        byte[] bytes = [.. "code\nHS-"u8, 0x81, 0x9D];

        var result = TableFiles.Read(bytes, "x.csv");

        Assert.Equal(TableErrorKind.BadEncoding, result.Error?.Kind);
    }

    [Fact]
    public void Invalid_utf8_after_a_utf8_bom_is_refused()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "code\nHS-"u8, 0xC3, 0x28];

        Assert.Equal(TableErrorKind.BadEncoding, TableFiles.Read(bytes, "x.csv").Error?.Kind);
    }

    [Fact]
    public void Binary_garbage_is_not_a_table()
    {
        var garbage = new byte[4096];
        new Random(42).NextBytes(garbage);

        Assert.Equal(TableErrorKind.NotATable, TableFiles.Read(garbage, "dossiers.csv").Error?.Kind);
    }

    [Fact]
    public void Control_characters_without_nul_are_not_a_table()
    {
        byte[] bytes = [.. "code\n"u8, 0x01, 0x02, 0x03, 0x1B];

        Assert.Equal(TableErrorKind.NotATable, TableFiles.Read(bytes, "x.csv").Error?.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\r\n  \n")]
    [InlineData(",,\n , \n")]
    public void A_file_without_rows_is_empty(string csv) =>
        Assert.Equal(TableErrorKind.Empty, TableFiles.ReadCsv(csv).Error?.Kind);

    [Fact]
    public void A_file_over_the_byte_limit_is_too_large()
    {
        var result = TableFiles.ReadCsv("code\n" + new string('x', 100), new TableReadLimits(MaxBytes: 50));

        Assert.Equal(new TableError(TableErrorKind.TooLarge, "50"), result.Error);
    }

    [Fact]
    public void A_stream_without_length_over_the_byte_limit_is_too_large()
    {
        using var content = new ForwardOnlyStream(new byte[200_000]);

        var result = TableReader.Read(content, "x.csv", new TableReadLimits(MaxBytes: 100_000));

        Assert.Equal(TableErrorKind.TooLarge, result.Error?.Kind);
    }

    [Fact]
    public void A_file_over_the_row_limit_is_too_large()
    {
        var limits = new TableReadLimits(MaxRows: 2);

        Assert.True(TableFiles.ReadCsv("code\n1\n\n\n2\n", limits).Succeeded);
        Assert.Equal(new TableError(TableErrorKind.TooLarge, "2"), TableFiles.ReadCsv("code\n1\n2\n3\n", limits).Error);
    }

    [Fact]
    public void An_unterminated_quote_is_unreadable_at_its_row() =>
        Assert.Equal(new TableError(TableErrorKind.Unreadable, "3"), TableFiles.ReadCsv("code,note\nHS-1,ok\nHS-2,\"never closed\nHS-3,x\n").Error);

    [Theory]
    [InlineData("2025-05-20,12\n2025-05-21,13")]
    [InlineData("HS-1\n")]
    public void Headers_must_name_columns(string csv)
    {
        var result = TableFiles.ReadCsv(csv);

        Assert.Equal(csv.StartsWith("HS", StringComparison.Ordinal), result.Succeeded);
        if (!result.Succeeded)
        {
            Assert.Equal(new TableError(TableErrorKind.NoHeader, "1"), result.Error);
        }
    }

    [Theory]
    [InlineData("code,Code\n", "Code")]
    [InlineData("Mã hồ sơ;MÃ  HỒ SƠ\n", "MÃ HỒ SƠ")]
    [InlineData("a,,b,,a\n", "a")]
    public void Duplicate_headers_are_refused(string csv, string duplicate) =>
        Assert.Equal(new TableError(TableErrorKind.DuplicateHeader, duplicate), TableFiles.ReadCsv(csv).Error);

    [Theory]
    [InlineData("report.pdf", ".pdf")]
    [InlineData("report", "")]
    [InlineData("units.xlsx", ".xlsx")]
    public void Other_files_are_not_tables(string fileName, string detail) =>
        Assert.Equal(new TableError(TableErrorKind.NotATable, detail), TableFiles.Read("code\nHS-1"u8.ToArray(), fileName).Error);

    [Fact]
    public void Excel_97_files_are_not_tables_whatever_their_name()
    {
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];

        Assert.Equal(new TableError(TableErrorKind.NotATable, ".xls"), TableFiles.Read(bytes, "units.csv").Error);
    }

    [Fact]
    public void Txt_files_are_read_as_csv() => Assert.True(TableFiles.Read("code\nHS-1"u8.ToArray(), "export.TXT").Succeeded);
}
