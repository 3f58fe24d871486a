using Par.Bot.Tests.Ranking;

namespace Par.Bot.Tests.Routing;

/// <summary>One running bot for every refusal case: units SNV and STP, SNV's head and deputy, and a stranger. Refusals change nothing.</summary>
public sealed class RefusalProvince : IAsyncLifetime
{
    public const long Head = 501;
    public const long Deputy = 502;
    public const long Stranger = 777;

    internal RankingBot Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Bot = await RankingBot.StartAsync();
        await Bot.AddUnitWithHeadAsync("SNV", "Sở Nội vụ", Head);
        await Bot.AddUnitAsync("STP", "Sở Tư pháp");
        await Bot.AddDeputyAsync(Head, Deputy);
    }

    public async Task DisposeAsync() => await Bot.DisposeAsync();
}
