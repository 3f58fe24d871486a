using Microsoft.Extensions.Logging.Console;

namespace Par.Bot.Hosting;

/// <summary>
/// <c>Logging:Format</c>: <c>text</c> (the default) or <c>json</c> for log shippers, one event per line either way,
/// with scopes (the update id and chat id of the update being handled) and UTC timestamps.
/// </summary>
public static class LogFormat
{
    public const string Key = "Logging:Format";

    public static IHostApplicationBuilder AddParLogFormat(this IHostApplicationBuilder builder)
    {
        // Each Add…Console only chooses the console logger's formatter: other providers (a test's capture) stay.
        var format = builder.Configuration[Key];
        if (string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                json.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false };
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(text =>
            {
                text.SingleLine = true;
                text.IncludeScopes = true;
                text.UseUtcTimestamp = true;
                text.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                text.ColorBehavior = LoggerColorBehavior.Disabled;
            });
        }
        return builder;
    }
}
