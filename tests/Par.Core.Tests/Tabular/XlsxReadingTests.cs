using System.IO.Compression;
using MiniExcelLibs;
using Par.Core.Tabular;

namespace Par.Core.Tests.Tabular;

public sealed class XlsxReadingTests
{
    [Fact]
    public void First_sheet_is_read_with_cells_as_invariant_strings()
    {
        var bytes = Workbook(
            Row("HS-1", "Cấp phép xây dựng", new DateTime(2025, 5, 20, 8, 30, 0), new DateTime(2025, 5, 27), 1.5, true),
            Row(null, null, null, null, null, null),
            Row(" HS-3 ", "Đăng ký", new DateTime(2025, 5, 21, 14, 0, 5), null, 1_000_000, false));

        var table = TableFiles.Read(bytes, "dossiers.xlsx").Table!;

        Assert.Equal(["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận", "Ngày hẹn trả", "Số", "Cờ"], table.Headers);
        Assert.Equal([2, 4], table.Rows.Select(row => row.Number));
        Assert.Equal(["HS-1", "Cấp phép xây dựng", "2025-05-20T08:30:00", "2025-05-27", "1.5", "TRUE"], table.Rows[0].Cells);
        Assert.Equal(["HS-3", "Đăng ký", "2025-05-21T14:00:05", "", "1000000", "FALSE"], table.Rows[1].Cells);
    }

    [Fact]
    public void A_workbook_is_recognised_by_its_signature_whatever_its_name()
    {
        var bytes = Workbook(Row("HS-1", "a", null, null, null, null));

        Assert.Equal(["HS-1", "a", "", "", "", ""], TableFiles.Read(bytes, "dossiers.csv").Table?.Rows[0].Cells);
    }

    [Fact]
    public void A_workbook_over_the_row_limit_is_too_large()
    {
        var bytes = Workbook([.. Enumerable.Range(1, 3).Select(i => Row($"HS-{i}", "a", null, null, null, null))]);

        Assert.Equal(new TableError(TableErrorKind.TooLarge, "2"), TableFiles.Read(bytes, "x.xlsx", new TableReadLimits(MaxRows: 2)).Error);
    }

    [Fact]
    public void A_broken_zip_is_unreadable() =>
        Assert.Equal(TableErrorKind.Unreadable, TableFiles.Read("PK\u0003\u0004garbage"u8.ToArray(), "x.xlsx").Error?.Kind);

    [Fact]
    public void A_zip_without_a_sheet_is_unreadable()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("not a workbook");
        }

        Assert.Equal(TableErrorKind.Unreadable, TableFiles.Read(zip.ToArray(), "x.xlsx").Error?.Kind);
    }

    [Fact]
    public void Other_zip_documents_are_not_tables() =>
        Assert.Equal(new TableError(TableErrorKind.NotATable, ".docx"), TableFiles.Read(Workbook(), "letter.docx").Error);

    private static Dictionary<string, object?> Row(string? code, string? procedure, DateTime? received, DateTime? due, double? number, bool? flag) => new()
    {
        ["Mã hồ sơ"] = code,
        ["Tên thủ tục"] = procedure,
        ["Ngày tiếp nhận"] = received,
        ["Ngày hẹn trả"] = due,
        ["Số"] = number,
        ["Cờ"] = flag,
    };

    private static byte[] Workbook(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Length > 0 ? rows : [Row(null, null, null, null, null, null)]);
        return stream.ToArray();
    }
}
