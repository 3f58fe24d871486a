using Par.Bot.Handlers.Routing;
using Par.Bot.Texts;
using Par.Core.Indicators;
using Par.Core.Members;
using Par.Core.Ranking;
using Par.Core.Reports;
using Par.Core.Units;

namespace Par.Bot.Hosting;

/// <summary>
/// /rank end to end without the network, for bench/Par.Bench: <see cref="Build"/> the bot's services over a store of
/// many units (the host is never started, so nothing talks to Telegram), then time <see cref="RankAsync"/>.
/// The bot never calls it.
/// </summary>
public static class RankingBenchmark
{
    public const long AdminId = 1;

    /// <summary>The bot's services over a new store at <paramref name="storePath"/> holding <paramref name="units"/> units (see <see cref="RankingSandbox.Fill"/>).</summary>
    public static IHost Build(string storePath, int units)
    {
        var host = ParHost.Build([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = "1:benchmark",
            ["Storage:Path"] = storePath,
            ["Bot:AdminIds:0"] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        var services = host.Services;
        RankingSandbox.Fill(
            services.GetRequiredService<IUnitStore>(), services.GetRequiredService<IReportStore>(), services.GetRequiredService<IndicatorCatalog>(), units);
        return host;
    }

    /// <summary>Routes <c>/rank UNIT PERIOD</c> from an admin as an update would be, and returns the answer's HTML.</summary>
    public static async Task<string> RankAsync(IHost host, string unitCode, string period)
    {
        var context = new BotContext
        {
            UpdateId = 1, UserId = AdminId, ChatId = AdminId, UserName = "benchmark", Role = Role.Admin, Member = null,
            T = TextsProvider.Vi, Text = $"/rank {unitCode} {period}", Command = "rank", Args = $"{unitCode} {period}",
        };
        await host.Services.GetRequiredService<UpdateRouter>().RouteAsync(context, CancellationToken.None);
        return context.Replies[0].Text;
    }
}
