namespace Par.Core.Portal;

/// <summary>Reads a stream up to one byte past a limit: enough to know it is too large without reading the rest.</summary>
internal static class BoundedRead
{
    public static byte[] AtMost(Stream stream, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= maxBytes && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
