using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Par.Core.Tests.Portal;

namespace Par.Bot.Tests.Portal;

/// <summary>
/// The national portal's reporting API on loopback, under a path as a gateway would put it: each evaluation endpoint
/// answers with its sample response whatever the period, every request is recorded, and <see cref="Faults"/> can
/// answer one otherwise.
/// </summary>
public sealed class FakePortal : IAsyncDisposable
{
    public const string Gateway = "/gateway";
    private readonly ConcurrentQueue<FakePortalCall> _calls = new();
    private readonly WebApplication _app;
    private int _received;
    private int _inFlight;
    private int _mostInFlight;

    private FakePortal()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost(Gateway + "/api/v1/reporting/evaluation/{endpoint}", AnswerAsync);
    }

    /// <summary>Like <c>http://127.0.0.1:12345/gateway</c>: what Portal:BaseUrl is set to.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Asked for each request in turn; null answers with the sample.</summary>
    public Func<FakePortalCall, FakePortalFault?>? Faults { get; set; }

    public IReadOnlyList<FakePortalCall> Calls => [.. _calls];

    /// <summary>The most requests that were ever being answered at once.</summary>
    public int MostInFlight => Volatile.Read(ref _mostInFlight);

    public static async Task<FakePortal> StartAsync()
    {
        var portal = new FakePortal();
        await portal._app.StartAsync();
        portal.BaseUrl = portal._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + Gateway;
        return portal;
    }

    private async Task AnswerAsync(HttpContext context, string endpoint)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _mostInFlight, inFlight);
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            var call = new FakePortalCall(
                Interlocked.Increment(ref _received), endpoint, Field(body, "departmentId"), Field(body, "fromDate"), Field(body, "toDate"),
                context.Request.Headers.Authorization.FirstOrDefault());
            _calls.Enqueue(call);
            var fault = Faults?.Invoke(call);
            if (fault?.Delay > TimeSpan.Zero)
                await Task.Delay(fault.Delay, context.RequestAborted);
            if (!Samples.Endpoints.Contains(endpoint))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            context.Response.StatusCode = fault?.Status ?? StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(fault?.Body is { } text ? System.Text.Encoding.UTF8.GetBytes(text) : Samples.Bytes(endpoint));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The bot gave up waiting: nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static string? Field(JsonDocument body, string name) =>
        body.RootElement.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
