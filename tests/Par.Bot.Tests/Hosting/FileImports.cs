using Par.Bot.Tests.Fakes;

namespace Par.Bot.Tests.Hosting;

/// <summary>
/// A person sends a file to import: the bot acknowledges it at once (⏳), imports it in the background, answers, and edits
/// the acknowledgement to say it is done (✅). These take the whole exchange, so a test's next wait sees what follows it.
/// </summary>
public static class FileImports
{
    /// <summary>A units file of <paramref name="count"/> communes, U000001 onwards.</summary>
    public static byte[] UnitsCsv(int count) =>
        System.Text.Encoding.UTF8.GetBytes("code,name,group\n" + string.Concat(Enumerable.Range(1, count).Select(i => $"U{i:D6},Đơn vị số {i},commune\n")));

    /// <summary>Sends the file and returns the import's first answer (or the refusal, when it is refused before being queued).</summary>
    public static async Task<SentMessage> ImportAsync(this BotHarness bot, long userId, byte[] content, string fileName) =>
        (await bot.ImportAllAsync(userId, content, fileName))[0];

    /// <summary>Sends the file and returns every new message of its answer (the acknowledgement and its edits left out).</summary>
    public static async Task<IReadOnlyList<SentMessage>> ImportAllAsync(this BotHarness bot, long userId, byte[] content, string fileName)
    {
        bot.Api.SendDocument(userId, content, fileName);
        return await bot.Api.ImportAnswerAsync(userId);
    }

    /// <summary>The answer to a file already sent: everything up to the ✅ edit of its acknowledgement.</summary>
    public static async Task<IReadOnlyList<SentMessage>> ImportAnswerAsync(this FakeBotApi api, long userId, TimeSpan? timeout = null)
    {
        var first = await api.WaitForMessage(userId, timeout: timeout);
        if (first.Text?.StartsWith('⏳') != true)
            return [first];
        var answer = new List<SentMessage>();
        while (true)
        {
            var next = await api.WaitForMessage(userId, timeout: timeout);
            if (next.Method != "editMessageText")
                answer.Add(next);
            else if (next.MessageId == first.MessageId && next.Text?.StartsWith('✅') == true)
                return answer;
        }
    }
}
