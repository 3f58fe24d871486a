using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Par.Core.Portal;

namespace Par.Bot.Portal;

/// <summary>
/// Asks the portal's reporting API for one evaluation response at a time, at least Portal:PauseBetweenRequestsMs after
/// the one before. A 5xx, a timeout or a network error is tried again (Portal:MaxAttempts in all, each wait twice the
/// one before); a refusal (4xx) or an answer over Portal:MaxResponseBytes is not. Failures are logged, the key never.
/// </summary>
/// <remarks>A typed client, so one instance serves one run and the factory renews the connections between runs.</remarks>
public sealed class PortalClient(HttpClient http, IOptions<PortalOptions> options, TimeProvider time, ILogger<PortalClient> logger)
{
    public const string EvaluationPath = "api/v1/reporting/evaluation/";
    private long? _lastAnswered;

    /// <summary>The response's bytes, or null when the portal refused it or kept failing (logged).</summary>
    public async Task<byte[]?> FetchAsync(string endpoint, PortalRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            await PauseAsync(settings, cancellationToken);
            var (body, failure) = await AttemptAsync(endpoint, request, settings, cancellationToken);
            if (failure is null)
            {
                return body;
            }

            if (attempt >= settings.MaxAttempts)
            {
                logger.LogError(
                    "The portal's {Endpoint} for {From:yyyy-MM-dd}–{To:yyyy-MM-dd} failed {Attempts} times, the last: {Reason}",
                    endpoint, request.FromDate, request.ToDate, attempt, failure);
                return null;
            }

            var wait = TimeSpan.FromMilliseconds(settings.RetryDelayMs * Math.Pow(2, attempt - 1));
            logger.LogWarning(
                "The portal's {Endpoint} for {From:yyyy-MM-dd}–{To:yyyy-MM-dd} failed ({Reason}, attempt {Attempt} of {MaxAttempts}); trying again in {Wait}",
                endpoint, request.FromDate, request.ToDate, failure, attempt, settings.MaxAttempts, wait);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <returns>The body; or null and why, when it is worth trying again; or null and null when it is not (logged).</returns>
    private async Task<(byte[]? Body, string? Failure)> AttemptAsync(string endpoint, PortalRequest request, PortalOptions settings, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.RequestTimeoutSeconds), time);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var message = Message(endpoint, request, settings);
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            if ((int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
            {
                return (null, $"HTTP {(int)response.StatusCode}");
            }

            if (!response.IsSuccessStatusCode)
            {
                logger.LogError(
                    "The portal refused {Endpoint} for {From:yyyy-MM-dd}–{To:yyyy-MM-dd} with HTTP {Status}: check Portal:BaseUrl, Portal:RootDepartmentId and Portal:ApiKey",
                    endpoint, request.FromDate, request.ToDate, (int)response.StatusCode);
                return (null, null);
            }

            // Refused unread when the portal says how long it is; read at most one byte past the limit otherwise.
            if (response.Content.Headers.ContentLength > settings.MaxResponseBytes)
            {
                return TooLarge(endpoint, settings);
            }

            await using var stream = await response.Content.ReadAsStreamAsync(attempt.Token);
            var body = await BoundedRead.AtMostAsync(stream, settings.MaxResponseBytes, attempt.Token);
            if (body.Length > settings.MaxResponseBytes)
            {
                return TooLarge(endpoint, settings);
            }

            return (body, null);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, $"no answer within {settings.RequestTimeoutSeconds} s");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return (null, e.Message);
        }
        finally
        {
            _lastAnswered = time.GetTimestamp();
        }
    }

    private (byte[]?, string?) TooLarge(string endpoint, PortalOptions settings)
    {
        logger.LogError("The portal's {Endpoint} answer is larger than Portal:MaxResponseBytes ({Max} bytes); it is not read", endpoint, settings.MaxResponseBytes);
        return (null, null);
    }

    private static HttpRequestMessage Message(string endpoint, PortalRequest request, PortalOptions settings)
    {
        // A body of known length: a gateway in front of the portal may refuse a chunked one.
        var message = new HttpRequestMessage(HttpMethod.Post, EvaluationPath + endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(request, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"),
        };
        if (settings.ApiKey.Length > 0)
        {
            message.Headers.TryAddWithoutValidation(settings.ApiKeyHeader, settings.ApiKey);
        }

        return message;
    }

    private async Task PauseAsync(PortalOptions settings, CancellationToken cancellationToken)
    {
        var rest = _lastAnswered is { } answered ? TimeSpan.FromMilliseconds(settings.PauseBetweenRequestsMs) - time.GetElapsedTime(answered) : TimeSpan.Zero;
        if (rest > TimeSpan.Zero)
        {
            await Task.Delay(rest, time, cancellationToken);
        }
    }
}
