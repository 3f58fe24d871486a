using System.Diagnostics;
using System.Net;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Par.Bot.Tests.Fakes;

public sealed class FakeBotApiTests : IAsyncLifetime
{
    private const long Lan = 501;
    private readonly HttpClient _http = new();
    private FakeBotApi _api = null!;
    private TelegramBotClient _bot = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _bot = new TelegramBotClient(new TelegramBotClientOptions(_api.Token, _api.BaseUrl)
        {
            // Telegram.Bot 22 retries a 429 by itself, sleeping retry_after seconds, while RetryThreshold > 0,
            // attempt < RetryCount and retry_after <= RetryThreshold (defaults: 60 and 3). RetryThreshold = 0 turns
            // that off (RetryCount = 1 would too), so every 429 reaches the caller as an ApiRequestException.
            RetryThreshold = 0,
        }, _http);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task Get_me_returns_the_bot_user()
    {
        var me = await _bot.GetMe();

        Assert.Equal(123, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal("par_test_bot", me.Username);
    }

    [Fact]
    public async Task Get_updates_long_polls_until_a_text_arrives()
    {
        var poll = _bot.GetUpdates(timeout: 5);
        await UntilCalled("getUpdates");
        Assert.False(poll.IsCompleted);

        var sent = _api.SendText(Lan, "/start hello", firstName: "Lan");
        var update = Assert.Single(await poll.WaitAsync(TimeSpan.FromSeconds(2)));

        Assert.Equal(sent.Id, update.Id);
        var message = update.Message!;
        Assert.Equal("/start hello", message.Text);
        Assert.Equal(Lan, message.From!.Id);
        Assert.Equal("Lan", message.From.FirstName);
        Assert.Equal("vi", message.From.LanguageCode);
        Assert.Equal(Lan, message.Chat.Id);
        Assert.Equal(ChatType.Private, message.Chat.Type);
        var command = Assert.Single(message.Entities!);
        Assert.Equal((MessageEntityType.BotCommand, 0, 6), (command.Type, command.Offset, command.Length));
    }

    [Fact]
    public async Task Get_updates_with_a_higher_offset_confirms_and_drops_the_update()
    {
        var sent = _api.SendText(Lan, "xin chào");

        Assert.Single(await _bot.GetUpdates());
        Assert.Empty(await _bot.GetUpdates(offset: sent.Id + 1));
        await _api.WaitUntilConfirmed(sent.Id, TimeSpan.FromSeconds(1));
        Assert.Equal(sent.Id + 1, _api.ConfirmedOffset);
    }

    [Fact]
    public async Task Get_updates_returns_nothing_when_the_timeout_passes()
    {
        var clock = Stopwatch.StartNew();

        Assert.Empty(await _bot.GetUpdates(timeout: 1));
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Stopping_the_fake_ends_a_pending_poll_with_no_updates()
    {
        var poll = _bot.GetUpdates(timeout: 30);
        await UntilCalled("getUpdates");

        await _api.DisposeAsync();

        Assert.Empty(await poll.WaitAsync(TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task A_second_poll_ends_the_first_with_409_conflict()
    {
        var first = _bot.GetUpdates(timeout: 5);
        await UntilCalled("getUpdates");

        Assert.Empty(await _bot.GetUpdates());
        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => first);
        Assert.Equal(409, conflict.ErrorCode);
    }

    [Fact]
    public async Task Send_message_records_html_text_and_inline_keyboard()
    {
        var keyboard = new InlineKeyboardMarkup(
        [
            [InlineKeyboardButton.WithCallbackData("Xem xếp hạng", "rank:2025-05")],
            [InlineKeyboardButton.WithCallbackData("Đóng", "close")],
        ]);

        var reply = await _bot.SendMessage(Lan, "<b>Xếp hạng</b> tháng 5 &amp; 6", ParseMode.Html, replyMarkup: keyboard);

        var sent = await _api.WaitForMessage(Lan);
        Assert.Equal("sendMessage", sent.Method);
        Assert.Equal("<b>Xếp hạng</b> tháng 5 &amp; 6", sent.Text);
        Assert.Equal("html", sent.ParseMode, ignoreCase: true);
        Assert.Equal(reply.Id, sent.MessageId);
        Assert.Equal(["rank:2025-05", "close"], sent.Buttons.Select(button => button.CallbackData));
        Assert.Equal(["Xem xếp hạng", "Đóng"], sent.Buttons.Select(button => button.Text));
        Assert.Equal("Xếp hạng tháng 5 & 6", reply.Text);
    }

    [Fact]
    public async Task Editing_to_the_same_text_and_keyboard_is_refused_as_not_modified()
    {
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("OK", "ok"));
        var message = await _bot.SendMessage(Lan, "Đang xử lý", replyMarkup: keyboard);

        var refused = await Assert.ThrowsAsync<ApiRequestException>(
            () => _bot.EditMessageText(Lan, message.Id, "Đang xử lý", replyMarkup: keyboard));
        var edited = await _bot.EditMessageText(Lan, message.Id, "Xong");

        Assert.StartsWith("Bad Request: message is not modified", refused.Message);
        Assert.Equal("Xong", edited.Text);
        Assert.Null(edited.ReplyMarkup);
        var sent = await _api.WaitForMessages(Lan, 2);
        Assert.Equal(["sendMessage", "editMessageText"], sent.Select(m => m.Method));
    }

    [Fact]
    public async Task Html_that_telegram_cannot_parse_is_refused_with_400()
    {
        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(Lan, "Điểm < 5", ParseMode.Html));

        Assert.Equal(400, refused.ErrorCode);
        Assert.Contains("can't parse entities", refused.Message);
        Assert.Empty(_api.SentTo(Lan));
    }

    [Fact]
    public async Task Pressing_a_button_delivers_a_callback_that_can_be_answered_once()
    {
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("OK", "ok"));
        var question = await _bot.SendMessage(Lan, "Xác nhận?", replyMarkup: keyboard);

        _api.PressButton(Lan, question.Id, "ok");
        var press = Assert.Single(await _bot.GetUpdates()).CallbackQuery!;
        await _bot.AnswerCallbackQuery(press.Id, "Đã ghi nhận");

        Assert.Equal(("ok", question.Id, Lan), (press.Data, press.Message!.Id, press.From.Id));
        var answer = await _api.WaitForMessage(Lan, m => m.Method == "answerCallbackQuery");
        Assert.Equal("Đã ghi nhận", answer.Text);
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.AnswerCallbackQuery(press.Id));
        Assert.Equal(400, again.ErrorCode);
    }

    [Fact]
    public async Task Send_photo_from_a_stream_records_the_uploaded_bytes()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];

        var reply = await _bot.SendPhoto(Lan, InputFile.FromStream(new MemoryStream(png), "chart.png"), "Biểu đồ");

        var sent = await _api.WaitForMessage(Lan);
        Assert.Equal("sendPhoto", sent.Method);
        Assert.Equal(png, sent.FileContent);
        Assert.Equal("chart.png", sent.FileName);
        Assert.Equal("Biểu đồ", sent.Text);
        Assert.NotEmpty(reply.Photo!);
    }

    [Fact]
    public async Task Get_file_then_download_returns_the_bytes_a_person_sent()
    {
        byte[] workbook = [0x50, 0x4B, 3, 4, 9, 9];
        var update = _api.SendDocument(Lan, workbook, "bao-cao.xlsx", caption: "Báo cáo tháng 5");

        var file = await _bot.GetFile(update.Message!.Document!.FileId);
        using var downloaded = new MemoryStream();
        await _bot.DownloadFile(file, downloaded);

        Assert.Equal(workbook, downloaded.ToArray());
        Assert.Equal("bao-cao.xlsx", update.Message.Document.FileName);
    }

    [Fact]
    public async Task A_429_fault_surfaces_as_api_exception_with_retry_after()
    {
        _api.Faults = call => call.Method == "sendMessage" ? FakeFault.TooManyRequests(3) : null;

        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(Lan, "xin chào"));

        Assert.Equal(429, refused.ErrorCode);
        Assert.Equal(3, refused.Parameters?.RetryAfter);
        Assert.Single(_api.Calls, call => call.Method == "sendMessage");
        Assert.Empty(_api.AllSent);
    }

    [Fact]
    public async Task A_blocked_user_surfaces_as_403()
    {
        _api.Faults = call => call.ChatId == Lan ? FakeFault.BlockedByUser() : null;

        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(Lan, "xin chào"));

        Assert.Equal(403, refused.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", refused.Message);
    }

    [Fact]
    public async Task Transport_faults_surface_as_request_exception_not_api_exception()
    {
        _api.Faults = call => call.Sequence == 1 ? FakeFault.DroppedConnection() : FakeFault.BadGateway();

        var dropped = await Assert.ThrowsAsync<RequestException>(() => _bot.SendMessage(Lan, "a"));
        var gateway = await Assert.ThrowsAsync<RequestException>(() => _bot.SendMessage(Lan, "b"));

        Assert.IsNotType<ApiRequestException>(dropped);
        Assert.IsNotType<ApiRequestException>(gateway);
    }

    [Fact]
    public async Task An_unreadable_success_delivers_the_message_then_fails_to_parse_with_status_ok()
    {
        var sent = await _bot.SendMessage(Lan, "gốc");
        _api.Faults = _ => FakeFault.UnreadableSuccess();

        var send = await Assert.ThrowsAsync<RequestException>(() => _bot.SendMessage(Lan, "mới"));
        var edit = await Assert.ThrowsAsync<RequestException>(() => _bot.EditMessageText(Lan, sent.MessageId, "đã sửa"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (send.HttpStatusCode, edit.HttpStatusCode));
        Assert.Equal(["gốc", "mới", "đã sửa"], _api.SentTo(Lan).Select(m => m.Text));
    }

    [Fact]
    public async Task The_flood_limit_refuses_sends_beyond_the_rolling_second()
    {
        _api.SendRateLimitPerSecond = 2;

        await _bot.SendMessage(Lan, "1");
        await _bot.SendMessage(Lan, "2");
        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => _bot.SendMessage(Lan, "3"));

        Assert.Equal((429, 1), (refused.ErrorCode, refused.Parameters?.RetryAfter));
        Assert.Equal(1, _api.RateLimitedCount);
    }

    [Fact]
    public async Task Set_my_commands_is_recorded_per_scope_and_language()
    {
        await _bot.SetMyCommands([new BotCommand("rank", "Xếp hạng")], BotCommandScope.AllPrivateChats(), "vi");

        var call = Assert.Single(_api.CommandCalls);
        Assert.IsType<BotCommandScopeAllPrivateChats>(call.Scope);
        Assert.Equal("vi", call.LanguageCode);
        Assert.Equal("rank", Assert.Single(call.Commands).Command);
        Assert.Single(await _bot.GetMyCommands(BotCommandScope.AllPrivateChats(), "vi"));
        Assert.Empty(await _bot.GetMyCommands());
    }

    [Fact]
    public async Task Waiting_for_a_message_that_never_comes_lists_what_was_sent()
    {
        await _bot.SendMessage(Lan, "Chào Lan");

        var timeout = await Assert.ThrowsAsync<TimeoutException>(
            () => _api.WaitForMessage(Lan, m => m.Text == "Tạm biệt", TimeSpan.FromMilliseconds(100)));

        Assert.Contains("Chào Lan", timeout.Message);
    }

    private async Task UntilCalled(string method)
    {
        while (!_api.Calls.Any(call => call.Method == method))
            await Task.Delay(10);
    }
}
