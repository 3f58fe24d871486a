using System.IO.Compression;

namespace Par.Core.Portal;

/// <summary>
/// The responses in a file as sent: a ZIP's JSON entries (each read only up to the limit, so a bomb stops there), or
/// the file itself. A ZIP that cannot be opened is handed on as it is, and the parser says it is not JSON.
/// </summary>
public static class PortalArchive
{
    /// <summary>More than the six endpoints twice over (a month and a quarter), few enough to answer in one message.</summary>
    public const int MaxEntries = 24;

    public static IReadOnlyList<PortalSource> Open(string name, byte[] content, int maxEntryBytes)
    {
        if (!name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return [new PortalSource(name, content)];
        }

        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return
            [
                .. archive.Entries
                    .Where(entry => entry.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !entry.FullName.StartsWith("__MACOSX", StringComparison.Ordinal))
                    .Take(MaxEntries)
                    .Select(entry => new PortalSource(entry.Name, Read(entry, maxEntryBytes))),
            ];
        }
        catch (InvalidDataException)
        {
            return [new PortalSource(name, content)];
        }
    }

    /// <summary>At most one byte over the limit, enough for the parser to refuse the entry as too large.</summary>
    private static byte[] Read(ZipArchiveEntry entry, int maxBytes)
    {
        using var stream = entry.Open();
        return BoundedRead.AtMost(stream, maxBytes);
    }
}
