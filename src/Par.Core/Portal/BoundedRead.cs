namespace Par.Core.Portal;

/// <summary>Reads a stream up to one byte past a limit: enough to know it is too large without reading the rest.</summary>
public static class BoundedRead
{
    private const int ChunkBytes = 81920;

    public static byte[] AtMost(Stream stream, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while (buffer.Length <= maxBytes && (read = stream.Read(chunk, 0, Room(buffer, maxBytes))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The same from a network stream, without holding a thread while it waits.</summary>
    public static async Task<byte[]> AtMostAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while (buffer.Length <= maxBytes && (read = await stream.ReadAsync(chunk.AsMemory(0, Room(buffer, maxBytes)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static int Room(MemoryStream buffer, int maxBytes) => (int)Math.Min(ChunkBytes, maxBytes + 1 - buffer.Length);
}
