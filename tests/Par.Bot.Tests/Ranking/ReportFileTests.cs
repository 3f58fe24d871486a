using System.Text;
using MiniExcelLibs;
using Par.Bot.Tests.Hosting;
using Par.Core.Tests.Tabular;

namespace Par.Bot.Tests.Ranking;

public sealed class ReportFileTests : IAsyncLifetime
{
    private const long Head = 621;
    private RankingBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RankingBot.StartAsync();
        await _bot.AddUnitWithHeadAsync("SNV", "Sở Nội vụ", Head);
        await _bot.AddUnitAsync("STP", "Sở Tư pháp");
        await _bot.SayAsync(RankingBot.Admin, "/period lock 2025-02");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_head_sends_a_csv_good_rows_are_stored_and_bad_rows_reported_by_number()
    {
        var csv = "unit,period,ONTIME,DISCLOSE,ONLINE\n" +
            "SNV,2025-04,490/500,100,\"62,5\"\n" +
            "SNV,2025-03,abc,100,\n" +
            "STP,2025-04,1/2,,\n" +
            "SNV,2025-02,1/2,,\n" +
            "SNV,2025-Q1,510/500,-1,101\n" +
            "SNV,2025-01,5/0,,\n" +
            "SNV,2025-01,,,\n";
        var reply = (await _bot.Harness.ImportAsync(Head, Encoding.UTF8.GetBytes(csv), "baocao.csv")).Plain();

        Assert.Contains("lưu 1 dòng (3 giá trị thay đổi), từ chối 6 dòng", reply);
        Assert.Contains("• Dòng 3: ONTIME=abc: không phải là số", reply);
        Assert.Contains("• Dòng 4: bạn chỉ được báo cáo cho đơn vị của mình, không phải STP", reply);
        Assert.Contains("• Dòng 5: kỳ 2025-02 đã khóa", reply);
        Assert.Contains("• Dòng 6: DISCLOSE=-1: không được là số âm; ONTIME=510/500: tử số lớn hơn mẫu số; ONLINE=101: tỉ lệ không được vượt quá 100%", reply);
        Assert.Contains("• Dòng 7: ONTIME=5/0: mẫu số bằng 0", reply);
        Assert.Contains("• Dòng 8: chưa có giá trị nào", reply);
        Assert.Equal("DISCLOSE=100 ONLINE=62.5 ONTIME=490/500", _bot.Stored("SNV", "2025-04"));
        Assert.Empty(_bot.Reports.PeriodsOf("STP"));
        Assert.Equal([RankingBot.P("2025-04")], _bot.Reports.PeriodsOf("SNV"));
    }

    [Fact]
    public async Task An_admin_sends_an_xlsx_with_vietnamese_headers_for_several_units()
    {
        var rows = new[]
        {
            new Dictionary<string, object> { ["Đơn vị"] = "SNV", ["Kỳ báo cáo"] = "2025-04", ["ONTIME"] = "490/500", ["DISCLOSE"] = 100, ["Ghi chú"] = "x" },
            new Dictionary<string, object> { ["Đơn vị"] = "STP", ["Kỳ báo cáo"] = "2025-04", ["ONTIME"] = "300/400", ["DISCLOSE"] = 87.5, ["Ghi chú"] = "" },
            new Dictionary<string, object> { ["Đơn vị"] = "XYZ", ["Kỳ báo cáo"] = "2025-04", ["ONTIME"] = "1/2", ["DISCLOSE"] = 1, ["Ghi chú"] = "" },
        };
        using var xlsx = new MemoryStream();
        xlsx.SaveAs(rows, excelType: ExcelType.XLSX);
        var reply = (await _bot.Harness.ImportAsync(RankingBot.Admin, xlsx.ToArray(), "baocao.xlsx")).Plain();

        Assert.Contains("lưu 2 dòng (4 giá trị thay đổi), từ chối 1 dòng", reply);
        Assert.Contains("• Dòng 4: không có đơn vị XYZ", reply);
        Assert.Equal("DISCLOSE=100 ONTIME=490/500", _bot.Stored("SNV", "2025-04"));
        Assert.Equal("DISCLOSE=87.5 ONTIME=300/400", _bot.Stored("STP", "2025-04"));
    }

    [Fact]
    public async Task Percent_formatted_xlsx_cells_are_stored_as_the_percent_the_sheet_shows()
    {
        var book = new HandMadeWorkbook();
        var percent = book.Style("9");
        var twoDecimals = book.Style("0.00%");
        book.Row(1, book.Text("A1", "Đơn vị"), book.Text("B1", "Kỳ báo cáo"), book.Text("C1", "DISCLOSE"), book.Text("D1", "ONLINE"))
            .Row(2, book.Text("A2", "SNV"), book.Text("B2", "2025-04"), HandMadeWorkbook.Number("C2", "0.95", percent), HandMadeWorkbook.Number("D2", "0.625", twoDecimals));
        var reply = (await _bot.Harness.ImportAsync(Head, book.Build(), "baocao.xlsx")).Plain();

        Assert.Contains("lưu 1 dòng (2 giá trị thay đổi)", reply);
        Assert.Equal("DISCLOSE=95 ONLINE=62.5", _bot.Stored("SNV", "2025-04"));
    }

    [Fact]
    public async Task A_bare_fraction_in_a_file_is_refused_not_stored_as_a_fraction_of_a_percent()
    {
        var book = new HandMadeWorkbook();
        book.Row(1, book.Text("A1", "unit"), book.Text("B1", "period"), book.Text("C1", "DISCLOSE"))
            .Row(2, book.Text("A2", "SNV"), book.Text("B2", "2025-04"), HandMadeWorkbook.Number("C2", "0.95"));
        var reply = (await _bot.Harness.ImportAsync(Head, book.Build(), "baocao.xlsx")).Plain();

        Assert.Contains("• Dòng 2: DISCLOSE=0.95: số lẻ dưới 1 không rõ là phần trăm nào; hãy ghi 95 hoặc 95%", reply);
        Assert.Empty(_bot.Reports.PeriodsOf("SNV"));
    }

    [Fact]
    public async Task A_file_of_a_stranger_is_refused()
    {
        var reply = (await _bot.Harness.ImportAsync(777, Encoding.UTF8.GetBytes("unit,period,ONTIME\nSNV,2025-04,1/2\n"), "baocao.csv")).Plain();

        Assert.Contains("mã mời", reply);
        Assert.Empty(_bot.Reports.PeriodsOf("SNV"));
    }
}
