using NSubstitute;
using NSubstitute.Core;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Core.Reports;
using Par.Core.Storage;

namespace Par.Bot.Tests.Ranking;

/// <summary>The report store failing on its first save: the user is told, nothing is stored, and trying again works.</summary>
public sealed class ReportStoreFailureTests : IAsyncLifetime
{
    private const long Head = 621;
    private readonly Action<CallInfo> _failOnce = StoreSubstitutes.FailFirst(1);
    private RankingBot _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await RankingBot.StartAsync(services: s => s.SubstituteStore<IReportStore, LiteReportStore>(reports =>
            reports.When(r => r.Save(Arg.Any<IReadOnlyList<UnitReport>>(), Arg.Any<IReadOnlyList<ReportChange>>())).Do(_failOnce)));
        await _bot.AddUnitWithHeadAsync("SNV", "Sở Nội vụ", Head);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Report_line_whose_save_fails_gets_the_apology_and_stores_nothing()
    {
        var apology = await _bot.SayAsync(RankingBot.Admin, "/report SNV 2025-04 ONTIME=490/500");

        Assert.Contains("Xin lỗi, đã có lỗi", apology.Plain());
        Assert.Equal("", _bot.Stored("SNV", "2025-04"));
        Assert.Empty(_bot.Reports.History("SNV", RankingBot.P("2025-04")));
        await _bot.ReportAsync("SNV", "2025-04", "ONTIME=490/500");
        Assert.Single(_bot.Reports.History("SNV", RankingBot.P("2025-04")));
    }

    [Fact]
    public async Task Guided_report_whose_save_fails_gets_the_apology_and_keeps_the_draft_so_confirming_again_stores_it()
    {
        var summary = await _bot.SayAsync(Head, "/report 2025-04");
        summary = await _bot.SayAsync(Head, "90");
        for (var i = 2; i <= 8; i++)
            summary = await _bot.PressAsync(Head, summary, "Bỏ qua");

        var apology = await _bot.PressAsync(Head, summary, "Xác nhận");
        Assert.Contains("Xin lỗi, đã có lỗi", apology.Plain());
        Assert.Equal("", _bot.Stored("SNV", "2025-04"));
        var saved = await _bot.PressAsync(Head, summary, "Xác nhận");

        Assert.Contains("Đã lưu báo cáo Sở Nội vụ kỳ tháng 4/2025", saved.Plain());
        Assert.Equal("DISCLOSE=90", _bot.Stored("SNV", "2025-04"));
    }
}
