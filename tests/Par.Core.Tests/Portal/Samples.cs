using Par.Core.Portal;

namespace Par.Core.Tests.Portal;

/// <summary>The portal's six responses for October 2026 of the made-up province "UBND tỉnh Mẫu" (see Samples/README.md).</summary>
public static class Samples
{
    public static readonly string[] Endpoints =
    [
        "transparency", "dvc-progress-tree", "provide-online-tree", "formality-online-payment-tree", "dossier-digitized", "handling-satisfaction",
    ];

    public static byte[] Bytes(string endpoint) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Portal", "Samples", endpoint + ".json"));

    public static PortalSource Source(string endpoint, string? name = null) => new(name ?? endpoint + ".json", Bytes(endpoint));

    public static IReadOnlyList<PortalSource> All() => [.. Endpoints.Select(endpoint => Source(endpoint))];
}
