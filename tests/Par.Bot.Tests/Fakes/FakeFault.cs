namespace Par.Bot.Tests.Fakes;

/// <summary>A failure the fake answers with instead of handling the request (or after it, see <see cref="HandlesRequest"/>); see <see cref="FakeBotApi.Faults"/>.</summary>
/// <param name="ErrorCode">HTTP status and Telegram's <c>error_code</c>.</param>
/// <param name="Description">Telegram's <c>description</c>, which Telegram.Bot surfaces as the exception message.</param>
/// <param name="RetryAfter">Seconds in <c>parameters.retry_after</c>, for 429.</param>
public sealed record FakeFault(int ErrorCode, string Description, int? RetryAfter = null)
{
    /// <summary>Abort the TCP connection without any response.</summary>
    public bool DropsConnection { get; init; }

    /// <summary>Body sent verbatim instead of the JSON envelope, as the proxy in front of Telegram does for 502.</summary>
    public string? RawBody { get; init; }

    /// <summary>The request is handled as usual (the message is delivered) and only the answer is spoiled: a 200 whose
    /// result the library cannot read.</summary>
    public bool HandlesRequest { get; init; }

    public static FakeFault TooManyRequests(int retryAfter) =>
        new(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);

    public static FakeFault BlockedByUser() => new(403, "Forbidden: bot was blocked by the user");

    public static FakeFault UserDeactivated() => new(403, "Forbidden: user is deactivated");

    public static FakeFault Conflict() =>
        new(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

    public static FakeFault BadRequest(string reason) => new(400, $"Bad Request: {reason}");

    public static FakeFault InternalServerError() => new(500, "Internal Server Error");

    /// <summary>Telegram's nginx answers 502 with an HTML page, so Telegram.Bot throws RequestException, not ApiRequestException.</summary>
    public static FakeFault BadGateway() => new(502, "Bad Gateway")
    {
        RawBody = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
    };

    public static FakeFault DroppedConnection() => new(0, "connection dropped") { DropsConnection = true };

    /// <summary>The request never reaches the Bot API: to Telegram.Bot it fails like a refused connection, a network error.</summary>
    public static FakeFault ConnectionRefused() => new(0, "connection refused") { DropsConnection = true };

    /// <summary>What third-party Bot API emulators do: the message is delivered, then the answer carries its date in
    /// milliseconds (a result without a date comes back null, as their edits do), so Telegram.Bot throws a
    /// RequestException with HttpStatusCode OK.</summary>
    public static FakeFault UnreadableSuccess() => new(200, "OK") { HandlesRequest = true };
}
