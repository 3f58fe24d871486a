using System.IO.Compression;

namespace Par.Core.Tabular.Xlsx;

/// <summary>How many bytes may be inflated from one workbook across all its parts; a zip bomb stops at the bound.</summary>
internal sealed class InflateBudget(long maxBytes)
{
    private long _remaining = maxBytes;

    public Stream Open(ZipArchiveEntry entry) => new BudgetedStream(entry.Open(), this);

    private void Spend(int bytes)
    {
        _remaining -= bytes;
        if (_remaining < 0)
        {
            throw new InflateBudgetExceededException();
        }
    }

    private sealed class BudgetedStream(Stream inner, InflateBudget budget) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            budget.Spend(read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
