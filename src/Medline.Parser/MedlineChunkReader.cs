using System.Diagnostics.CodeAnalysis;
using System.Text;
using Medline.Parser.Tokenizing;

namespace Medline.Parser;

/// <summary>
/// Cuts an input into <see cref="MedlineChunk"/>s of whole records, at blank lines followed by a tag line, so that
/// the chunks can be parsed on several cores while positions still refer to the whole input. Reading chunks only
/// finds line ends; parsing happens when a chunk's <see cref="MedlineChunk.CreateReader"/> is read.
/// </summary>
/// <example>
/// <code>
/// using var chunks = MedlineChunkReader.FromFile("big.nbib");
/// var results = chunks.ReadChunks().AsParallel().AsOrdered().Select(chunk =>
/// {
///     using var reader = chunk.CreateReader();
///     return reader.ReadCitations().ToList();
/// });
/// </code>
/// </example>
public sealed class MedlineChunkReader : IDisposable
{
    /// <summary>
    /// The default chunk length in characters: 16 Ki. A chunk ends at the first record start after it, so its text
    /// (16 Ki chars plus the rest of one record, 2 bytes a char) stays below the 85,000-byte large-object threshold:
    /// large objects are collected only with gen 2, and allocating them at this rate forced dozens of gen-2
    /// collections per 100 MB (measured: 54–59 with 32 Ki chunks).
    /// </summary>
    public const int DefaultChunkLength = 16 * 1024;

    private readonly TextReader _reader;
    private readonly bool _leaveOpen;
    private readonly MedlineReaderOptions _options;
    private readonly int _chunkLength;
    private char[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private long _offset;
    private int _line = 1;
    private int _index;
    private bool _first = true;
    private bool _nextAtMissingSeparator;

    // One pool for all the chunks of the input: a pool per chunk reader would cost more (its 4 Ki slots) than it saves.
    private readonly StringPool? _pool;

    private MedlineChunkReader(TextReader reader, MedlineReaderOptions options, int chunkLength, bool leaveOpen)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkLength, 1);
        _reader = reader;
        _options = options;
        _chunkLength = chunkLength;
        _leaveOpen = leaveOpen;
        _buffer = new char[Math.Max(chunkLength * 2, 4096)];
        _pool = options.PoolStrings ? new StringPool() : null;
    }

    /// <summary>Cuts a file (UTF-8; a byte order mark selects another Unicode encoding) into chunks.</summary>
    /// <param name="path">The file's path; it becomes <see cref="MedlineReaderOptions.SourceName"/> unless one is set.</param>
    /// <param name="options">The options the chunks' readers use, or <see langword="null"/> for the defaults.</param>
    /// <param name="chunkLength">The length, in characters, after which a chunk ends at the next record.</param>
    public static MedlineChunkReader FromFile(string path, MedlineReaderOptions? options = null, int chunkLength = DefaultChunkLength)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= MedlineReaderOptions.Default;
        if (options.SourceName is null)
        {
            options = options with { SourceName = path };
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        return FromStream(stream, options, chunkLength, leaveOpen: false);
    }

    /// <summary>Cuts a stream of UTF-8 bytes (a byte order mark selects another Unicode encoding) into chunks.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">The options the chunks' readers use, or <see langword="null"/> for the defaults.</param>
    /// <param name="chunkLength">The length, in characters, after which a chunk ends at the next record.</param>
    /// <param name="leaveOpen">Whether disposing the chunk reader leaves <paramref name="stream"/> open.</param>
    public static MedlineChunkReader FromStream(Stream stream, MedlineReaderOptions? options = null, int chunkLength = DefaultChunkLength, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: leaveOpen);
        return new MedlineChunkReader(reader, options ?? MedlineReaderOptions.Default, chunkLength, leaveOpen: false);
    }

    /// <summary>Cuts the text of a <see cref="TextReader"/> into chunks.</summary>
    /// <param name="reader">The text reader.</param>
    /// <param name="options">The options the chunks' readers use, or <see langword="null"/> for the defaults.</param>
    /// <param name="chunkLength">The length, in characters, after which a chunk ends at the next record.</param>
    /// <param name="leaveOpen">Whether disposing the chunk reader leaves <paramref name="reader"/> open.</param>
    public static MedlineChunkReader FromReader(TextReader reader, MedlineReaderOptions? options = null, int chunkLength = DefaultChunkLength, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new MedlineChunkReader(reader, options ?? MedlineReaderOptions.Default, chunkLength, leaveOpen);
    }

    /// <summary>Reads the next chunk.</summary>
    /// <param name="chunk">The chunk, when one was read.</param>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    public bool TryRead([NotNullWhen(true)] out MedlineChunk? chunk)
    {
        while (true)
        {
            var available = _end - _start;
            if (available > 0 && (available > _chunkLength || _eof))
            {
                var window = _buffer.AsSpan(_start, available);
                var missingSeparator = false;
                var cut = _eof && available <= _chunkLength ? -1 : RecordChunker.FindCut(window, Math.Min(_chunkLength, available), _eof, out missingSeparator);
                if (cut < 0 && !_eof && available >= _chunkLength + _options.MaxRecordLength)
                {
                    // No record boundary within a whole record's length: hand the text over; the chunk's reader cuts
                    // the record and reports it (MED1009). Memory stays bounded.
                    cut = available;
                    missingSeparator = false;
                }

                if (cut > 0 || _eof)
                {
                    chunk = Take(cut > 0 ? cut : available, cut > 0 && missingSeparator);
                    return true;
                }
            }
            else if (_eof)
            {
                chunk = null;
                return false;
            }

            Fill();
        }
    }

    /// <summary>Reads the remaining chunks one at a time.</summary>
    public IEnumerable<MedlineChunk> ReadChunks()
    {
        while (TryRead(out var chunk))
        {
            yield return chunk;
        }
    }

    private MedlineChunk Take(int length, bool nextAtMissingSeparator)
    {
        var text = new string(_buffer, _start, length);
        var chunk = new MedlineChunk(text, new SourcePosition(_offset, _line, 1), _index++, _options, _nextAtMissingSeparator, _pool);
        _nextAtMissingSeparator = nextAtMissingSeparator;
        _offset += length;
        _line += RecordChunker.CountLineBreaks(text);
        _start += length;
        return chunk;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_buffer.Length - _end < 4096)
        {
            // Grow by half (not double): a record of megabytes needs room, not twice the room.
            Array.Resize(ref _buffer, _buffer.Length + Math.Max(_buffer.Length / 2, 4096));
        }

        // Fill the free space (a TextReader may hand out less per call): fewer, larger refills mean fewer rescans of
        // a chunk that is still looking for its end.
        var read = 0;
        while (_end + read < _buffer.Length)
        {
            var n = _reader.Read(_buffer, _end + read, _buffer.Length - _end - read);
            if (n == 0)
            {
                _eof = true;
                break;
            }

            read += n;
        }

        if (read == 0)
        {
            return;
        }

        if (_first)
        {
            _first = false;
            if (_buffer[_end] == '\uFEFF')
            {
                // Positions count from after a byte order mark (a string or TextReader may still hold one).
                Array.Copy(_buffer, _end + 1, _buffer, _end, read - 1);
                read--;
            }
        }

        _end += read;
    }

    /// <summary>Releases the underlying reader or stream, unless told to leave it open.</summary>
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _reader.Dispose();
        }
    }
}
