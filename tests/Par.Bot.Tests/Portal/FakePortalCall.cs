namespace Par.Bot.Tests.Portal;

/// <summary>One request the fake portal received: the endpoint, the body's fields as sent, and the key header.</summary>
public sealed record FakePortalCall(int Number, string Endpoint, string? DepartmentId, string? FromDate, string? ToDate, string? Authorization);
