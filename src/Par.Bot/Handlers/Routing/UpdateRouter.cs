using Par.Bot.Handlers.Documents;
using Par.Core.Access;
using Par.Core.Conversations;

namespace Par.Bot.Handlers.Routing;

/// <summary>Sends each update to the one handler for its shape, after asking the access policy. Does nothing else.</summary>
public sealed class UpdateRouter(
    IEnumerable<ICommand> commands,
    IEnumerable<ICallbackHandler> callbacks,
    IEnumerable<IFlow> flows,
    DocumentHandler documents,
    IConversationStore conversations)
{
    private readonly Dictionary<string, ICommand> _commands = commands.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ICallbackHandler> _callbacks = callbacks.ToDictionary(c => c.Prefix, StringComparer.Ordinal);
    private readonly Dictionary<string, IFlow> _flows = flows.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public Task RouteAsync(BotContext context, CancellationToken cancellationToken)
    {
        if (context.Callback is { } callback)
            return RouteCallbackAsync(context, callback, cancellationToken);
        if (context.Command.Length > 0)
            return RouteCommandAsync(context, cancellationToken);
        var conversation = conversations.Find(context.UserId);
        if (conversation is not null && _flows.TryGetValue(conversation.Flow, out var flow))
            return flow.OnTextAsync(context, conversation, cancellationToken);
        if (context.Document is not null)
            return documents.HandleAsync(context, cancellationToken);
        context.Reply(context.T.NotUnderstood);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Which handler an update went to, for the handler-duration metric: a command by its name when it is one of Par's,
    /// anything else by its shape, so whatever a user types never becomes a label. Reads nothing from the store.
    /// </summary>
    public string HandlerLabel(BotContext context) =>
        context.Callback is not null ? "button"
        : context.Command.Length > 0 ? (_commands.TryGetValue(context.Command, out var command) ? command.Name : "unknown_command")
        : context.Document is not null ? "file"
        : context.Photo is not null ? "photo"
        : "text";

    private Task RouteCommandAsync(BotContext context, CancellationToken cancellationToken)
    {
        if (!_commands.TryGetValue(context.Command, out var command))
        {
            context.Reply(context.T.UnknownCommand);
            return Task.CompletedTask;
        }
        if (!context.Can(command.Permission))
        {
            context.Reply(context.T.Refused(AccessPolicy.LeastRole(command.Permission)));
            return Task.CompletedTask;
        }
        if (command.Name != "cancel")
            conversations.Clear(context.UserId);
        return command.HandleAsync(context, cancellationToken);
    }

    private Task RouteCallbackAsync(BotContext context, IncomingCallback callback, CancellationToken cancellationToken)
    {
        var colon = callback.Data.IndexOf(':');
        var prefix = colon < 0 ? callback.Data : callback.Data[..colon];
        if (!_callbacks.TryGetValue(prefix, out var handler))
        {
            context.CallbackAnswer = context.T.ButtonExpired;
            return Task.CompletedTask;
        }
        if (!context.Can(handler.Permission))
        {
            context.CallbackAnswer = context.T.Refused(AccessPolicy.LeastRole(handler.Permission));
            return Task.CompletedTask;
        }
        return handler.HandleAsync(context, colon < 0 ? "" : callback.Data[(colon + 1)..], cancellationToken);
    }
}
