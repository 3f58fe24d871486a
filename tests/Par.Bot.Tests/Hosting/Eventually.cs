namespace Par.Bot.Tests.Hosting;

/// <summary>Waits for a condition on the running host's state, checking often, failing after a bound.</summary>
public static class Eventually
{
    public static async Task Until(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Still waiting for: {what}");
            await Task.Delay(20);
        }
    }
}
