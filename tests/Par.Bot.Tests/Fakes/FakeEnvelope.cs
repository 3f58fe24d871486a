using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;

namespace Par.Bot.Tests.Fakes;

/// <summary>Telegram's response envelope: <c>{"ok":true,"result":…}</c> or <c>{"ok":false,"error_code":…}</c>,
/// with the HTTP status equal to the error code.</summary>
internal static class FakeEnvelope
{
    public static Task WriteResult(HttpResponse response, object result)
    {
        var json = JsonSerializer.Serialize(result, result.GetType(), JsonBotAPI.Options);
        response.ContentType = "application/json";
        return response.WriteAsync($$"""{"ok":true,"result":{{json}}}""");
    }

    /// <summary>200 and ok, but the result's date in milliseconds (or, without a date, a null result): the answers of
    /// Bot API emulators that Telegram.Bot cannot read.</summary>
    public static Task WriteUnreadable(HttpResponse response, object result)
    {
        var json = "null";
        if (JsonSerializer.SerializeToNode(result, result.GetType(), JsonBotAPI.Options) is JsonObject message && message["date"] is JsonValue date)
        {
            message["date"] = date.GetValue<long>() * 1000;
            json = message.ToJsonString();
        }
        response.ContentType = "application/json";
        return response.WriteAsync($$"""{"ok":true,"result":{{json}}}""");
    }

    public static Task WriteFault(HttpContext context, FakeFault fault)
    {
        if (fault.DropsConnection)
        {
            context.Abort();
            return Task.CompletedTask;
        }
        context.Response.StatusCode = fault.ErrorCode;
        if (fault.RawBody is { } raw)
        {
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync(raw);
        }
        var body = new JsonObject { ["ok"] = false, ["error_code"] = fault.ErrorCode, ["description"] = fault.Description };
        if (fault.RetryAfter is int retryAfter)
            body["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }
}
