using Par.Bot.Tests.Fakes;

namespace Par.Bot.Tests.Hosting;

/// <summary>Exchanges that wait for one particular answer, past the notices other people's actions sent meanwhile.</summary>
public static class Asking
{
    /// <summary>Sends a text and waits for the bot's message to that chat that contains <paramref name="expect"/>.</summary>
    public static async Task<SentMessage> AskAsync(this BotHarness bot, long userId, string text, string expect)
    {
        bot.Api.SendText(userId, text);
        return await bot.Api.WaitForMessage(userId, m => m.Text?.Contains(expect, StringComparison.Ordinal) == true);
    }

    /// <summary>Presses a button and waits for the message (or file) that contains <paramref name="expect"/>.</summary>
    public static async Task<SentMessage> PressForAsync(this BotHarness bot, long userId, SentMessage message, string buttonText, string expect)
    {
        var button = message.Buttons.First(b => b.Text.Contains(buttonText, StringComparison.OrdinalIgnoreCase));
        bot.Api.PressButton(userId, message.MessageId, button.CallbackData!);
        return await bot.Api.WaitForMessage(userId, m => m.Method != "answerCallbackQuery" && (m.Text?.Contains(expect, StringComparison.Ordinal) == true || m.FileName is not null));
    }
}
