using Par.Bot.Handlers.Documents;
using Par.Core.Access;
using Par.Core.Conversations;

namespace Par.Bot.Handlers.Routing;

/// <summary>Finds the one handler for each update's shape, after asking the access policy. Does nothing else.</summary>
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

    /// <summary>Where the update goes; nothing runs until the route does.</summary>
    public Route Resolve(BotContext context)
    {
        if (context.Callback is { } callback)
            return ResolveCallback(context, callback);
        if (IsCommand(context))
            return ResolveCommand(context);
        var conversation = conversations.Find(context.UserId);
        if (conversation is not null && _flows.TryGetValue(conversation.Flow, out var flow))
            return new Route(true, cancellationToken => flow.OnTextAsync(context, conversation, cancellationToken));
        if (context.Document is not null)
            return new Route(true, cancellationToken => documents.HandleAsync(context, cancellationToken));
        return Route.Answer(() => context.Reply(context.T.NotUnderstood));
    }

    /// <summary>
    /// Which handler an update went to, for the handler-duration metric: a command by its name when it is one of Par's,
    /// anything else by its shape, so whatever a user types never becomes a label. Reads nothing from the store.
    /// </summary>
    public string HandlerLabel(BotContext context) =>
        context.Callback is not null ? "button"
        : IsCommand(context) ? (_commands.TryGetValue(context.Command, out var command) ? command.Name : "unknown_command")
        : context.Document is not null ? "file"
        : context.Photo is not null ? "photo"
        : "text";

    /// <summary>A typed command, or a file's caption naming a command that takes the file.</summary>
    private bool IsCommand(BotContext context) =>
        context.Command.Length > 0
        && (context.Document is null && context.Photo is null || _commands.TryGetValue(context.Command, out var command) && command.TakesFile(context));

    private Route ResolveCommand(BotContext context)
    {
        if (!_commands.TryGetValue(context.Command, out var command))
            return Route.Answer(() => context.Reply(context.T.UnknownCommand));
        if (!context.Can(command.Permission))
            return Route.Answer(() => context.Reply(context.T.Refused(AccessPolicy.LeastRole(command.Permission))));
        return new Route(command.Writes(context), cancellationToken =>
        {
            // Another command ends any flow in progress; clearing is its own write, and only made when there is one.
            if (command.Name != "cancel" && conversations.Find(context.UserId) is not null)
                conversations.Clear(context.UserId);
            return command.HandleAsync(context, cancellationToken);
        });
    }

    private Route ResolveCallback(BotContext context, IncomingCallback callback)
    {
        var colon = callback.Data.IndexOf(':');
        var prefix = colon < 0 ? callback.Data : callback.Data[..colon];
        if (!_callbacks.TryGetValue(prefix, out var handler))
            return Route.Answer(() => context.CallbackAnswer = context.T.ButtonExpired);
        if (!context.Can(handler.Permission))
            return Route.Answer(() => context.CallbackAnswer = context.T.Refused(AccessPolicy.LeastRole(handler.Permission)));
        return new Route(handler.Writes(context), cancellationToken => handler.HandleAsync(context, colon < 0 ? "" : callback.Data[(colon + 1)..], cancellationToken));
    }
}
