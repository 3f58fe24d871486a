using System.Text;

namespace Par.Core.Text;

/// <summary>
/// Text people type or send in files, made fit to store and to show to others: what Core services apply to names,
/// task texts and announcements as they enter the domain. Removed:
/// <list type="bullet">
/// <item>C0 and C1 control characters and DEL (NUL, BEL, ESC … U+0080–U+009F): a terminal, a CSV reader or a log
/// viewer acts on them, nobody means them. Multi-line text keeps newline and tab; CR and CRLF become a newline.</item>
/// <item>Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): "Xã A" followed by RLO
/// shows reversed, so one unit can be made to look like another in lists and buttons.</item>
/// <item>The left-to-right and right-to-left marks (U+200E, U+200F, U+061C), the zero-width space, word joiner
/// and byte-order mark (U+200B, U+2060, U+FEFF): invisible, no Vietnamese text needs them, and they make two names
/// that look the same differ.</item>
/// <item>A surrogate without its other half, which no font shows and some writers refuse.</item>
/// </list>
/// Kept: the zero-width joiner and non-joiner (U+200D, U+200C), which build emoji such as 👩‍💻 and are harmless
/// inside a name. Line and paragraph separators (U+2028, U+2029) count as newlines.
/// </summary>
public static class UserText
{
    /// <summary>Text of several lines (a task, a result, an announcement), trimmed.</summary>
    public static string Clean(string? text) => Cleaned(text, multiline: true);

    /// <summary>One line (a name, a code): newlines and tabs become spaces, then trimmed.</summary>
    public static string CleanLine(string? text) => Cleaned(text, multiline: false);

    private static string Cleaned(string? text, bool multiline)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    clean.Append(c).Append(text[++i]);
            }
            else if (IsLineBreak(c))
            {
                if (c != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
                    clean.Append(multiline ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                clean.Append(multiline ? '\t' : ' ');
            }
            else if (!IsRemoved(c))
            {
                clean.Append(c);
            }
        }
        return clean.ToString().Trim();
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    /// <summary>Asked after line breaks and tabs are handled, which are control characters too.</summary>
    private static bool IsRemoved(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200B' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
