namespace Par.Bot.Handlers.Routing;

/// <summary>The handler an update goes to, ready to run, and whether running it may change what is stored.</summary>
public sealed record Route(bool Writes, Func<CancellationToken, Task> RunAsync)
{
    /// <summary>Only an answer (unknown command, refusal, not understood): nothing stored but the reply.</summary>
    public static Route Answer(Action reply) => new(false, _ =>
    {
        reply();
        return Task.CompletedTask;
    });
}
