namespace Medline.Parser.Cli.Output;

/// <summary>
/// Compares what is written to it with a file, byte by byte, without keeping either: <c>format --check</c> writes
/// the canonical layout here and learns the first line where the file differs.
/// </summary>
internal sealed class ComparingStream : WriteOnlyStream
{
    private readonly FileStream _original;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _line = 1;
    private bool _differs;

    public ComparingStream(string path) =>
        _original = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    /// <summary>The 1-based line of the file where it first differs from what was written, or <see langword="null"/> when equal.</summary>
    public int? FirstDifferenceLine
    {
        get
        {
            // The file may go on after the last byte written.
            if (!_differs && _original.Read(_buffer, 0, 1) > 0)
            {
                _differs = true;
            }

            return _differs ? _line : null;
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!_differs && buffer.Length > 0)
        {
            var read = _original.Read(_buffer, 0, Math.Min(_buffer.Length, buffer.Length));
            if (read == 0)
            {
                _differs = true; // the canonical text goes on after the file's end
                return;
            }

            var same = buffer[..read].CommonPrefixLength(_buffer.AsSpan(0, read));
            _line += buffer[..same].Count((byte)'\n');
            if (same < read)
            {
                _differs = true;
                return;
            }

            buffer = buffer[read..];
        }
    }

    public override void Flush()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _original.Dispose();
        }

        base.Dispose(disposing);
    }
}
