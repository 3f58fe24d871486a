using Par.Bot.Handlers.Broadcasts;
using Par.Bot.Tests.Fakes;
using Par.Bot.Tests.Hosting;
using Par.Core.Broadcasts;
using Par.Core.Members;
using Par.Core.Units;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Par.Bot.Tests.Broadcasts;

/// <summary>What an admin and the recipients do around a broadcast, and the data they start from.</summary>
internal static class BroadcastSteps
{
    public const string Answer = "answerCallbackQuery";
    private static int NextMessageId = 500_000;

    /// <summary>Units and members arranged directly in the store: dozens of people need not each redeem an invite here.</summary>
    public static void Seed(this BotHarness bot, string unit, string group, params Member[] members)
    {
        bot.Get<IUnitStore>().Upsert(new Unit { Code = unit, Name = $"Đơn vị {unit}", Group = group });
        foreach (var member in members)
            bot.Get<IMemberStore>().Upsert(member with { UnitCode = unit });
    }

    public static Member Head(long id, string? language = null) =>
        new() { UserId = id, ChatId = id, Name = $"Lãnh đạo {id}", UnitRole = Role.Head, Language = language };

    public static Member Deputy(long id, string? language = null) =>
        new() { UserId = id, ChatId = id, Name = $"Cấp phó {id}", UnitRole = Role.Deputy, Language = language };

    /// <summary>A text with formatting, as Telegram delivers it: the plain text and its entities.</summary>
    public static void SendFormatted(this BotHarness bot, long userId, string text, params MessageEntity[] entities) =>
        bot.Api.Enqueue(new Update { Message = Message(bot, userId, m => (m.Text, m.Entities) = (text, entities)) });

    public static void SendPhoto(this BotHarness bot, long userId, byte[] content, string caption, params MessageEntity[] entities)
    {
        var fileId = bot.Api.RegisterFile(content, "anh.jpg");
        bot.Api.Enqueue(new Update
        {
            Message = Message(bot, userId, m =>
            {
                m.Photo =
                [
                    new PhotoSize { FileId = "small-" + fileId, FileUniqueId = "s" + fileId, Width = 90, Height = 60 },
                    new PhotoSize { FileId = fileId, FileUniqueId = "l" + fileId, Width = 1280, Height = 853 },
                ];
                (m.Caption, m.CaptionEntities) = (caption, entities);
            }),
        });
    }

    public static MessageEntity Bold(string text, string part) =>
        new() { Type = MessageEntityType.Bold, Offset = text.IndexOf(part, StringComparison.Ordinal), Length = part.Length };

    /// <summary>Presses a button and returns Telegram's answer to the press (the toast), leaving other messages to wait for.</summary>
    public static Task<SentMessage> AnswerToAsync(this BotHarness bot, long userId, SentMessage message, string button)
    {
        var after = LastSequence(bot);
        Press(bot, userId, message, button);
        return bot.Api.WaitForMessage(userId, m => m.Method == Answer && m.Sequence > after);
    }

    /// <summary>Presses a button and returns the first message or edit the bot makes in the chat after it.</summary>
    public static async Task<SentMessage> PressForMessageAsync(this BotHarness bot, long userId, SentMessage message, string button)
    {
        var after = LastSequence(bot);
        Press(bot, userId, message, button);
        await bot.Api.WaitForMessage(userId, m => m.Method == Answer && m.Sequence > after);
        return await bot.Api.WaitForMessage(userId, m => m.Method != Answer && m.Sequence > after);
    }

    /// <summary>Like SayAsync, but skips whatever reached the chat before (progress edits of a broadcast).</summary>
    public static async Task<SentMessage> SayNowAsync(this BotHarness bot, long userId, string text)
    {
        var after = LastSequence(bot);
        bot.Api.SendText(userId, text);
        return await bot.Api.WaitForMessage(userId, m => m.Method != Answer && m.Sequence > after);
    }

    private static long LastSequence(BotHarness bot) => bot.Api.AllSent is [.., var last] ? last.Sequence : 0;

    public static void Press(BotHarness bot, long userId, SentMessage message, string button)
    {
        var found = message.Buttons.FirstOrDefault(b => b.Text.Contains(button, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No button '{button}' in: {string.Join(" | ", message.Buttons.Select(b => b.Text))}");
        bot.Api.PressButton(userId, message.MessageId, found.CallbackData!);
    }

    /// <summary>/broadcast, the content (sent by <paramref name="sendContent"/>), an audience by button labels; returns the confirmation.</summary>
    public static async Task<SentMessage> ComposeAsync(this BotHarness bot, Action sendContent, string units, string members, params string[] pickUnits)
    {
        await bot.SayAsync(BotHarness.AdminId, "/broadcast");
        sendContent();
        var step = await bot.Api.WaitForMessage(BotHarness.AdminId, m => m.Method != Answer);
        step = await bot.PressForMessageAsync(BotHarness.AdminId, step, units);
        foreach (var unit in pickUnits)
            step = await bot.PressForMessageAsync(BotHarness.AdminId, step, unit);
        if (pickUnits.Length > 0)
            step = await bot.PressForMessageAsync(BotHarness.AdminId, step, "Tiếp tục");
        await bot.AnswerToAsync(BotHarness.AdminId, step, members);
        return await bot.Api.WaitForMessage(BotHarness.AdminId, m => m.Buttons.Any(b => b.Text.StartsWith("✅ Gửi tới", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Starts a broadcast of <paramref name="announcement"/> to everyone as a script would, through BroadcastLauncher,
    /// with /broadcast status's answer as its progress message (the buttons add seconds at one message a second to a chat).
    /// </summary>
    public static async Task<(Broadcast Broadcast, SentMessage Progress)> LaunchToAllAsync(this BotHarness bot, string announcement)
    {
        var progress = await bot.SayNowAsync(BotHarness.AdminId, "/broadcast status");
        var broadcast = bot.Get<BroadcastLauncher>().Launch(new BroadcastRequest
        {
            Id = BroadcastKeys.NewId(),
            AdminChatId = BotHarness.AdminId,
            Html = announcement,
            Summary = announcement,
            Audience = new BroadcastAudience { Scope = AudienceScope.All },
            ProgressMessageId = progress.MessageId,
        });
        return (broadcast!, progress);
    }

    /// <summary>Presses send on the confirmation and waits for the final report (the same message, edited).</summary>
    public static async Task<SentMessage> SendAndWaitForReportAsync(this BotHarness bot, SentMessage confirmation, TimeSpan? timeout = null)
    {
        await bot.AnswerToAsync(BotHarness.AdminId, confirmation, "Gửi tới");
        return await WaitForReportAsync(bot, timeout);
    }

    public static Task<SentMessage> WaitForReportAsync(this BotHarness bot, TimeSpan? timeout = null) =>
        bot.Api.WaitForMessage(BotHarness.AdminId, m => m.Text?.Contains("Đã gửi xong") == true, timeout ?? TimeSpan.FromSeconds(20));

    private static Message Message(BotHarness bot, long userId, Action<Message> fill)
    {
        var person = FakeChats.Person(userId, "vi", null);
        var message = new Message
        {
            Id = Interlocked.Increment(ref NextMessageId),
            From = person,
            Chat = FakeChats.PrivateChat(person),
            Date = bot.Clock.GetUtcNow().UtcDateTime,
        };
        fill(message);
        return message;
    }
}
