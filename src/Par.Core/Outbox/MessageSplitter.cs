using System.Text;

namespace Par.Core.Outbox;

/// <summary>Splits a long text into Telegram-sized parts at line boundaries.</summary>
public static class MessageSplitter
{
    public const int TelegramLimit = 4096;
    public const int CaptionLimit = 1024;

    public static IReadOnlyList<string> Split(string text, int limit = TelegramLimit)
    {
        if (text.Length <= limit)
            return [text];
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            foreach (var piece in Chunk(line, limit))
            {
                var extra = current.Length == 0 ? piece.Length : piece.Length + 1;
                if (current.Length + extra > limit)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                }
                if (current.Length > 0)
                    current.Append('\n');
                current.Append(piece);
            }
        }
        if (current.Length > 0)
            parts.Add(current.ToString());
        return parts;
    }

    /// <summary>A single line longer than the limit is cut, preferring a space, never inside an HTML entity or tag.</summary>
    private static IEnumerable<string> Chunk(string line, int limit)
    {
        var start = 0;
        while (line.Length - start > limit)
        {
            var cut = start + limit;
            var space = line.LastIndexOf(' ', cut - 1, limit);
            if (space > start + limit / 2)
                cut = space;
            cut = AvoidMarkup(line, start, cut);
            yield return line[start..cut];
            start = cut;
        }
        yield return line[start..];
    }

    private static int AvoidMarkup(string line, int start, int cut)
    {
        var open = Math.Max(line.LastIndexOf('<', cut - 1, cut - start), line.LastIndexOf('&', cut - 1, cut - start));
        if (open <= start)
            return cut;
        var close = line.IndexOfAny(['>', ';'], open);
        return close >= cut ? open : cut;
    }
}
