using System.IO.Compression;

namespace Medline.Parser;

/// <summary>
/// The bytes of an input as the readers see them: a stream that starts with the gzip magic bytes (1F 8B: an
/// <c>export.nbib.gz</c>, whatever its name) is decompressed, any other is passed through. The choice is made at the
/// first read, so that opening a reader never blocks on a pipe.
/// </summary>
internal sealed class InputStream : ReadOnlyStream
{
    private static ReadOnlySpan<byte> GzipMagic => [0x1F, 0x8B];

    private readonly Stream _inner;
    private readonly bool _leaveOpen;
    private Stream? _source;

    private InputStream(Stream inner, bool leaveOpen)
    {
        _inner = inner;
        _leaveOpen = leaveOpen;
    }

    /// <summary>
    /// A file opened for one sequential read, unbuffered (the reader's buffer is the only one between the file and the
    /// parse), with the options naming it as the source unless they name one: the file entry point of every reader.
    /// </summary>
    internal static FileStream OpenFile(string path, [System.Diagnostics.CodeAnalysis.NotNull] ref MedlineReaderOptions? options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= MedlineReaderOptions.Default;
        if (options.SourceName is null)
        {
            options = options with { SourceName = path };
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0,
            FileOptions.SequentialScan | FileOptions.Asynchronous);
    }

    /// <summary>
    /// <paramref name="stream"/>, decompressed when it is gzip. Disposing the result disposes <paramref name="stream"/>
    /// unless <paramref name="leaveOpen"/>.
    /// </summary>
    public static Stream Open(Stream stream, bool leaveOpen) => new InputStream(stream, leaveOpen);

    /// <summary>Whether the input turned out to be gzip (known after the first read).</summary>
    public bool IsGzip { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        if (_source is null)
        {
            var head = new byte[GzipMagic.Length];
            var length = 0;
            while (length < head.Length && _inner.Read(head.AsSpan(length)) is var n and > 0)
            {
                length += n;
            }

            Choose(head, length);
        }

        try
        {
            return _source!.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw Damaged(e);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_source is null)
        {
            var head = new byte[GzipMagic.Length];
            var length = 0;
            while (length < head.Length && await _inner.ReadAsync(head.AsMemory(length), cancellationToken).ConfigureAwait(false) is var n and > 0)
            {
                length += n;
            }

            Choose(head, length);
        }

        try
        {
            return await _source!.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            throw Damaged(e);
        }
    }

    private void Choose(byte[] head, int length)
    {
        var prefixed = new PrefixedStream(head.AsMemory(0, length), _inner, innerAtEnd: length < head.Length);
        IsGzip = head.AsSpan(0, length).SequenceEqual(GzipMagic);
        _source = IsGzip ? new GZipStream(prefixed, CompressionMode.Decompress) : prefixed;
    }

    // A reader reports an input it cannot read as an IOException (the CLI's exit 3), not as a crash.
    private static IOException Damaged(InvalidDataException e) =>
        new($"the gzip-compressed data is damaged ({e.Message})", e);


    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _source?.Dispose(); // a GZipStream over a PrefixedStream, neither of which owns the inner stream
            if (!_leaveOpen)
            {
                _inner.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}

/// <summary>The bytes already read, then the rest of a stream, which it disposes only when it <paramref name="ownsInner"/>.</summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream inner, bool innerAtEnd, bool ownsInner = false) : ReadOnlyStream
{
    private int _position;

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefix.Length)
        {
            // The prefix and what follows in one read: a StreamReader looks for a byte order mark in its first read
            // only, and a mark longer than the prefix would go unseen.
            var n = TakePrefix(buffer);
            return n == buffer.Length || innerAtEnd ? n : n + inner.Read(buffer[n..]);
        }

        return innerAtEnd ? 0 : inner.Read(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position < prefix.Length)
        {
            var n = TakePrefix(buffer.Span);
            return n == buffer.Length || innerAtEnd ? ValueTask.FromResult(n) : ReadRestAsync(n, buffer, cancellationToken);
        }

        return innerAtEnd ? ValueTask.FromResult(0) : inner.ReadAsync(buffer, cancellationToken);
    }

    private async ValueTask<int> ReadRestAsync(int taken, Memory<byte> buffer, CancellationToken cancellationToken) =>
        taken + await inner.ReadAsync(buffer[taken..], cancellationToken).ConfigureAwait(false);

    protected override void Dispose(bool disposing)
    {
        if (disposing && ownsInner)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int TakePrefix(Span<byte> buffer)
    {
        var n = Math.Min(buffer.Length, prefix.Length - _position);
        prefix.Span.Slice(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }
}

/// <summary>The members of a forward-only, read-only stream that only say no: subclasses read.</summary>
internal abstract class ReadOnlyStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public abstract override int Read(Span<byte> buffer);

    public abstract override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
