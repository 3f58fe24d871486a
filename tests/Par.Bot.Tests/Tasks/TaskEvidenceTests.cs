using System.Text;
using Par.Bot.Tests.Dossiers;
using Par.Bot.Tests.Hosting;
using Par.Core.Outbox;
using Par.Core.Tasks;

namespace Par.Bot.Tests.Tasks;

/// <summary>
/// A document or photo whose caption is <c>/tasks T-1 note …</c> or <c>/done T-1 …</c>: the note or the result is
/// recorded with the file as evidence, the assigner gets the file, nobody else hears of it, and nothing is imported.
/// </summary>
public sealed class TaskEvidenceTests : IAsyncLifetime
{
    private const long Admin = BotHarness.AdminId;
    private const long Head = 501;
    private const long Deputy = 502;
    private const long StpHead = 601;
    private static readonly long[] Everyone = [Admin, Head, Deputy, StpHead];
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await Province.StartAsync();
        await _bot.AddUnitAsync("SNV", "Sở Nội vụ");
        await _bot.AddUnitAsync("STP", "Sở Tư pháp");
        await _bot.JoinAsHeadAsync(Head, "SNV");
        await _bot.JoinAsHeadAsync(StpHead, "STP");
        await _bot.JoinAsEnglishDeputyAsync(Head, Deputy);
        Assert.Contains("Đã giao nhiệm vụ", (await _bot.AskAsync(Admin, "/tasks new SNV+STP 30/05/2025 Rà soát TTHC", "nhiệm vụ")).Text);
        await _bot.Api.WaitForMessage(Head, m => m.Text?.Contains("Nhiệm vụ mới", StringComparison.Ordinal) == true);
        await _bot.Api.WaitForMessage(StpHead, m => m.Text?.Contains("Nhiệm vụ phối hợp", StringComparison.Ordinal) == true);
        _bot.Api.Clear();
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_document_captioned_with_a_note_records_it_and_the_assigner_alone_gets_the_file()
    {
        var update = _bot.Api.SendDocument(StpHead, Encoding.UTF8.GetBytes("cong van"), "cong-van-125.pdf", "/tasks T-1 note Đã gửi công văn");
        var fileId = update.Message!.Document!.FileId;

        var noted = await _bot.Api.WaitForMessage(StpHead, m => m.Text?.Contains("Đã ghi tiến độ", StringComparison.Ordinal) == true);
        var notice = await _bot.Api.WaitForMessage(Admin, m => m.Method == "sendDocument");
        await _bot.Api.WaitUntilConfirmed(update.Id);

        Assert.Contains("kèm tệp minh chứng", noted.Text);
        Assert.Equal(fileId, notice.Parameter("document"));
        Assert.Contains("Đã gửi công văn", notice.Text);
        Assert.Equal(new TaskEvidence(fileId, "cong-van-125.pdf", AttachmentKind.Document), _bot.Get<ITaskStore>().Find(1)!.History[^1].Evidence);
        AssertOnlyTold(StpHead, Admin);
        Assert.Contains("tiến độ: Đã gửi công văn 📎 cong-van-125.pdf", (await _bot.AskAsync(Admin, "/tasks T-1", "<b>Nhiệm vụ <code>T-1</code></b>")).Text);
    }

    [Fact]
    public async Task A_photo_captioned_done_finishes_the_task_and_the_assigner_alone_gets_the_photo()
    {
        var update = _bot.Api.SendPhoto(Head, [1, 2, 3], "/done T-1 Đã hoàn thành");
        var fileId = update.Message!.Photo![^1].FileId;

        var done = await _bot.Api.WaitForMessage(Head, m => m.Text?.Contains("Đã ghi nhận hoàn thành", StringComparison.Ordinal) == true);
        var notice = await _bot.Api.WaitForMessage(Admin, m => m.Method == "sendPhoto");
        await _bot.Api.WaitUntilConfirmed(update.Id);

        Assert.Contains("Đã hoàn thành", done.Text);
        Assert.Equal(fileId, notice.Parameter("photo"));
        Assert.Contains("đã hoàn thành nhiệm vụ", notice.Text);
        var task = _bot.Get<ITaskStore>().Find(1)!;
        Assert.Equal((false, new TaskEvidence(fileId, "photo.jpg", AttachmentKind.Photo)), (task.IsOpen, task.ResultFile));
        Assert.Equal(task.ResultFile, task.History[^1].Evidence);
        AssertOnlyTold(Head, Admin);
    }

    [Theory]
    [InlineData(Head, "/tasks T-9 note Đã gửi", "Không có nhiệm vụ <code>T-9</code>")]
    [InlineData(StpHead, "/done T-1 Đã hoàn thành", "không phải của đơn vị bạn")]
    [InlineData(Head, "/tasks T-1", "Tệp này chưa được ghi nhận")]
    [InlineData(Head, "/done T-1", "Tệp này chưa được ghi nhận")]
    [InlineData(Deputy, "/done T-9 Done", "There is no task <code>T-9</code>")]
    [InlineData(Deputy, "/tasks T-1 extend 06/06/2025 x", "This file was not recorded")]
    public async Task A_file_with_a_bad_caption_is_answered_and_changes_nothing(long sender, string caption, string expected)
    {
        var before = _bot.Get<ITaskStore>().Find(1)!;

        var update = _bot.Api.SendDocument(sender, Encoding.UTF8.GetBytes("x"), "minh-chung.pdf", caption);
        var reply = await _bot.Api.WaitForMessage(sender);
        await _bot.Api.WaitUntilConfirmed(update.Id);

        Assert.Contains(expected, reply.Text);
        Assert.Equal(before.History, _bot.Get<ITaskStore>().Find(1)!.History);
        Assert.True(_bot.Get<ITaskStore>().Find(1)!.IsOpen);
        AssertOnlyTold(sender);
    }

    [Theory]
    [InlineData("/units")]
    [InlineData("/tasks")]
    [InlineData("/done nhập đơn vị")]
    public async Task A_caption_naming_no_task_leaves_the_file_to_the_importers(string caption)
    {
        _bot.Api.SendDocument(Admin, Encoding.UTF8.GetBytes("code,name,group\nSYT,Sở Y tế,department\n"), "don-vi.csv", caption);
        await _bot.Api.ImportAnswerAsync(Admin);

        Assert.Equal("Sở Y tế", _bot.Get<Par.Core.Units.IUnitStore>().Find("SYT")?.Name);
    }

    /// <summary>Every message the bot sent since the task was assigned went to <paramref name="told"/>.</summary>
    private void AssertOnlyTold(params long[] told)
    {
        foreach (var person in Everyone.Except(told))
            Assert.Empty(_bot.Api.SentTo(person));
        foreach (var person in told)
            Assert.NotEmpty(_bot.Api.SentTo(person));
    }
}
