namespace Par.Core.Tests.Storage;

/// <summary>
/// A disk of limited size for the files a <see cref="Par.Core.Storage.ParDatabase"/> opens through it: a write that
/// would make the files together larger than the capacity fails as a full disk does (IOException, ENOSPC).
/// </summary>
public sealed class LimitedDisk
{
    private const int NoSpaceLeft = 28;
    private readonly List<FileStream> _files = [];
    private long _capacity = long.MaxValue;

    /// <summary>Opens a file on this disk; pass it as ParDatabase's <c>openFile</c>.</summary>
    public Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);
        lock (_files)
            _files.Add(file);
        return new File(file, this);
    }

    /// <summary>No room for one more byte.</summary>
    public void Fill() => Interlocked.Exchange(ref _capacity, Used());

    /// <summary>Room for <paramref name="bytes"/> more.</summary>
    public void LeaveFree(long bytes) => Interlocked.Exchange(ref _capacity, Used() + bytes);

    public void Free() => Interlocked.Exchange(ref _capacity, long.MaxValue);

    private long Used()
    {
        lock (_files)
            return _files.Where(f => f.SafeFileHandle is { IsClosed: false }).Sum(f => f.Length);
    }

    private void Claim(long growth)
    {
        if (growth > 0 && Used() + growth > Interlocked.Read(ref _capacity))
            throw new IOException("No space left on device", NoSpaceLeft);
    }

    private sealed class File(FileStream inner, LimitedDisk disk) : Stream
    {
        public override bool CanRead => inner.CanRead;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => inner.CanWrite;
        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value)
        {
            disk.Claim(value - inner.Length);
            inner.SetLength(value);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            disk.Claim(inner.Position + count - inner.Length);
            inner.Write(buffer, offset, count);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
