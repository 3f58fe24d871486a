using Par.Bot.Telegram;

namespace Par.Bot.Tests.Telegram;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    [InlineData(6, 30)]
    [InlineData(1000, 30)]
    public void Wait_doubles_from_the_first_up_to_the_cap(int failures, int expectedSeconds)
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), backoff.After(failures));
    }

    [Fact]
    public void Jitter_spreads_each_wait_within_its_fraction()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), Jitter: 0.2);

        var waits = Enumerable.Range(0, 200).Select(_ => backoff.After(3).TotalMilliseconds).ToList();

        Assert.All(waits, ms => Assert.InRange(ms, 3200, 4800));
        Assert.True(waits.Distinct().Count() > 1, "jitter should vary the waits");
    }
}
