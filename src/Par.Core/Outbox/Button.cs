namespace Par.Core.Outbox;

/// <summary>An inline button: a label and the callback data sent back when pressed (or a URL to open).</summary>
public sealed record Button(string Text, string? CallbackData = null, string? Url = null);
