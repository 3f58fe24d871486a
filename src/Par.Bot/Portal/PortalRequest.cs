namespace Par.Bot.Portal;

/// <summary>The body of every evaluation request: the province's units, for the days from <paramref name="FromDate"/> to <paramref name="ToDate"/> inclusive.</summary>
public sealed record PortalRequest(string DepartmentId, DateOnly FromDate, DateOnly ToDate);
