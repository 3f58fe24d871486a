namespace Par.Bot.Tests.Portal;

/// <summary>How the fake portal answers one request instead of with the sample: a status, a body, or first a wait.</summary>
public sealed record FakePortalFault(int Status = 200, string? Body = null, TimeSpan Delay = default);
