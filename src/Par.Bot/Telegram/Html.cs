using System.Net;

namespace Par.Bot.Telegram;

/// <summary>The one escaping helper for user and file text placed into Telegram HTML.</summary>
public static class Html
{
    /// <summary>Escapes &amp;, &lt;, &gt; and quotes, the characters Telegram's HTML parser reads.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Bold(string? text) => $"<b>{E(text)}</b>";

    public static string Code(string? text) => $"<code>{E(text)}</code>";
}
