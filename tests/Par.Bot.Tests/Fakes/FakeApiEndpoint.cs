using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Par.Bot.Tests.Fakes;

/// <summary>The HTTP edge: checks the token, logs the call, applies faults and the flood limit, then dispatches.</summary>
internal sealed class FakeApiEndpoint(string token, FakeMethods methods, FakeFileStore files, TimeProvider clock, CancellationToken stopping)
{
    private static readonly HashSet<string> FloodLimitedMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        "sendMessage", "sendPhoto", "sendDocument",
    };

    private static readonly FakeFault Unauthorized = new(401, "Unauthorized");
    private static readonly FakeFault NotFound = new(404, "Not Found");

    private readonly Lock _gate = new();
    private readonly List<FakeCall> _calls = [];
    private long _sequence;

    public Func<FakeCall, FakeFault?>? Faults { get; set; }

    public SendRateWindow FloodLimit { get; } = new();

    public IReadOnlyList<FakeCall> Calls
    {
        get { lock (_gate) return [.. _calls]; }
    }

    public void ClearCalls()
    {
        lock (_gate) _calls.Clear();
    }

    public async Task HandleApiAsync(HttpContext context)
    {
        if (!HasOurToken(context))
        {
            await FakeEnvelope.WriteFault(context, Unauthorized);
            return;
        }
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var method = (string)context.GetRouteValue("method")!;
        try
        {
            var request = await FakeRequest.ReadAsync(context.Request, cancel.Token);
            var call = Log(method, methods.ChatOf(method, request), request.Parameters);
            var fault = Faults?.Invoke(call)
                ?? (FloodLimitedMethods.Contains(method) && !FloodLimit.TryAcquire() ? FakeFault.TooManyRequests(1) : null);
            if (fault is { HandlesRequest: true })
                await FakeEnvelope.WriteUnreadable(context.Response, await methods.InvokeAsync(method, request, call, cancel.Token));
            else if (fault is not null)
                await FakeEnvelope.WriteFault(context, fault);
            else
                await FakeEnvelope.WriteResult(context.Response, await methods.InvokeAsync(method, request, call, cancel.Token));
        }
        catch (FakeApiException e)
        {
            await FakeEnvelope.WriteFault(context, e.Fault);
        }
        catch (JsonException e)
        {
            await FakeEnvelope.WriteFault(context, FakeFault.BadRequest($"can't parse JSON: {e.Message}"));
        }
    }

    public async Task HandleFileAsync(HttpContext context)
    {
        var path = (string)context.GetRouteValue("path")!;
        var call = Log("downloadFile", null, new JsonObject { ["file_path"] = path });
        var fault = HasOurToken(context) ? Faults?.Invoke(call) : Unauthorized;
        if (fault is not null)
        {
            await FakeEnvelope.WriteFault(context, fault);
            return;
        }
        if (files.FindByPath(path) is not { } file)
        {
            await FakeEnvelope.WriteFault(context, NotFound);
            return;
        }
        context.Response.ContentType = file.MimeType;
        await context.Response.Body.WriteAsync(file.Content, context.RequestAborted);
    }

    private bool HasOurToken(HttpContext context) => context.GetRouteValue("token") as string == token;

    private FakeCall Log(string method, long? chatId, JsonObject parameters)
    {
        lock (_gate)
        {
            var call = new FakeCall(++_sequence, method, chatId, parameters.ToJsonString(), clock.GetUtcNow());
            _calls.Add(call);
            return call;
        }
    }
}
