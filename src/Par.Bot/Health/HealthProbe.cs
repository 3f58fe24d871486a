using Par.Bot.Web;

namespace Par.Bot.Health;

/// <summary>
/// <c>dotnet Par.Bot.dll healthcheck</c>: asks the running bot's <c>/readyz</c> on loopback and exits 0 when it is
/// ready, 1 otherwise. Docker's HEALTHCHECK runs it, as the .NET runtime image has neither curl nor wget.
/// </summary>
public static class HealthProbe
{
    public const string Command = "healthcheck";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static bool IsRequested(string[] args) => args is [Command, ..];

    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output)
    {
        var ready = new Uri(LocalEndpoint.From(configuration), "readyz");
        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(ready);
            await output.WriteLineAsync($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"{ready} does not answer: {e.Message}");
            return 1;
        }
    }
}
