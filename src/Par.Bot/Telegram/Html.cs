using System.Text;

namespace Par.Bot.Telegram;

/// <summary>The one escaping helper for user and file text placed into Telegram HTML.</summary>
public static class Html
{
    /// <summary>
    /// Escapes &amp;, &lt;, &gt; and quotes, the characters Telegram's HTML parser reads, and nothing else:
    /// WebUtility.HtmlEncode would also turn Vietnamese letters such as ê, á, ô into numeric entities.
    /// </summary>
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text ?? "";
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            var entity = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
                escaped.Append(c);
            else
                escaped.Append(entity);
        }
        return escaped.ToString();
    }

    public static string Bold(string? text) => $"<b>{E(text)}</b>";

    public static string Code(string? text) => $"<code>{E(text)}</code>";
}
