namespace Par.Core.Storage;

/// <summary>Names of the LiteDB collections of the portal's figures.</summary>
internal static class PortalCollections
{
    /// <summary>One document per period and group: every linked unit's official metrics.</summary>
    public const string Scores = "portal_scores";

    /// <summary>The documents a re-import replaced, as they were.</summary>
    public const string History = "portal_history";

    /// <summary>Every portal unit seen, by <c>departmentId</c>, with its code once a response gave it.</summary>
    public const string Units = "portal_units";
}
