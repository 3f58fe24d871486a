namespace Par.Bot.Handlers.Documents;

/// <summary>One rejected row of an imported file: its number and what is wrong with it, as Telegram HTML.</summary>
public sealed record RejectedLine(int Row, string Problem);
