namespace Par.Bot.Web;

/// <summary>
/// The running bot's HTTP endpoint as a process on the same machine (or in the same container) reaches it: the first
/// of Web:Urls, with a wildcard host (0.0.0.0, *, +, [::]) turned into the loopback address.
/// </summary>
public static class LocalEndpoint
{
    private static readonly string[] Wildcards = ["0.0.0.0", "*", "+", "[::]"];

    public static Uri From(IConfiguration configuration)
    {
        var first = WebExtensions.UrlsOf(configuration).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        foreach (var wildcard in Wildcards)
        {
            var prefix = $"://{wildcard}";
            var at = first.IndexOf(prefix, StringComparison.Ordinal);
            if (at > 0)
                first = string.Concat(first.AsSpan(0, at), "://127.0.0.1", first.AsSpan(at + prefix.Length));
        }
        return new Uri(first.TrimEnd('/') + "/");
    }
}
