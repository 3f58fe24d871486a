namespace Par.Core.Portal;

/// <summary>One response to import, with the name it came under (a file name, a ZIP entry, an endpoint) for the answer.</summary>
public sealed record PortalSource(string Name, byte[] Content);
