using Telegram.Bot.Extensions;

namespace Par.Bot.Telegram;

/// <summary>The one escaping helper for user and file text placed into Telegram HTML.</summary>
public static class Html
{
    /// <summary>
    /// Escapes &amp;, &lt;, &gt; and double quotes, the characters Telegram's HTML parser reads (Telegram.Bot's own
    /// escape). Everything else stays as it is: encoding Vietnamese letters such as "â" or "ê" as numeric references
    /// (as WebUtility.HtmlEncode does) would make a text several times longer for nothing.
    /// </summary>
    public static string E(string? text) => HtmlText.Escape(text) ?? "";

    public static string Bold(string? text) => $"<b>{E(text)}</b>";

    public static string Code(string? text) => $"<code>{E(text)}</code>";
}
