using System.ComponentModel.DataAnnotations;

namespace Par.Core.Portal;

/// <summary>The <c>Portal</c> configuration section: how the portal's responses are read and joined, and where and when they are fetched.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>A response larger than this is refused before it is parsed (a whole province's month is well under 1 MB).</summary>
    public int MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// The Par group (<c>Units:Groups</c>) of each portal level, for units created from the portal:
    /// <c>PROVINCE</c> (the provincial departments) and <c>COMMUNE</c> (the communes' People's Committees).
    /// </summary>
    public Dictionary<string, string> Levels { get; set; } = new(StringComparer.OrdinalIgnoreCase) { ["PROVINCE"] = "department", ["COMMUNE"] = "commune" };

    /// <summary>The portal's address (<c>https://…</c>, before <c>/api/v1/reporting/…</c>); empty leaves the scheduled fetch off.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>The province's own <c>departmentId</c> on the portal, whose units every request asks for.</summary>
    public string RootDepartmentId { get; set; } = "";

    /// <summary>Quartz cron in the province's time zone; daily at 06:30 by default, before the working day.</summary>
    public string FetchCron { get; set; } = "0 30 6 * * ?";

    /// <summary>The wait between two requests, so that a run never weighs on the portal.</summary>
    [Range(0, 60_000)]
    public int PauseBetweenRequestsMs { get; set; } = 1000;

    /// <summary>How long one attempt may take, its answer read in full.</summary>
    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 60;

    /// <summary>Attempts per request when the portal fails (5xx, a timeout, the network), waiting twice as long after each.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The wait after the first failed attempt; it doubles after each one.</summary>
    [Range(0, 600_000)]
    public int RetryDelayMs { get; set; } = 5000;

    /// <summary>Sent as the value of <see cref="ApiKeyHeader"/> when set (e.g. <c>Bearer …</c>); never logged.</summary>
    public string ApiKey { get; set; } = "";

    public string ApiKeyHeader { get; set; } = "Authorization";

    public bool FetchesOnSchedule => BaseUrl.Length > 0;
}
