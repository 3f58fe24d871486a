using Microsoft.Extensions.Options;
using Par.Core;
using Par.Bot.Handlers.Routing;
using Par.Bot.Hosting;
using Par.Bot.Metrics;
using Par.Bot.Texts;
using Par.Core.Members;
using Par.Core.Outbox;
using Par.Core.Storage;
using Par.Core.Updates;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Par.Bot.Telegram;

/// <summary>
/// Handles one update with exactly-once effect: skips an update already handled, refuses to rerun one a crash
/// interrupted, routes the rest, then stores the replies and the handled mark in one transaction before the
/// outbox sends them.
/// </summary>
/// <remarks>
/// Only an update whose handler writes is marked begun before it runs. A read-only one (/help) that a crash
/// interrupts left nothing behind, so running it again on redelivery is its exactly-once effect: its one write is
/// the handled mark with its replies.
/// </remarks>
public sealed class UpdateProcessor(
    UpdateRouter router,
    IMemberStore members,
    IUpdateLog updateLog,
    CommandMenu menu,
    ITelegramBotClient bot,
    ParMetrics metrics,
    IOptions<BotOptions> options,
    TimeProvider clock,
    ILogger<UpdateProcessor> logger)
{
    /// <summary>Telegram delivers at most 4096 characters; anything longer is refused unread.</summary>
    public const int MaxTextLength = 4096;

    private readonly HashSet<long> _admins = [.. options.Value.AdminIds];

    public async Task ProcessAsync(Update update, CancellationToken cancellationToken)
    {
        // Marks, not the offset, say what was handled: after a week without updates Telegram may restart ids lower.
        var state = updateLog.StateOf(update.Id);
        if (state == UpdateState.Handled)
        {
            metrics.UpdateHandled(update, UpdateOutcome.Duplicate);
            return;
        }
        var context = CreateContext(update);
        var outcome = context is null ? UpdateOutcome.Ignored : UpdateOutcome.Handled;
        // Writing to the bot means the user no longer blocks it: notifications reach them again.
        if (context?.Member is { Unreachable: true })
            members.MarkReachable(context.UserId);
        IReadOnlyList<OutgoingMessage> replies = [];
        if (context is not null && state == UpdateState.Interrupted)
        {
            // The process died while handling this update: its effects may be partly stored, so it is not run again.
            logger.LogWarning("Update {UpdateId} was interrupted by a crash; asking user {UserId} to check and resend", update.Id, context.UserId);
            replies = [new OutgoingMessage { ChatId = context.ChatId, Text = context.T.Interrupted }];
            outcome = UpdateOutcome.Interrupted;
            if (context.Callback is { } interrupted)
                await AnswerCallbackAsync(interrupted.QueryId, null);
        }
        else if (context is not null)
        {
            var route = context.Text.Length > MaxTextLength
                ? Route.Answer(() => context.Reply(context.T.TooLong(MaxTextLength)))
                : router.Resolve(context);
            if (route.Writes)
                updateLog.Begin(update.Id, clock.GetUtcNow().UtcDateTime);
            (replies, var handled) = await HandleAsync(context, route, cancellationToken);
            outcome = handled ? UpdateOutcome.Handled : UpdateOutcome.Failed;
            if (context.Callback is { } callback)
                await AnswerCallbackAsync(callback.QueryId, context.CallbackAnswer);
        }
        else if (update.Message is { Chat.Type: not ChatType.Private, Text: ['/', ..] } groupMessage)
        {
            replies = [new OutgoingMessage { ChatId = groupMessage.Chat.Id, Text = TextsFor(groupMessage.From).PrivateChatOnly }];
        }
        else if (update.CallbackQuery is { } foreignCallback)
        {
            await AnswerCallbackAsync(foreignCallback.Id, null);
        }
        updateLog.CompleteUpdate(update.Id, replies, clock.GetUtcNow().UtcDateTime);
        metrics.UpdateHandled(update, outcome);
        if (context?.MenuRole is { } menuRole)
            await menu.ApplyForAsync(context.ChatId, menuRole, context.T.Language, cancellationToken);
    }

    /// <summary>Marks an update that keeps failing as handled, with nothing to send, so polling moves on.</summary>
    public void GiveUp(Update update)
    {
        updateLog.CompleteUpdate(update.Id, [], clock.GetUtcNow().UtcDateTime);
        metrics.UpdateHandled(update, UpdateOutcome.GivenUp);
    }

    /// <summary>The replies, and false when the handler threw and the user gets an apology instead.</summary>
    private async Task<(IReadOnlyList<OutgoingMessage> Replies, bool Handled)> HandleAsync(BotContext context, Route route, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        try
        {
            await route.RunAsync(cancellationToken);
            return (context.Replies, true);
        }
        catch (Exception e) when (e is not StoreFailedException && (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            logger.LogError(e, "Handler failed for update {UpdateId} ({Command}) from user {UserId}", context.UpdateId, context.Command, context.UserId);
            context.CallbackAnswer = null;
            return ([new OutgoingMessage { ChatId = context.ChatId, Text = context.T.Apology }], false);
        }
        finally
        {
            metrics.HandlerRan(router.HandlerLabel(context), clock.GetElapsedTime(started));
        }
    }

    /// <summary>Builds the handler's view of a private message or a pressed button; null for updates Par ignores.</summary>
    private BotContext? CreateContext(Update update)
    {
        if (update.CallbackQuery is { Message.Chat.Type: ChatType.Private } query)
            return Context(update.Id, query.From, query.Message.Chat.Id, new Received("", null), new IncomingCallback(query.Id, query.Data ?? "", query.Message.MessageId));
        if (update.Message is not { Chat.Type: ChatType.Private, From: { } from } message)
            return null;
        var received = new Received(
            message.Text ?? message.Caption ?? "",
            message.Text is null ? message.CaptionEntities : message.Entities,
            message.Document is { } d ? new IncomingDocument(d.FileId, d.FileName ?? "file", d.FileSize) : null,
            message.Photo is { Length: > 0 } sizes ? Largest(sizes) : null);
        return Context(update.Id, from, message.Chat.Id, received, null);
    }

    private static IncomingPhoto Largest(PhotoSize[] sizes)
    {
        var largest = sizes.MaxBy(s => (long)s.Width * s.Height)!;
        return new IncomingPhoto(largest.FileId, largest.FileSize);
    }

    private BotContext Context(int updateId, User from, long chatId, Received received, IncomingCallback? callback)
    {
        var text = received.Text;
        var member = members.Find(from.Id);
        // A caption is parsed too; the router runs it only for a command that takes the file (a task's evidence).
        var (command, args) = CommandLine.Parse(text);
        return new BotContext
        {
            UpdateId = updateId,
            UserId = from.Id,
            ChatId = chatId,
            // Typed by its owner and quoted to others in notices, so cleaned like any other typed name.
            UserName = Par.Core.Text.UserText.CleanLine(string.Join(' ', new[] { from.FirstName, from.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)))),
            Member = member,
            Role = RoleOf(from.Id, member),
            T = member?.Language is { } chosen ? TextsProvider.For(chosen) : TextsProvider.For(LanguageOf(from)),
            Text = text,
            Html = EntitiesToHtml.Convert(text, received.Entities),
            Command = command,
            Args = args,
            Document = received.Document,
            Photo = received.Photo,
            Callback = callback,
        };
    }

    private Role RoleOf(long userId, Member? member) =>
        _admins.Contains(userId) ? Role.Admin : member?.UnitCode is null ? Role.Stranger : member.UnitRole;

    private ITexts TextsFor(User? user) => TextsProvider.For(LanguageOf(user));

    /// <summary>The user's Telegram language when Par speaks it (<c>en-US</c> is English), else the configured default.</summary>
    private Language LanguageOf(User? user) =>
        Language.Find(user?.LanguageCode, TextsProvider.Languages) ?? TextsProvider.Parse(options.Value.DefaultLanguage);

    private sealed record Received(string Text, MessageEntity[]? Entities, IncomingDocument? Document = null, IncomingPhoto? Photo = null);

    private async Task AnswerCallbackAsync(string queryId, string? text)
    {
        try
        {
            await bot.AnswerCallbackQuery(queryId, text);
        }
        catch (Exception e)
        {
            // The button's spinner stops by itself; an old or repeated query is not worth failing the update.
            logger.LogWarning(e, "Could not answer callback query {QueryId}", queryId);
        }
    }
}
