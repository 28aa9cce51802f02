namespace Medline.Parser.Cli.Output;

/// <summary>
/// The output as the commands write it: every write error becomes one <see cref="CliException"/> (exit 3) that names
/// the output as the user gave it (<c>out.json</c>, <c>&lt;stdout&gt;</c>), never the temporary file behind it. A
/// closed pipe (EPIPE) is such an error: the run stops at once.
/// </summary>
internal sealed class OutputStream(Stream inner, string displayName) : Stream
{
    public Stream Inner => inner;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// The reason of an I/O error without the path .NET appends to it (<c>No space left on device : '/x/.out.json.1.tmp'</c>
    /// gives <c>No space left on device</c>).
    /// </summary>
    public static string Reason(Exception e)
    {
        var message = e.Message;
        var at = message.LastIndexOf(" : '", StringComparison.Ordinal);
        return at > 0 && message.EndsWith('\'') ? message[..at] : message;
    }

    /// <summary>The one-line failure for an error writing to <paramref name="displayName"/>.</summary>
    public static CliException Failure(string displayName, Exception e) =>
        new(ExitCodes.InputOutput, $"cannot write output {displayName}: {Reason(e)}", e);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failure(displayName, e);
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failure(displayName, e);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
