using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Par.Bot.Telegram.Webhook;

/// <summary>
/// The webhook: Telegram posts one update per request. 200 only once the update's handled mark and replies are stored
/// (the same exactly-once path as polling), 500 when they could not be, so Telegram delivers it again; 401 without the
/// right secret token. Requests of one chat are handled one at a time (<see cref="UpdateBatchHandler"/>).
/// </summary>
internal sealed class WebhookEndpoint(
    UpdateBatchHandler batches,
    WebhookSecret secret,
    UpdateHeartbeat heartbeat,
    IOptions<TelegramOptions> options,
    ILogger<WebhookEndpoint> logger)
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Every POST that no other endpoint takes comes here; only the webhook URL's path, in webhook mode, is served.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        if (options.Value.Mode != TelegramMode.Webhook || !string.Equals(context.Request.Path.Value, PathOf(options.Value), StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (!secret.Matches(context.Request.Headers[SecretHeader]))
        {
            logger.LogWarning("Webhook request from {Remote} {Problem}; refused with 401", context.Connection.RemoteIpAddress,
                context.Request.Headers.ContainsKey(SecretHeader) ? "with a wrong secret token" : "without a secret token");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        heartbeat.Beat();
        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted);
        }
        catch (JsonException e)
        {
            logger.LogWarning("Webhook request with an unreadable update refused with 400: {Reason}", e.Message);
            update = null;
        }
        if (update is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        // Not tied to the request: should Telegram give up waiting, the update is still finished and stored.
        context.Response.StatusCode = await batches.HandleAsync([update]) ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError;
    }

    public static string PathOf(TelegramOptions options) => new Uri(options.WebhookUrl).AbsolutePath;
}
