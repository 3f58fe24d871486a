namespace Par.Core.Outbox;

/// <summary>One unit of a Telegram HTML text that is never cut: where it is, what it is, and how much Telegram counts it.</summary>
internal readonly record struct HtmlToken(int Start, int Length, HtmlTokenKind Kind, int Plain)
{
    public string Text(string html) => html.Substring(Start, Length);
}
