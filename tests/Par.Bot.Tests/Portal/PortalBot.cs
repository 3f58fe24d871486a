using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Bot.Tests.Ranking;
using Par.Core.Tests.Portal;

namespace Par.Bot.Tests.Portal;

/// <summary>A bot on the shipped catalogue (the portal's index), in November 2026, and the sample province's files.</summary>
public static partial class PortalBot
{
    public static readonly DateTimeOffset November = new(2026, 11, 4, 2, 0, 0, TimeSpan.Zero);

    public static Task<BotHarness> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = Shipped("Indicators", "Portal");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        return BotHarness.StartAsync(all, new TestClock(November), services);
    }

    /// <summary>The six sample responses in one ZIP, as an admin would send them.</summary>
    public static byte[] Zip(IEnumerable<string>? endpoints = null)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var endpoint in endpoints ?? Samples.Endpoints)
            {
                using var entry = archive.CreateEntry($"thang10/{endpoint}.json").Open();
                entry.Write(Samples.Bytes(endpoint));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Sends the ZIP with a caption and the import's answer; then creates the units it names and imports again (only
    /// <paramref name="endpoints"/> when given).
    /// </summary>
    public static async Task<SentMessage> ImportLinkedAsync(BotHarness bot, IEnumerable<string>? endpoints = null)
    {
        await CreateUnitsAsync(bot);
        return await ImportAsync(bot, endpoints);
    }

    /// <summary>Sends the ZIP, which names units Par does not have yet, and creates them with the button: no figure is stored.</summary>
    public static async Task CreateUnitsAsync(BotHarness bot)
    {
        bot.Api.SendDocument(BotHarness.AdminId, Zip(), "cong-dvc.zip", "Số liệu Cổng tháng 10/2026");
        var first = await bot.Api.WaitForMessage(BotHarness.AdminId);
        await bot.PressAsync(BotHarness.AdminId, first, "Tạo 13 đơn vị");
    }

    /// <summary>Sends the ZIP for October 2026 once the units exist; returns the import's answer.</summary>
    public static async Task<SentMessage> ImportAsync(BotHarness bot, IEnumerable<string>? endpoints = null)
    {
        bot.Api.SendDocument(BotHarness.AdminId, Zip(endpoints), "cong-dvc.zip", "2026-10");
        return await bot.Api.WaitForMessage(BotHarness.AdminId);
    }

    /// <summary>Makes <paramref name="userId"/> the head of the unit through an admin's invite, as a new head joins.</summary>
    public static async Task JoinAsHeadAsync(BotHarness bot, string unitCode, long userId)
    {
        var invite = await bot.SayAsync(BotHarness.AdminId, $"/invite {unitCode}");
        var joined = await bot.SayAsync(userId, $"/start {InviteCode().Match(invite.Text!).Groups[1].Value}");
        Assert.Contains("lãnh đạo đơn vị", joined.Plain());
    }

    [GeneratedRegex("start=([A-Z0-9]{8})")]
    private static partial Regex InviteCode();

    /// <summary>The shipped appsettings.json's sections as flat settings: BotHarness leaves the JSON files out.</summary>
    private static Dictionary<string, string?> Shipped(params string[] sections)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
        return sections.SelectMany(section => configuration.GetSection(section).AsEnumerable())
            .Where(pair => pair.Value is not null)
            .ToDictionary(pair => pair.Key, pair => pair.Value);
    }
}
