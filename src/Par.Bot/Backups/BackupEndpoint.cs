using System.Net;
using Microsoft.AspNetCore.Http;

namespace Par.Bot.Backups;

/// <summary>
/// <c>POST /backup</c>, for the <c>backup</c> command while the bot runs (only the process that has the store open can
/// copy it consistently): from loopback only, with the <see cref="ControlToken"/>, to a path that does not exist yet.
/// </summary>
internal sealed class BackupEndpoint(BackupService backups, ControlToken token, ILogger<BackupEndpoint> logger)
{
    public const string Path = "/backup";
    public const string TokenHeader = "X-Par-Control-Token";

    public async Task HandleAsync(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote) || !token.Matches(context.Request.Headers[TokenHeader]))
        {
            logger.LogWarning("Refused a backup request from {Remote}: not local or without the control token", context.Connection.RemoteIpAddress);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        var request = await context.Request.ReadFromJsonAsync<BackupRequest>(context.RequestAborted);
        if (request?.Path is not { Length: > 0 } target)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        // The copy is synchronous (its transaction is bound to one thread): off the request's thread.
        var record = await Task.Run(() => backups.Make(target));
        context.Response.StatusCode = record.Failed ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
        await context.Response.WriteAsJsonAsync(new BackupResponse(record.Path, record.Bytes, record.Error), context.RequestAborted);
    }
}
