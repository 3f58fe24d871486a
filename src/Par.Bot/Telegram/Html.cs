namespace Par.Bot.Telegram;

/// <summary>The one escaping helper for user and file text placed into Telegram HTML.</summary>
public static class Html
{
    /// <summary>
    /// Escapes &amp;, &lt;, &gt; and double quotes, the characters Telegram's HTML parser reads. Everything else stays as
    /// it is: encoding Vietnamese letters such as "â" or "ê" as numeric references (as WebUtility.HtmlEncode does) would
    /// make a text several times longer and split it at Telegram's 4096-character limit long before the reader's text reaches it.
    /// </summary>
    public static string E(string? text) =>
        string.IsNullOrEmpty(text)
            ? ""
            : text.Replace("&", "&amp;", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal)
                .Replace("\"", "&quot;", StringComparison.Ordinal);

    public static string Bold(string? text) => $"<b>{E(text)}</b>";

    public static string Code(string? text) => $"<code>{E(text)}</code>";
}
