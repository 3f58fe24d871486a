using Par.Bot.Tests.Fakes;

namespace Par.Bot.Tests.Ranking;

internal static class SentMessages
{
    /// <summary>What the person reads: the HTML parsed as Telegram parses it (entities decoded, tags dropped).</summary>
    public static string Plain(this SentMessage message) => TelegramHtml.ToPlainText(message.Text ?? "");
}
