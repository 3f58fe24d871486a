using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using NSubstitute;
using Par.Bot.Tests.Fakes;
using Par.Bot.Work;
using Par.Bot.Tests.Hosting;
using Par.Bot.Tests.Ranking;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Storage;
using Par.Core.Units;
using Par.Core.Work;

namespace Par.Bot.Tests.Work;

/// <summary>
/// Files are imported off the update loop: acknowledged at once, imported in the background all or nothing, answered
/// once, taken up again after a restart, and refused before any download when the sender may import nothing.
/// </summary>
public sealed class BackgroundImportTests
{
    private const long Admin = BotHarness.AdminId;
    private const long Other = 5151;
    private const long Stranger = 6262;

    [Fact]
    public async Task Other_chats_are_answered_while_a_hundred_thousand_units_are_being_stored()
    {
        await using var bot = await BotHarness.StartAsync(services: GatedUnitStore.Register);
        var units = (GatedUnitStore)bot.Get<IUnitStore>();

        bot.Api.SendDocument(Admin, FileImports.UnitsCsv(100_000), "don-vi.csv");
        var acknowledgement = await bot.Api.WaitForMessage(Admin);
        await units.Held.Task.WaitAsync(TimeSpan.FromSeconds(60));
        // The import's transaction is open, every unit written and none committed: the update loop must not wait for it.
        var help = await bot.SayAsync(Other, "/help");
        units.Open();
        var report = (await bot.Api.ImportAnswerAsync(Admin, TimeSpan.FromSeconds(60)))[0];

        Assert.StartsWith("⏳ Đã nhận tệp “don-vi.csv”", acknowledgement.Text);
        Assert.True(help.Sequence < report.Sequence, $"/help (#{help.Sequence}) was answered after the import (#{report.Sequence})");
        Assert.Contains("thêm mới 100000, cập nhật 0, từ chối 0", report.Plain());
        Assert.Equal(100_000, bot.Get<IUnitStore>().List().Count);
    }

    [Fact]
    public async Task A_store_failure_in_the_middle_of_an_import_stores_none_of_it()
    {
        await using var bot = await BotHarness.StartAsync(services: services => services.SubstituteStore<IOutbox, LiteOutbox>(outbox =>
            // The units are written by then, in the import's transaction; storing its answer is what fails.
            outbox.When(o => o.Send(Arg.Is<IEnumerable<OutgoingMessage>>(m => m.Any(message => message.Text.Contains("Nhập đơn vị")))))
                .Do(_ => throw StoreSubstitutes.DiskFailure())));

        var answer = await bot.ImportAsync(Admin, FileImports.UnitsCsv(2_000), "don-vi.csv");

        Assert.Contains("đã có lỗi khi nhập tệp “don-vi.csv”. Không có gì được lưu", answer.Plain());
        Assert.Empty(bot.Get<IUnitStore>().List(includeArchived: true));
        Assert.Empty(bot.Get<IWorkStore>().ListQueued());
    }

    [Fact]
    public async Task A_file_whose_download_meets_a_telegram_outage_is_imported_once_the_outage_ends()
    {
        await using var bot = await BotHarness.StartAsync();
        // The first try meets a 502, the second a refused connection; the third gets the file.
        var tries = 0;
        bot.Api.Faults = call => call.Method != "getFile" ? null : Interlocked.Increment(ref tries) switch
        {
            1 => FakeFault.BadGateway(),
            2 => FakeFault.ConnectionRefused(),
            _ => null,
        };

        var answer = await bot.ImportAllAsync(Admin, FileImports.UnitsCsv(3), "don-vi.csv");

        Assert.Contains("thêm mới 3, cập nhật 0, từ chối 0", Assert.Single(answer).Plain());
        Assert.DoesNotContain(bot.Api.SentTo(Admin), m => m.Text?.Contains("đã có lỗi") == true);
        Assert.Equal(3, bot.Get<IUnitStore>().List().Count);
    }

    [Fact]
    public async Task An_import_stopped_while_downloading_runs_after_the_restart_and_is_answered_once()
    {
        await using var bot = await BotHarness.StartAsync();
        using var downloadStarted = new SemaphoreSlim(0);
        using var release = new ManualResetEventSlim();
        var stall = true;
        bot.Api.Faults = call =>
        {
            if (call.Method == "downloadFile" && Volatile.Read(ref stall))
            {
                downloadStarted.Release();
                release.Wait(TimeSpan.FromSeconds(20));
                return FakeFault.ConnectionRefused();
            }
            return null;
        };

        bot.Api.SendDocument(Admin, FileImports.UnitsCsv(3), "don-vi.csv");
        var acknowledgement = await bot.Api.WaitForMessage(Admin);
        Assert.True(await downloadStarted.WaitAsync(TimeSpan.FromSeconds(10)));
        Volatile.Write(ref stall, false);
        var stopping = bot.StopHostAsync();
        release.Set();
        await stopping;
        await bot.StartHostAsync();
        var answer = await bot.Api.ImportAnswerAsync(Admin);

        Assert.StartsWith("⏳", acknowledgement.Text);
        Assert.Contains("thêm mới 3, cập nhật 0, từ chối 0", Assert.Single(answer).Plain());
        Assert.Equal(3, bot.Get<IUnitStore>().List().Count);
        Assert.Single(bot.Api.SentTo(Admin), m => m.Text?.Contains("Nhập đơn vị") == true);
    }

    [Fact]
    public async Task A_run_cut_short_once_is_run_again_and_one_cut_short_twice_is_reported_once()
    {
        await using var bot = await BotHarness.StartAsync();
        // Queued after the runner's look at start, so this host leaves them alone until it is restarted.
        await bot.Get<WorkRunner>().LookedAtStart.WaitAsync(TimeSpan.FromSeconds(30));
        // What a crash leaves: items queued and acknowledged whose runs began (once, twice) and never stored an answer.
        var once = Queue(bot, FileImports.UnitsCsv(4), "lan-mot.csv", begun: 1);
        var twice = Queue(bot, Encoding.UTF8.GetBytes("code,name,group\nSTP,Sở Tư pháp,department\n"), "lan-hai.csv", begun: 2);
        await bot.Api.WaitForMessages(Admin, 2);

        var mark = bot.Api.AllSent.Count;
        await bot.RestartAsync();
        // Each item ends with its acknowledgement edited to say it is done.
        await bot.Api.WaitForMessage(Admin, m => m.MessageId == MessageIdOf(bot, once) && m.Text!.StartsWith('✅'));
        await bot.Api.WaitForMessage(Admin, m => m.MessageId == MessageIdOf(bot, twice) && m.Text!.StartsWith('✅'));
        await bot.RestartAsync();
        // Answered by now if the second start were to take the items up again.
        bot.Api.SendText(Admin, "/help");
        await bot.Api.WaitForMessage(Admin, m => m.Text!.StartsWith("<b>Các lệnh", StringComparison.Ordinal));

        var texts = bot.Api.AllSent.Skip(mark)
            .Where(m => m.ChatId == Admin && m.Method == "sendMessage" && !m.Text!.StartsWith("<b>Các lệnh", StringComparison.Ordinal))
            .Select(m => m.Plain()).ToList();
        Assert.Contains(texts, t => t.Contains("thêm mới 4, cập nhật 0, từ chối 0"));
        Assert.Contains(texts, t => t.StartsWith("Việc nhập tệp “lan-hai.csv” bị gián đoạn", StringComparison.Ordinal) && t.Contains("Không có gì được lưu"));
        Assert.Equal(2, texts.Count);
        Assert.Null(bot.Get<IUnitStore>().Find("STP"));
        Assert.Equal(4, bot.Get<IUnitStore>().List().Count);
        Assert.Empty(bot.Get<IWorkStore>().ListQueued());
    }

    [Fact]
    public async Task A_strangers_file_is_refused_before_anything_is_downloaded()
    {
        await using var bot = await BotHarness.StartAsync();

        var answer = await bot.ImportAsync(Stranger, FileImports.UnitsCsv(10), "don-vi.csv");

        Assert.Contains("mã mời", answer.Plain());
        Assert.DoesNotContain(bot.Api.Calls, call => call.Method is "getFile" or "downloadFile");
        Assert.Empty(bot.Get<IWorkStore>().ListQueued());
        Assert.Empty(bot.Get<IUnitStore>().List());
    }

    [Fact]
    public async Task Five_thousand_bad_rows_are_answered_in_a_message_and_a_sheet()
    {
        await using var bot = await BotHarness.StartAsync();
        var rows = string.Concat(Enumerable.Range(1, 5_000).Select(i => $"{i}BAD,Đơn vị {i},commune\n"));

        var answer = await bot.ImportAllAsync(Admin, Encoding.UTF8.GetBytes("code,name,group\nSNV,Sở Nội vụ,department\n" + rows), "don-vi.csv");

        var messages = bot.Api.SentTo(Admin).Where(m => m.Method is "sendMessage" or "sendDocument").ToList();
        Assert.True(messages.Count <= 3, $"{messages.Count} messages: {string.Join(" | ", messages)}");
        Assert.Contains("thêm mới 1, cập nhật 0, từ chối 5000", answer[0].Plain());
        Assert.Contains("… và 4980 dòng khác: xem tệp đính kèm.", answer[0].Plain());
        var sheet = Assert.Single(answer, m => m.Method == "sendDocument");
        Assert.Equal(5_000, MiniExcel.Query(new MemoryStream(sheet.FileContent!), useHeaderRow: true).Count());
    }

    [Theory]
    [InlineData(1, 1_000_000)]
    [InlineData(1_000, 3_999)]
    public async Task Huge_code_cells_are_answered_in_a_few_messages_quoting_a_short_piece(int rows, int codeLength)
    {
        await using var bot = await BotHarness.StartAsync();
        var code = "X" + new string('9', codeLength - 1);
        var csv = "code,name,group\n" + string.Concat(Enumerable.Repeat($"{code},Tên,commune\n", rows));

        var answer = await bot.ImportAllAsync(Admin, Encoding.UTF8.GetBytes(csv), "don-vi.csv");

        Assert.True(bot.Api.SentTo(Admin).Count(m => m.Method is "sendMessage" or "sendDocument") <= 3);
        Assert.All(answer, m => Assert.True((m.Text?.Length ?? 0) < 4_096));
        Assert.DoesNotContain(answer, m => m.Text?.Contains(new string('9', 100)) == true);
        Assert.Empty(bot.Get<IUnitStore>().List());
    }

    /// <summary>Telegram's id of the item's acknowledgement, which the bot edits.</summary>
    private static int MessageIdOf(BotHarness bot, WorkItem item) => bot.Get<IOutboxStore>().Find(item.AcknowledgementId)!.TelegramMessageId!.Value;

    private static WorkItem Queue(BotHarness bot, byte[] content, string fileName, int begun)
    {
        var work = bot.Get<IWorkStore>();
        var item = work.Queue(
            new WorkItem { UpdateId = 1, ChatId = Admin, UserId = Admin, Role = Role.Admin, Language = "vi", FileId = bot.Api.RegisterFile(content, fileName), FileName = fileName },
            new OutgoingMessage { ChatId = Admin, Text = $"⏳ {fileName}" });
        for (var run = 0; run < begun; run++)
            item = work.Begin(item.Id);
        return item;
    }
}
