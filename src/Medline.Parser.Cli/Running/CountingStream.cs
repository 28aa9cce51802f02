namespace Medline.Parser.Cli.Running;

/// <summary>
/// A read-only pass-through stream that counts the bytes read, for the progress bar. Disposing it disposes the inner
/// stream unless <paramref name="leaveOpen"/> (standard input is not ours to close).
/// </summary>
internal sealed class CountingStream(Stream inner, ByteCounter counter, bool leaveOpen = false) : ReadOnlyStream
{
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        counter.Add(read);
        return read;
    }
}

/// <summary>Bytes read so far across all inputs; written by the reading thread, read by the progress bar.</summary>
internal sealed class ByteCounter
{
    private long _bytes;

    public long Bytes => Volatile.Read(ref _bytes);

    public void Add(long count) => Volatile.Write(ref _bytes, _bytes + count);
}
