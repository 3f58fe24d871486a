using Par.Bot.Tests.Fakes;

namespace Par.Bot.Tests.Hosting;

/// <summary>/export as an admin sees it: acknowledged at once, the two documents once the table is built.</summary>
public static class Exports
{
    /// <summary>Sends /export with <paramref name="period"/> and returns its XLSX and CSV documents (the acknowledgement's edit taken too).</summary>
    public static async Task<(SentMessage Xlsx, SentMessage Csv)> ExportAsync(this BotHarness bot, long userId, string period)
    {
        var acknowledgement = await bot.SayAsync(userId, $"/export {period}");
        Assert.StartsWith("⏳", acknowledgement.Text);
        var xlsx = await bot.Api.WaitForMessage(userId, m => m.Method == "sendDocument");
        var csv = await bot.Api.WaitForMessage(userId, m => m.Method == "sendDocument");
        await bot.Api.WaitForMessage(userId, m => m.MessageId == acknowledgement.MessageId && m.Text?.StartsWith('✅') == true);
        return (xlsx, csv);
    }
}
