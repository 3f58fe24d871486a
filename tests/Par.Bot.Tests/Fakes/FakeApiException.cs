namespace Par.Bot.Tests.Fakes;

/// <summary>Raised inside a method handler to answer with Telegram's error envelope, like a real validation failure.</summary>
internal sealed class FakeApiException(FakeFault fault) : Exception(fault.Description)
{
    public FakeFault Fault { get; } = fault;

    public static FakeApiException BadRequest(string reason) => new(FakeFault.BadRequest(reason));
}
