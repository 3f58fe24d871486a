namespace Par.Bot.Handlers.Routing;

/// <summary>A pressed inline button: its query id, its data and the bot message it sat on.</summary>
public sealed record IncomingCallback(string QueryId, string Data, int? MessageId);
