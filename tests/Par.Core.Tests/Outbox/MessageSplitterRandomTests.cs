using System.Text;
using Par.Core.Outbox;

namespace Par.Core.Tests.Outbox;

/// <summary>Randomised long messages of nested markup, with fixed seeds so a failure reproduces.</summary>
public sealed class MessageSplitterRandomTests
{
    private static readonly string[] Openers =
    [
        "<b>", "<i>", "<u>", "<s>", "<code>", "<pre>", "<pre><code class=\"language-sql\">", "<blockquote>",
        "<blockquote expandable>", "<tg-spoiler>", "<a href=\"https://x.vn/?a=1&amp;b=2\">",
    ];

    private static readonly string[] Pieces =
    [
        "Sở Nội vụ", "xã", "&lt;", "&gt;", "&amp;", "&quot;", "😀", "👩‍💻", "🇻🇳", "Nội vụ".Normalize(NormalizationForm.FormD),
        "HS-000123", "x", " ", " ", "\n", "\n\n",
    ];

    [Theory]
    [InlineData(1, 4096)]
    [InlineData(2, 4096)]
    [InlineData(3, 500)]
    [InlineData(4, 100)]
    [InlineData(5, 37)]
    public void Every_part_is_valid_telegram_html_within_the_limit_and_nothing_visible_is_lost(int seed, int limit)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var text = Message(random, random.Next(limit, limit * 4));

            var parts = MessageSplitter.Split(text, limit);

            Assert.All(parts, part => TelegramPart.AssertValid(part, limit));
            // A cut drops at most the newline or whitespace it was made at.
            Assert.Equal(Visible(text), string.Concat(parts.Select(Visible)));
        }
    }

    private static string Message(Random random, int length)
    {
        var html = new StringBuilder();
        var open = new Stack<string>();
        var plain = 0;
        while (plain < length)
        {
            var roll = random.Next(20);
            if (roll == 0 && open.Count < 4)
            {
                var opener = Openers[random.Next(Openers.Length)];
                html.Append(opener);
                open.Push(opener);
            }
            else if (roll == 1 && open.Count > 0)
            {
                html.Append(Closer(open.Pop()));
            }
            else
            {
                var piece = Pieces[random.Next(Pieces.Length)];
                html.Append(piece);
                plain += TelegramPart.Plain(piece).Length;
            }
        }
        while (open.Count > 0)
            html.Append(Closer(open.Pop()));
        return html.ToString();
    }

    /// <summary>"&lt;/code&gt;&lt;/pre&gt;" for "&lt;pre&gt;&lt;code class=…&gt;".</summary>
    private static string Closer(string opener) =>
        string.Concat(opener.Split('>', StringSplitOptions.RemoveEmptyEntries).Reverse().Select(tag => $"</{tag[1..].Split(' ')[0]}>"));

    private static string Visible(string html) => string.Concat(TelegramPart.Plain(html).Where(c => !char.IsWhiteSpace(c)));
}
