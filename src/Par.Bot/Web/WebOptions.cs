using System.ComponentModel.DataAnnotations;

namespace Par.Bot.Web;

/// <summary>The bot's own HTTP endpoint: health, metrics and, in webhook mode, the webhook.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";
    public const string DefaultUrls = "http://0.0.0.0:8080";

    /// <summary>Where Kestrel listens, separated by ';' (e.g. <c>http://0.0.0.0:8080</c>; tests use port 0).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Urls { get; set; } = DefaultUrls;
}
