namespace Par.Core.Portal;

/// <summary>A unit as the portal knows it: its id, its code when a response gave one, its name and level.</summary>
public sealed record PortalUnit(string Id, string? Code, string Name, string? Level);
