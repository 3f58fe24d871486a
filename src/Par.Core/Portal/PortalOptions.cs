namespace Par.Core.Portal;

/// <summary>The <c>Portal</c> configuration section: how the portal's responses are read and joined.</summary>
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
}
