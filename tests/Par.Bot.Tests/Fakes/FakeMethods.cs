using Telegram.Bot.Types;

namespace Par.Bot.Tests.Fakes;

/// <summary>Routes a Bot API method name to its handler; the small non-sending methods live here.
/// Method names are case-insensitive, as on Telegram; an unknown one answers 404 "Not Found".</summary>
internal sealed class FakeMethods(
    FakeUpdateQueue updates, FakeWebhook webhook, FakeCommandMenu commands, FakeFileStore files, FakeMessageStore messages, FakeSendMethods send, Func<User> bot)
{
    private const int MaxDownloadBytes = 20 * 1024 * 1024;

    public async Task<object> InvokeAsync(string method, FakeRequest request, FakeCall call, CancellationToken stopping) =>
        method.ToLowerInvariant() switch
        {
            "getme" => bot(),
            "deletewebhook" => DeleteWebhook(request),
            "setwebhook" => SetWebhook(request),
            "getwebhookinfo" => webhook.Info(),
            "getupdates" => await GetUpdates(request, stopping),
            "setmycommands" => SetMyCommands(request),
            "getmycommands" => commands.Get(request.Json("scope"), request.String("language_code")),
            "deletemycommands" => DeleteMyCommands(request),
            "getfile" => GetFile(request),
            "sendmessage" => send.SendMessage(request, call),
            "sendphoto" => send.SendPhoto(request, call),
            "senddocument" => send.SendDocument(request, call),
            "editmessagetext" => send.EditMessageText(request, call),
            "editmessagecaption" => send.EditMessageCaption(request, call),
            "editmessagereplymarkup" => send.EditMessageReplyMarkup(request, call),
            "deletemessage" => send.DeleteMessage(request, call),
            "answercallbackquery" => send.AnswerCallbackQuery(request, call),
            "sendchataction" => send.SendChatAction(request),
            _ => throw new FakeApiException(new FakeFault(404, "Not Found")),
        };

    /// <summary>The chat a request targets, for the fault hook and the call log.</summary>
    public long? ChatOf(string method, FakeRequest request) =>
        string.Equals(method, "answerCallbackQuery", StringComparison.OrdinalIgnoreCase)
            ? messages.FindCallback(request.String("callback_query_id") ?? "")?.ChatId
            : request.Long("chat_id");

    private bool SetWebhook(FakeRequest request)
    {
        var url = request.String("url") ?? throw FakeApiException.BadRequest("url is empty");
        if (request.Bool("drop_pending_updates"))
            updates.DropPending();
        webhook.Set(url, request.String("secret_token"), request.Int("max_connections") ?? 40);
        return true;
    }

    private bool DeleteWebhook(FakeRequest request)
    {
        webhook.Delete();
        if (request.Bool("drop_pending_updates"))
            updates.DropPending();
        return true;
    }

    private async Task<Update[]> GetUpdates(FakeRequest request, CancellationToken stopping)
    {
        if (webhook.Url is not null)
            throw new FakeApiException(new FakeFault(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"));
        var limit = Math.Clamp(request.Int("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(request.Int("timeout") ?? 0, 0));
        return await updates.TakeAsync(request.Int("offset"), limit, timeout, stopping);
    }

    private bool SetMyCommands(FakeRequest request)
    {
        var list = request.Deserialize<BotCommand[]>("commands") ?? throw FakeApiException.BadRequest("commands is empty");
        foreach (var command in list)
        {
            if (command.Command is not { Length: >= 1 and <= 32 } name || !name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_'))
                throw FakeApiException.BadRequest("BOT_COMMAND_INVALID");
            if (command.Description is not { Length: >= 1 and <= 256 })
                throw FakeApiException.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
        }
        commands.Set(request.Json("scope"), request.Deserialize<BotCommandScope>("scope"), request.String("language_code"), list);
        return true;
    }

    private bool DeleteMyCommands(FakeRequest request)
    {
        commands.Delete(request.Json("scope"), request.String("language_code"));
        return true;
    }

    private TGFile GetFile(FakeRequest request)
    {
        var file = files.FindById(request.String("file_id") ?? "") ?? throw FakeApiException.BadRequest("invalid file_id");
        return file.Content.Length <= MaxDownloadBytes
            ? new TGFile { FileId = file.FileId, FileUniqueId = file.FileUniqueId, FileSize = file.Content.Length, FilePath = file.FilePath }
            : throw FakeApiException.BadRequest("file is too big");
    }
}
