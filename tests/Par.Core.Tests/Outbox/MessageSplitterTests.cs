using Par.Core.Outbox;

namespace Par.Core.Tests.Outbox;

public sealed class MessageSplitterTests
{
    [Theory]
    [InlineData(10, 10, 1)]
    [InlineData(4096, 1, 1)]
    [InlineData(100, 100, 3)]
    public void Text_is_split_at_line_boundaries_under_the_limit(int lineLength, int lines, int expectedParts)
    {
        var text = string.Join('\n', Enumerable.Repeat(new string('a', lineLength), lines));

        var parts = MessageSplitter.Split(text);

        Assert.Equal(expectedParts, parts.Count);
        Assert.Equal(text, string.Join('\n', parts));
    }

    [Fact]
    public void Single_long_line_is_cut_without_breaking_an_html_entity()
    {
        var text = new string('x', 4090) + "&amp;&lt;tail";

        var parts = MessageSplitter.Split(text);

        Assert.All(parts, p => Assert.True(p.Length <= MessageSplitter.TelegramLimit));
        Assert.EndsWith("&amp;", parts[0]);
        Assert.StartsWith("&lt;", parts[1]);
        Assert.Equal(text, string.Concat(parts));
    }
}
