using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Par.Bot.Tests.Hosting;
using Par.Core.Dossiers;

namespace Par.Bot.Tests.Dossiers;

public sealed class DossierTests : IAsyncLifetime
{
    private const long Head = 501;
    private const long Deputy = 502;
    private const long OtherHead = 601;
    private const long Stranger = 777;

    // At Monday 19/05 07:00: HS-001 is 2 days 14 hours overdue, HS-002 due in 5½ hours, HS-003 not yet late, HS-004 settled.
    private const string GoodFile =
        "Mã hồ sơ,Tên thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Trạng thái,Ngày kết thúc\n" +
        "HS-001,Cấp giấy phép xây dựng,01/05/2025 08:00,16/05/2025 17:00,Đang xử lý,\n" +
        "HS-002,Đăng ký kinh doanh,10/05/2025,19/05/2025 12:30,Đang xử lý,\n" +
        "HS-003,Cấp bản sao,10/05/2025,25/05/2025,Đang xử lý,\n" +
        "HS-004,Chứng thực,10/05/2025,15/05/2025,Đã giải quyết,14/05/2025\n";

    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await Province.StartAsync();
        await _bot.AddUnitAsync("SNV", "Sở Nội vụ");
        await _bot.AddUnitAsync("STP", "Sở Tư pháp");
        await _bot.JoinAsHeadAsync(Head, "SNV");
        await _bot.JoinAsHeadAsync(OtherHead, "STP");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Head_uploads_dossiers_and_sees_what_is_late_oldest_first()
    {
        var report = await _bot.SendFileAsync(Head, GoodFile);
        Assert.Contains("thêm mới 4, cập nhật 0, từ chối 0", report.Text);

        var overdue = await _bot.SayAsync(Head, "/overdue");

        Assert.Contains("quá hạn: 1, sắp đến hạn: 1", overdue.Text);
        Assert.Contains("<code>HS-001</code> Cấp giấy phép xây dựng — <b>quá hạn 2 ngày</b>", overdue.Text);
        Assert.Contains("<code>HS-002</code> Đăng ký kinh doanh — còn 5 giờ", overdue.Text);
        Assert.True(overdue.Text!.IndexOf("HS-001", StringComparison.Ordinal) < overdue.Text.IndexOf("HS-002", StringComparison.Ordinal));
        Assert.DoesNotContain("HS-003", overdue.Text);
        Assert.DoesNotContain("HS-004", overdue.Text);
    }

    [Fact]
    public async Task Sending_the_file_again_updates_instead_of_adding()
    {
        await _bot.SendFileAsync(Head, GoodFile);

        var again = await _bot.SendFileAsync(Head, GoodFile);

        Assert.Contains("thêm mới 0, cập nhật 4", again.Text);
    }

    [Fact]
    public async Task An_english_member_reads_humanised_times_in_english()
    {
        await _bot.JoinAsEnglishDeputyAsync(Head, Deputy);
        await _bot.SendFileAsync(Head, GoodFile);

        var overdue = await _bot.SayAsync(Deputy, "/overdue", "en");

        Assert.Contains("<b>2 days overdue</b>", overdue.Text);
        Assert.Contains("due in 5 hours", overdue.Text);
    }

    [Fact]
    public async Task A_bad_file_is_reported_row_by_row_and_bad_rows_store_nothing()
    {
        var file =
            "code,procedure,received,due,status\n" +
            "HS-1,Cấp phép,2025-05-01,2025-05-10,processing\n" +
            "HS-2,Cấp phép,2025-05-01,32/13/2025,processing\n" +
            "HS-3,,2025-05-01,2025-05-10,processing\n" +
            "HS-4,Cấp phép,2025-05-10,2025-05-01,processing\n" +
            "HS-5,Cấp phép,2025-05-01,2025-05-10,<b>lost</b>\n" +
            "hs-1,Cấp phép,2025-05-01,2025-05-10,processing\n";

        var report = await _bot.SendFileAsync(Head, file);

        Assert.Contains("thêm mới 1, cập nhật 0, từ chối 5", report.Text);
        Assert.Contains("Dòng 3: “32/13/2025” ở cột “due” không phải ngày hợp lệ", report.Text);
        Assert.Contains("Dòng 4: thiếu giá trị ở cột “procedure”", report.Text);
        Assert.Contains("Dòng 5: ngày hẹn trả “2025-05-01” sớm hơn ngày tiếp nhận", report.Text);
        Assert.Contains("Dòng 6: trạng thái “&lt;b&gt;lost&lt;/b&gt;” không hợp lệ", report.Text);
        Assert.Contains("Dòng 7: mã hồ sơ “hs-1” trùng với dòng 2", report.Text);
        var store = _bot.Get<IDossierStore>();
        Assert.NotNull(store.Find("SNV", "HS-1"));
        Assert.All(["HS-2", "HS-3", "HS-4", "HS-5"], code => Assert.Null(store.Find("SNV", code)));
    }

    [Fact]
    public async Task A_long_list_of_rejected_rows_is_cut_with_a_count_and_sent_whole_as_a_sheet()
    {
        var rows = string.Concat(Enumerable.Range(1, 45).Select(i => $"HS-{i},Cấp phép,2025-05-01,not a date\n"));

        var answer = await _bot.ImportAllAsync(Head, Encoding.UTF8.GetBytes("code,procedure,received,due\n" + rows), "ho-so.csv");

        var (report, sheet) = (answer[0], answer[1]);
        Assert.Equal(2, answer.Count);
        Assert.Contains("từ chối 45", report.Text);
        Assert.Contains("Dòng 21:", report.Text);
        Assert.DoesNotContain("Dòng 22:", report.Text);
        Assert.Contains("… và 25 dòng khác: xem tệp đính kèm.", report.Text);
        Assert.Equal(("sendDocument", "dong-bi-tu-choi.xlsx"), (sheet.Method, sheet.FileName));
        var lines = MiniExcel.Query(new MemoryStream(sheet.FileContent!), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(Enumerable.Range(2, 45).Select(n => (double)n), lines.Select(line => Convert.ToDouble(line["Dòng"], CultureInfo.InvariantCulture)));
        Assert.StartsWith("“not a date” ở cột “due” không phải ngày hợp lệ", (string)lines[44]["Lỗi"]);
    }

    [Fact]
    public async Task A_file_missing_required_columns_stores_nothing()
    {
        var report = await _bot.SendFileAsync(Head, "Mã hồ sơ,Ngày hẹn trả\nHS-1,2025-05-10\n");

        Assert.Contains("Tệp hồ sơ thiếu cột: “tên thủ tục”, “ngày tiếp nhận”", report.Text);
        Assert.Null(_bot.Get<IDossierStore>().Find("SNV", "HS-1"));
    }

    [Fact]
    public async Task An_admin_file_names_each_rows_unit()
    {
        var file =
            "unit,code,procedure,received,due\n" +
            "SNV,HS-1,Cấp phép,2025-05-01,2025-05-10\n" +
            "stp,HS-2,Cấp phép,2025-05-01,2025-05-10\n" +
            "NOPE,HS-3,Cấp phép,2025-05-01,2025-05-10\n";

        var report = await _bot.SendFileAsync(BotHarness.AdminId, file);

        Assert.Contains("thêm mới 2", report.Text);
        Assert.Contains("Dòng 4: không có đơn vị “NOPE”", report.Text);
        Assert.NotNull(_bot.Get<IDossierStore>().Find("STP", "HS-2"));
    }

    [Fact]
    public async Task Done_marks_a_dossier_settled_once()
    {
        await _bot.SendFileAsync(Head, GoodFile);

        var done = await _bot.SayAsync(Head, "/done hs-001 đã trả kết quả");
        var again = await _bot.SayAsync(Head, "/done HS-001");
        var missing = await _bot.SayAsync(Head, "/done HS-999");
        var overdue = await _bot.SayAsync(Head, "/overdue");

        Assert.Contains("Đã đánh dấu hồ sơ <code>HS-001</code> (Cấp giấy phép xây dựng) giải quyết xong lúc 07:", done.Text);
        Assert.Contains("đã giải quyết xong từ trước", again.Text);
        Assert.Contains("Không tìm thấy hồ sơ <code>HS-999</code>", missing.Text);
        Assert.DoesNotContain("HS-001", overdue.Text);
        Assert.Equal(DossierStatus.Done, _bot.Get<IDossierStore>().Find("SNV", "HS-001")!.Status);
    }

    [Fact]
    public async Task Another_units_head_neither_sees_nor_closes_the_dossiers()
    {
        await _bot.SendFileAsync(Head, GoodFile);

        var overdue = await _bot.SayAsync(OtherHead, "/overdue");
        var done = await _bot.SayAsync(OtherHead, "/done HS-001");

        Assert.Contains("không có hồ sơ, nhiệm vụ nào quá hạn", overdue.Text);
        Assert.Contains("Không tìm thấy hồ sơ", done.Text);
        Assert.Equal(DossierStatus.Processing, _bot.Get<IDossierStore>().Find("SNV", "HS-001")!.Status);
    }

    [Fact]
    public async Task A_head_naming_another_unit_is_told_they_see_only_their_own_and_shown_neither()
    {
        await _bot.SendFileAsync(Head, GoodFile);
        await _bot.SendFileAsync(OtherHead, "code,procedure,received,due\nTP-1,Lý lịch tư pháp,2025-05-01,2025-05-12\n");

        var other = await _bot.SayAsync(Head, "/overdue STP");
        var own = await _bot.SayAsync(Head, "/overdue snv");

        Assert.Equal(
            "Bạn chỉ xem được hồ sơ, nhiệm vụ trễ hạn của đơn vị mình, <b>Sở Nội vụ</b> (<code>SNV</code>), không xem được của <code>STP</code>. Gõ <code>/overdue</code> để xem danh sách của đơn vị bạn.",
            other.Text);
        Assert.Empty(other.Buttons);
        Assert.Contains("HS-001", own.Text);
    }

    [Fact]
    public async Task An_admin_sees_counts_per_unit_and_opens_a_units_list()
    {
        await _bot.SendFileAsync(Head, GoodFile);
        await _bot.SendFileAsync(OtherHead, "code,procedure,received,due\nTP-1,Lý lịch tư pháp,2025-05-01,2025-05-12\n");

        var counts = await _bot.SayAsync(BotHarness.AdminId, "/overdue");

        Assert.Contains("<code>STP</code> Sở Tư pháp: 1 / 0 / 1", counts.Text);
        Assert.Contains("<code>SNV</code> Sở Nội vụ: 1 / 1 / 0", counts.Text);
        Assert.True(counts.Text!.IndexOf("STP", StringComparison.Ordinal) < counts.Text.IndexOf("SNV", StringComparison.Ordinal));
        var list = await _bot.PressForReplyAsync(BotHarness.AdminId, counts, "SNV");
        Assert.Contains("HS-001", list.Text);
        Assert.Contains("quá hạn 2 ngày", list.Text);

        var typed = await _bot.SayAsync(BotHarness.AdminId, "/overdue STP");
        Assert.Contains("TP-1", typed.Text);
    }

    [Fact]
    public async Task Strangers_are_refused_and_change_nothing()
    {
        Assert.Contains("mã mời", (await _bot.SayAsync(Stranger, "/overdue")).Text);
        Assert.Contains("mã mời", (await _bot.SayAsync(Stranger, "/done HS-001")).Text);
        Assert.Contains("mã mời", (await _bot.SayAsync(Stranger, "/tasks")).Text);

        var file = await _bot.SendFileAsync(Stranger, GoodFile);

        Assert.Contains("mã mời", file.Text);
        Assert.Null(_bot.Get<IDossierStore>().Find("SNV", "HS-001"));
    }
}
