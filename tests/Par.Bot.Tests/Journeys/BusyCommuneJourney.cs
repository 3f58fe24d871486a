using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Par.Bot.Jobs;
using Par.Bot.Tests.Dossiers;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Core.Dossiers;

namespace Par.Bot.Tests.Journeys;

/// <summary>
/// A busy commune's Monday: its head sends the one-stop-shop export (150 dossiers past their due date, some waiting
/// for the citizen, some withdrawn or stopped), pages through the late list, downloads it, marks dossiers done by
/// button; the digest and the escalation that follow agree with what the list said, and nobody else hears of it.
/// </summary>
public sealed class BusyCommuneJourney : IAsyncLifetime
{
    private const long Head = 801;
    private const long Deputy = 802;
    private const long OtherHead = 901;
    private const string Unit = "XA-AB";

    // At Monday 07:00, of the 150 past due: 120 are being processed (111 of them more than 3 days late),
    // 14 wait for the citizen, 10 were withdrawn and 6 stopped. One more is due at noon.
    private const int Processing = 120;
    private const int LongOverdue = 111;
    private const int Waiting = 14;

    private static readonly string[] Procedures =
    [
        "Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu",
        "Đăng ký khai sinh",
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền cấp",
        "Đăng ký kết hôn",
        "Cấp giấy phép xây dựng nhà ở riêng lẻ",
    ];

    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await Province.StartAsync();
        await _bot.AddUnitAsync(Unit, "Xã An Bình", "commune");
        await _bot.AddUnitAsync("XA-CD", "Xã Cát Đằng", "commune");
        await _bot.JoinAsHeadAsync(Head, Unit);
        await _bot.JoinAsEnglishDeputyAsync(Head, Deputy);
        await _bot.JoinAsHeadAsync(OtherHead, "XA-CD");
        _bot.Api.Clear();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Busy_commune_pages_downloads_and_closes_its_late_dossiers_and_every_feature_agrees()
    {
        var report = await _bot.SendFileAsync(Head, Export());
        Assert.Contains("thêm mới 154, cập nhật 0, từ chối 1", report.Text);
        Assert.Contains("Dòng 156: trạng thái “Tạm hoãn” không hợp lệ", report.Text);
        Assert.Contains($"Trạng thái hợp lệ (có dấu hoặc không dấu): {string.Join(", ", DossierStatusParser.NationalLabels)}.", report.Text);

        // The first page: waiting dossiers counted apart, withdrawn and stopped ones nowhere.
        var first = await _bot.SayAsync(Head, "/overdue");
        Assert.StartsWith($"<b>Xã An Bình</b> (<code>XA-AB</code>) — quá hạn: {Processing}, sắp đến hạn: 1\n" +
            $"⏸ Chờ công dân bổ sung / thực hiện nghĩa vụ tài chính: {Waiting} (tạm dừng tính hạn, không tính là trễ)\n" +
            $"• <code>{Code(39)}</code> {Procedures[39 % 5]} — <b>quá hạn 39 ngày</b>", first.Text);
        Assert.Contains("Trang 1/7 · mục 1–20 trong 121.", first.Text);
        Assert.All(Enumerable.Range(121, 30), i => Assert.DoesNotContain(Code(i), first.Text));
        Assert.Equal(20, first.Buttons.Count(b => b.Text.StartsWith('✅')));
        Assert.Equal(["2 ▶", "📎 Tải danh sách (XLSX)"], first.Buttons.Skip(20).Select(b => b.Text));
        AssertWithinTelegramLimits(first);

        // ▶ edits the same message into page 2; the page lives in the button, not in the bot.
        var second = await _bot.PressAsync(Head, first, "2 ▶");
        Assert.Equal(("editMessageText", first.MessageId), (second.Method, second.MessageId));
        Assert.Contains("Trang 2/7 · mục 21–40 trong 121.", second.Text);
        Assert.Equal(["◀ 1", "3 ▶", "📎 Tải danh sách (XLSX)"], second.Buttons.Skip(20).Select(b => b.Text));

        var file = await _bot.PressAsync(Head, second, "📎");
        Assert.Equal(("sendDocument", "tre-han-XA-AB-2025-05-19.xlsx"), (file.Method, file.FileName));
        Assert.Contains($"quá hạn {Processing}, sắp đến hạn 1, chờ công dân {Waiting}.", file.Text);
        AssertTheFileHoldsTheWholeList(file);

        // ✅ on page 2 closes its first dossier and redraws page 2 from the store.
        var (doneAnswer, redrawn) = await PressForAnswerAndEditAsync(Head, second, $"✅ {Code(113)}");
        Assert.Equal($"✅ Đã đánh dấu hồ sơ {Code(113)} giải quyết xong.", doneAnswer.Text);
        Assert.Equal(first.MessageId, redrawn.MessageId);
        Assert.Contains($"quá hạn: {Processing - 1}, sắp đến hạn: 1", redrawn.Text);
        Assert.Contains("Trang 2/6 · mục 21–40 trong 120.", redrawn.Text);
        Assert.DoesNotContain(Code(113), redrawn.Text);

        // The English deputy closes the dossier with the long code: its button carries a hash, not the code.
        var deputyList = await _bot.SayAsync(Deputy, "/overdue", "en");
        Assert.Contains($"overdue: {Processing - 1}, due soon: 1", deputyList.Text);
        Assert.StartsWith($"ld:l:{Unit}:1:#", deputyList.Buttons.Single(b => b.Text == $"✅ {Code(39)}").CallbackData);
        var (deputyAnswer, deputyRedrawn) = await PressForAnswerAndEditAsync(Deputy, deputyList, $"✅ {Code(39)}");
        Assert.Equal($"✅ Dossier {Code(39)} marked settled.", deputyAnswer.Text);
        Assert.Contains($"overdue: {Processing - 2}, due soon: 1", deputyRedrawn.Text);

        // Another commune's head forging this commune's buttons changes and learns nothing.
        var otherList = await _bot.SayAsync(OtherHead, "/overdue");
        Assert.Contains("Xã Cát Đằng</b> không có hồ sơ, nhiệm vụ nào quá hạn", otherList.Text);
        foreach (var forged in new[] { $"ld:l:{Unit}:1:{Code(79)}", $"lp:l:{Unit}:2", $"lx:{Unit}" })
        {
            _bot.Api.PressButton(OtherHead, otherList.MessageId, forged);
            var refused = await _bot.Api.WaitForMessage(OtherHead, m => m.Method == "answerCallbackQuery");
            Assert.Equal("Bạn chỉ xem và đánh dấu được hồ sơ của đơn vị mình. Không có gì thay đổi.", refused.Text);
        }

        // /done without a code offers every open item, waiting ones marked as paused.
        var picker = await _bot.SayAsync(Head, "/done");
        var open = Processing - 2 + 1 + Waiting;
        Assert.StartsWith($"<b>Xã An Bình</b> (<code>XA-AB</code>) — đang mở: {open}. Bấm ✅ ở mục đã xong:\n• <code>{Code(79)}</code>", picker.Text);
        Assert.Equal(20, picker.Buttons.Count(b => b.Text.StartsWith('✅')));
        var (pickAnswer, picked) = await PressForAnswerAndEditAsync(Head, picker, $"✅ {Code(79)}");
        Assert.Equal($"✅ Đã đánh dấu hồ sơ {Code(79)} giải quyết xong.", pickAnswer.Text);
        Assert.Contains($"đang mở: {open - 1}.", picked.Text);
        _bot.Api.PressButton(Head, picker.MessageId, $"lp:o:{Unit}:7");
        var lastPage = await _bot.Api.WaitForMessage(Head, m => m.Method == "editMessageText" && m.Text!.Contains("Trang 7/7"));
        Assert.Contains($"<code>{Code(121)}</code> Đăng ký khai sinh — ⏸ tạm dừng tính hạn (chờ công dân)", lastPage.Text);
        Assert.Contains($"<code>{DueSoonCode}</code> Đăng ký kết hôn — còn 4 giờ", lastPage.Text);

        // The morning digest and the afternoon escalation count what the list counted; by 16:00 the noon dossier is overdue too.
        var overdue = Processing - 3;
        _bot.Clock.SetVietnamTime(new DateTime(2025, 5, 19, 8, 0, 30));
        await _bot.Get<ReminderRunner>().RunDueAsync();
        var digest = await _bot.Api.WaitForMessage(Head, m => m.Text?.Contains("Nhắc việc") == true);
        Assert.Contains($"quá hạn: {overdue}, sắp đến hạn: 1", digest.Text);
        Assert.Contains($"… và {overdue + 1 - 20} mục khác.", digest.Text);
        Assert.All(Enumerable.Range(121, 30), i => Assert.DoesNotContain(Code(i), digest.Text));
        var englishDigest = await _bot.Api.WaitForMessage(Deputy, m => m.Text?.Contains("Reminder for") == true);
        Assert.Contains($"overdue: {overdue}, due soon: 1", englishDigest.Text);
        Assert.Equal(["digest:2025-05-19:unit:XA-AB:user:801", "digest:2025-05-19:unit:XA-AB:user:802"], _bot.OutboxKeys("digest:").Order());

        _bot.Clock.SetVietnamTime(new DateTime(2025, 5, 19, 16, 0, 30));
        await _bot.Get<ReminderRunner>().RunDueAsync();
        var escalation = await _bot.Api.WaitForMessage(BotHarness.AdminId, m => m.Text?.Contains("Cảnh báo trễ hạn") == true);
        Assert.Contains($"• <code>XA-AB</code> Xã An Bình: {LongOverdue - 3} mục (tổng quá hạn {overdue + 1})", escalation.Text);
        Assert.Equal(["escalation:2025-05-19:user:9001"], _bot.OutboxKeys("escalation:"));

        // The admin sees the same counts and pages the list, but dossiers are closed by their unit only.
        var counts = await _bot.SayAsync(BotHarness.AdminId, "/overdue");
        Assert.Contains($"<code>XA-AB</code> Xã An Bình: {overdue + 1} / 0 / {LongOverdue - 3}", counts.Text);
        Assert.DoesNotContain("XA-CD", counts.Text);
        var adminList = await _bot.PressAsync(BotHarness.AdminId, counts, Unit);
        Assert.Contains($"quá hạn: {overdue + 1}, sắp đến hạn: 0", adminList.Text);
        Assert.Equal(["2 ▶", "📎 Tải danh sách (XLSX)"], adminList.Buttons.Select(b => b.Text));

        AssertWhoHeardWhat();
    }

    private void AssertTheFileHoldsTheWholeList(SentMessage file)
    {
        var rows = new MemoryStream(file.FileContent!).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận", "Ngày hẹn trả", "Trạng thái", "Tình trạng hạn"], rows[0].Keys);
        Assert.Equal(Processing + 1 + Waiting, rows.Count);
        var oldest = rows[0];
        Assert.Equal(Code(39), oldest["Mã hồ sơ"]);
        Assert.Equal(Procedures[39 % 5], oldest["Tên thủ tục"]);
        Assert.Equal(new DateTime(2025, 4, 1, 8, 0, 0), oldest["Ngày tiếp nhận"]);
        Assert.Equal(new DateTime(2025, 4, 9, 17, 0, 0), oldest["Ngày hẹn trả"]);
        Assert.Equal(("Đang xử lý", "quá hạn 39 ngày"), ((string)oldest["Trạng thái"]!, (string)oldest["Tình trạng hạn"]!));
        Assert.Equal((DueSoonCode, "còn 4 giờ"), ((string)rows[Processing]["Mã hồ sơ"]!, (string)rows[Processing]["Tình trạng hạn"]!));
        var waiting = rows.Skip(Processing + 1).ToList();
        Assert.Equal(Enumerable.Range(121, Waiting).Select(Code).Order(), waiting.Select(r => (string)r["Mã hồ sơ"]!).Order());
        Assert.Equal(8, waiting.Count(r => (string)r["Trạng thái"]! == "Chờ bổ sung giấy tờ"));
        Assert.Equal(6, waiting.Count(r => (string)r["Trạng thái"]! == "Chờ thực hiện nghĩa vụ tài chính"));
        Assert.All(waiting, r => Assert.Equal("tạm dừng tính hạn (chờ công dân)", r["Tình trạng hạn"]));
    }

    /// <summary>Every message of the journey went to the people of the commune who asked, or to the admin; the other commune got only its own list and three refusals.</summary>
    private void AssertWhoHeardWhat()
    {
        var sent = _bot.Api.AllSent;
        Assert.Equal(new[] { Head, Deputy, OtherHead, BotHarness.AdminId }.Order(), sent.Select(m => m.ChatId).Distinct().Order());
        Assert.Equal(["sendMessage", "answerCallbackQuery", "answerCallbackQuery", "answerCallbackQuery"], _bot.Api.SentTo(OtherHead).Select(m => m.Method));
        Assert.Single(sent, m => m.Method == "sendDocument");
        Assert.Equal(Head, sent.Single(m => m.Method == "sendDocument").ChatId);
        Assert.Single(_bot.Api.SentTo(Head), m => m.Text?.Contains("Nhắc việc") == true);
        Assert.Single(_bot.Api.SentTo(Deputy), m => m.Text?.Contains("Reminder for") == true);
        Assert.DoesNotContain(_bot.Api.SentTo(BotHarness.AdminId), m => m.Text?.Contains("Nhắc việc") == true);
        Assert.Single(sent, m => m.Text?.Contains("Cảnh báo trễ hạn") == true);
    }

    private async Task<(SentMessage Answer, SentMessage Edit)> PressForAnswerAndEditAsync(long userId, SentMessage message, string buttonText)
    {
        var button = message.Buttons.Single(b => b.Text == buttonText);
        _bot.Api.PressButton(userId, message.MessageId, button.CallbackData!);
        var answer = await _bot.Api.WaitForMessage(userId, m => m.Method == "answerCallbackQuery");
        var edit = await _bot.Api.WaitForMessage(userId, m => m.Method == "editMessageText");
        return (answer, edit);
    }

    private static void AssertWithinTelegramLimits(SentMessage message)
    {
        Assert.InRange(message.Buttons.Count, 1, 100);
        Assert.All(message.Buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.CallbackData!), 1, 64));
    }

    private const string DueSoonCode = "000.00.21.H12-250512-0001";

    /// <summary>One-stop-shop codes; number 39 carries a registry suffix long enough to overflow a button's 64 bytes.</summary>
    private static string Code(int i) => i == 39 ? "000.00.21.H12-250401-0039-BS-THEO-VB-SO-123-UBND-XA-AN-BINH" : $"000.00.21.H12-250401-{i:0000}";

    /// <summary>
    /// The commune's export as the national software writes it: due dates one to forty days back (number i is
    /// due i mod 40 days before Sunday 17:00), statuses as exported and as people retype them, one it does not know.
    /// </summary>
    private static string Export()
    {
        string[] processing = ["Đang xử lý", "Được tiếp nhận", "Mới đăng ký", " đang  xử lý "];
        string[] supplement = ["Yêu cầu bổ sung giấy tờ", "Chờ bổ sung", "Cho bo sung", "CHỜ  BỔ SUNG"];
        var csv = new StringBuilder("Mã hồ sơ,Tên thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Trạng thái,Ngày kết thúc\n");
        for (var i = 1; i <= 150; i++)
        {
            var status = i switch
            {
                <= Processing => processing[i % 4],
                <= 128 => supplement[i % 4],
                <= 134 => "Yêu cầu thực hiện nghĩa vụ tài chính",
                <= 144 => "Công dân yêu cầu rút hồ sơ",
                _ => "Dừng xử lý",
            };
            var due = new DateTime(2025, 5, 18, 17, 0, 0).AddDays(-(i % 40));
            csv.Append(CultureInfo.InvariantCulture, $"{Code(i)},\"{Procedures[i % 5]}\",01/04/2025 08:00,{due:dd/MM/yyyy HH:mm},{status},\n");
        }
        csv.Append($"{DueSoonCode},\"{Procedures[3]}\",12/05/2025,19/05/2025 12:00,Đang xử lý,\n");
        csv.Append("000.00.21.H12-250402-0001,\"Đăng ký khai sinh\",02/04/2025,10/04/2025,Đã trả kết quả,09/04/2025\n");
        csv.Append("000.00.21.H12-250402-0002,\"Đăng ký kết hôn\",02/04/2025,10/04/2025,Đã xử lý xong,08/04/2025\n");
        csv.Append("000.00.21.H12-250402-0003,\"Đăng ký kết hôn\",02/04/2025,10/04/2025,Không được tiếp nhận,02/04/2025\n");
        csv.Append("000.00.21.H12-250402-0004,\"Đăng ký kết hôn\",02/04/2025,10/04/2025,Tạm hoãn,\n");
        return csv.ToString();
    }
}
