using Par.Bot.Tests.Hosting;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using MiniExcelLibs;
using Par.Core.Units;

namespace Par.Bot.Tests.Ranking;

public sealed class ExportTests : IAsyncLifetime
{
    private const long Head = 651;
    private RankingBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RankingBot.StartAsync();
        await _bot.AddUnitWithHeadAsync("SNV", "Sở Nội vụ", Head);
        _bot.Harness.Get<UnitService>().Save("EVIL", "=HYPERLINK(\"x\")", "department");
        await _bot.AddUnitAsync("XA-A", "Xã An Bình", "commune");
        await _bot.ReportAsync("SNV", "2025-03", "ONTIME=400/500");
        await _bot.ReportAsync("SNV", "2025-04", "ONTIME=490/500 DISCLOSE=100");
        await _bot.ReportAsync("EVIL", "2025-04", "ONTIME=500/500 DISCLOSE=100 ONLINE=50");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Export_sends_an_xlsx_with_every_value_and_a_csv_and_no_formula_comes_back()
    {
        var (xlsx, csv) = await _bot.Harness.ExportAsync(RankingBot.Admin, "2025-04");

        Assert.Equal(("sendDocument", "par-2025-04.xlsx"), (xlsx.Method, xlsx.FileName));
        Assert.Contains("Bảng điểm kỳ tháng 4/2025: 3 đơn vị", xlsx.Plain());
        var rows = new MemoryStream(xlsx.FileContent!).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["EVIL", "SNV", "XA-A"], rows.Select(r => (string)r["Mã đơn vị"]!));
        var snv = rows[1];
        Assert.Equal(("Sở, ban, ngành", "Sở Nội vụ"), ((string)snv["Khối"]!, (string)snv["Tên đơn vị"]!));
        Assert.Equal(98d, snv["ONTIME (%)"]);
        Assert.Equal(19.6d, snv["ONTIME (điểm)"]);
        Assert.Equal(100d, snv["DISCLOSE (%)"]);
        Assert.Equal(37.6d, snv["Điểm"]);
        Assert.Equal(("Yếu", 2d, 2d, 2d), ((string)snv["Xếp loại"]!, snv["Hạng"], snv["Số đơn vị đã báo cáo"], snv["Số đơn vị trong khối"]));
        Assert.Equal(-1d, snv["Thay đổi hạng"]);
        Assert.Equal(21.6d, snv["Thay đổi điểm"]);
        Assert.Null(snv["ONLINE (%)"]);
        Assert.Equal("=HYPERLINK(\"x\")", rows[0]["Tên đơn vị"]);
        Assert.Null(rows[2]["Hạng"]);

        Assert.Equal("par-2025-04.csv", csv.FileName);
        var text = Encoding.UTF8.GetString(csv.FileContent!);
        Assert.StartsWith("\uFEFFKhối,Mã đơn vị,Tên đơn vị,DISCLOSE (%)", text);
        Assert.Contains("\"Sở, ban, ngành\",EVIL,\"'=HYPERLINK(\"\"x\"\")\",100,18,100,20,50,12,", text);
        Assert.Contains("\"Sở, ban, ngành\",SNV,Sở Nội vụ,100,18,98,19.6,,,", text);
    }

    [Fact]
    public async Task Export_csv_is_utf8_with_a_bom_and_holds_the_same_table_as_the_xlsx()
    {
        var (xlsx, document) = await _bot.Harness.ExportAsync(RankingBot.Admin, "2025-04");
        var csv = document.FileContent!;

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.Contains("Tên đơn vị", strictUtf8.GetString(csv, 3, csv.Length - 3));
        var fromXlsx = Cells(new MemoryStream(xlsx.FileContent!).Query(useHeaderRow: true));
        var fromCsv = Cells(new MemoryStream(csv).Query(useHeaderRow: true, excelType: ExcelType.CSV));
        Assert.Contains(fromCsv, row => row.Contains(("Tên đơn vị", "'=HYPERLINK(\"x\")")));
        // The CSV guards the formula-like name with an apostrophe; the XLSX holds it as typed, in a string cell.
        Assert.Equal(fromXlsx, fromCsv.Select(row => row.Select(cell => cell.Text == "'=HYPERLINK(\"x\")" ? (cell.Header, "=HYPERLINK(\"x\")") : cell).ToList()));
    }

    [Fact]
    public async Task Formula_like_names_are_string_cells_in_the_xlsx_and_guarded_in_the_csv()
    {
        string[] names = ["＝1+1", "+84 912 345 678", "@SUM(A1)", "－5＋3", "-12"];
        foreach (var (name, i) in names.Select((name, i) => (name, i)))
            _bot.Harness.Get<UnitService>().Save($"F{i}", name, "department");

        var (xlsx, document) = await _bot.Harness.ExportAsync(RankingBot.Admin, "2025-04");
        var csv = Encoding.UTF8.GetString(document.FileContent!);

        var cells = SheetCells(xlsx.FileContent!);
        Assert.DoesNotContain(cells, cell => cell.Formula);
        foreach (var name in names.Append("=HYPERLINK(\"x\")"))
            Assert.Contains(cells, cell => cell.Text == name && cell.Type is "str" or "inlineStr" or "s");
        Assert.Contains(",F0,'＝1+1,", csv);
        Assert.Contains(",F1,'+84 912 345 678,", csv);
        Assert.Contains(",F2,'@SUM(A1),", csv);
        Assert.Contains(",F3,'－5＋3,", csv);
        Assert.Contains(",F4,-12,", csv);
    }

    /// <summary>Every cell of the first sheet as written: its type attribute, whether it has a formula, and its text.</summary>
    private static List<(string? Type, bool Formula, string Text)> SheetCells(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var shared = zip.GetEntry("xl/sharedStrings.xml") is { } entry
            ? XDocument.Load(entry.Open()).Descendants(main + "si").Select(si => string.Concat(si.Descendants(main + "t").Select(t => t.Value))).ToList()
            : [];
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return [.. sheet.Descendants(main + "c").Select(c =>
        {
            var type = (string?)c.Attribute("t");
            var text = type switch
            {
                "s" => shared[int.Parse(c.Element(main + "v")!.Value, CultureInfo.InvariantCulture)],
                "inlineStr" => string.Concat(c.Descendants(main + "t").Select(t => t.Value)),
                _ => c.Element(main + "v")?.Value ?? "",
            };
            return (type, c.Element(main + "f") is not null, text);
        })];
    }

    [Fact]
    public async Task Export_is_for_admins_only()
    {
        var refused = await _bot.SayAsync(Head, "/export 2025-04");

        Assert.Contains("Chỉ cán bộ Sở Nội vụ", refused.Plain());
        Assert.DoesNotContain(_bot.Api.SentTo(Head), m => m.Method == "sendDocument");
    }

    [Fact]
    public async Task Export_with_a_bad_period_says_so()
    {
        Assert.Contains("Kỳ 2025-99 không hợp lệ", (await _bot.SayAsync(RankingBot.Admin, "/export 2025-99")).Plain());
    }

    /// <summary>Each row's cells as (header, text), numbers in one notation so XLSX doubles and CSV text compare.</summary>
    private static List<List<(string Header, string Text)>> Cells(IEnumerable<dynamic> rows) =>
        [.. rows.Cast<IDictionary<string, object?>>().Select(row => row.Select(cell => (cell.Key, Text(cell.Value))).ToList())];

    private static string Text(object? value) => value switch
    {
        null => "",
        double number => ((decimal)number).ToString("0.##", CultureInfo.InvariantCulture),
        string text when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number.ToString("0.##", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
