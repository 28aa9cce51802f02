using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.InteropServices;
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
    /// The default chunk length of a <see cref="TextReader"/>, in characters: 16 Ki. A chunk ends at the first record
    /// start after it, so its text (a string: 16 Ki chars plus the rest of one record, 2 bytes a char) stays below the
    /// 85,000-byte large-object threshold: large objects are collected only with gen 2, and allocating them at this
    /// rate forced dozens of gen-2 collections per 100 MB (measured: 54–59 with 32 Ki chunks).
    /// </summary>
    public const int DefaultChunkLength = 16 * 1024;

    /// <summary>
    /// The default chunk length of a file or stream, in bytes: 64 Ki. Its chunks hold their bytes and decoded text in
    /// buffers that are used again once a chunk is disposed (<see cref="MedlineChunk.Dispose"/>), so the large-object
    /// limit behind <see cref="DefaultChunkLength"/> does not apply, and each chunk has fixed costs (its reader and
    /// whatever a caller does per chunk). Measured with the <c>medline</c> tool, 100 MiB to NDJSON on two cores:
    /// 16 Ki 0.341 s, 32 Ki 0.323 s, 64 Ki 0.308 s, 128 Ki 0.320 s.
    /// </summary>
    public const int DefaultStreamChunkLength = 64 * 1024;

    // Two sources: UTF-8 bytes from a stream (cut in the bytes; each chunk is decoded once, into a buffer of the thread
    // that reads it), or the chars of a TextReader (FromReader, or a stream that starts with a UTF-16/UTF-32 byte
    // order mark).
    private readonly Stream? _stream;
    private TextReader? _reader;
    private readonly bool _leaveOpen;
    private readonly MedlineReaderOptions _options;
    private readonly int _chunkLength;
    private byte[] _bytes = [];
    private char[] _chars = [];
    private int _start;
    private int _end;
    private bool _eof;
    private long _offset;
    private int _line = 1;
    private int _index;
    private bool _first = true;
    private bool _nextAtMissingSeparator;

    // The chunks' copies of their bytes, taken back when a chunk is disposed (UTF-8 streams only).
    private readonly BufferPool? _buffers;

    private MedlineChunkReader(Stream? stream, TextReader? reader, MedlineReaderOptions options, int chunkLength, bool leaveOpen)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkLength, 1);
        _stream = stream;
        _reader = reader;
        _options = options;
        _chunkLength = chunkLength;
        _leaveOpen = leaveOpen;
        if (reader is null)
        {
            _bytes = new byte[Math.Max(chunkLength * 4, 4096)];
            _buffers = new BufferPool(Math.Max(chunkLength * 2, 4096));
        }
        else
        {
            _chars = new char[Math.Max(chunkLength * 2, 4096)];
        }
    }

    private bool ReadsBytes => _reader is null;

    /// <summary>Cuts a file (UTF-8; a byte order mark selects another Unicode encoding) into chunks.</summary>
    /// <param name="path">The file's path; it becomes <see cref="MedlineReaderOptions.SourceName"/> unless one is set.</param>
    /// <param name="options">The options the chunks' readers use, or <see langword="null"/> for the defaults.</param>
    /// <param name="chunkLength">The length after which a chunk ends at the next record: in bytes for UTF-8 input, so a chunk holds at most that many characters plus one record.</param>
    public static MedlineChunkReader FromFile(string path, MedlineReaderOptions? options = null, int chunkLength = DefaultStreamChunkLength)
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
    /// <param name="chunkLength">The length after which a chunk ends at the next record: in bytes for UTF-8 input, so a chunk holds at most that many characters plus one record.</param>
    /// <param name="leaveOpen">Whether disposing the chunk reader leaves <paramref name="stream"/> open.</param>
    public static MedlineChunkReader FromStream(Stream stream, MedlineReaderOptions? options = null, int chunkLength = DefaultStreamChunkLength, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new MedlineChunkReader(stream, null, options ?? MedlineReaderOptions.Default, chunkLength, leaveOpen);
    }

    /// <summary>Cuts the text of a <see cref="TextReader"/> into chunks.</summary>
    /// <param name="reader">The text reader.</param>
    /// <param name="options">The options the chunks' readers use, or <see langword="null"/> for the defaults.</param>
    /// <param name="chunkLength">The length, in characters, after which a chunk ends at the next record.</param>
    /// <param name="leaveOpen">Whether disposing the chunk reader leaves <paramref name="reader"/> open.</param>
    public static MedlineChunkReader FromReader(TextReader reader, MedlineReaderOptions? options = null, int chunkLength = DefaultChunkLength, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new MedlineChunkReader(null, reader, options ?? MedlineReaderOptions.Default, chunkLength, leaveOpen);
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
                var missingSeparator = false;
                var cut = _eof && available <= _chunkLength ? -1
                    : ReadsBytes ? FindCut(_bytes.AsSpan(_start, available), out missingSeparator)
                    : FindCut(_chars.AsSpan(_start, available), out missingSeparator);
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

            if (ReadsBytes)
            {
                FillBytes();
            }
            else
            {
                FillChars();
            }
        }
    }

    private int FindCut<T>(ReadOnlySpan<T> window, out bool missingSeparator)
        where T : unmanaged, IBinaryInteger<T>
    {
        var cut = RecordChunker.FindCut(window, Math.Min(_chunkLength, window.Length), _eof, out missingSeparator);
        if (cut < 0 && !_eof && window.Length >= _chunkLength + _options.MaxRecordLength)
        {
            // No record boundary within a whole record's length: hand the text over; the chunk's reader cuts the
            // record and reports it (MED1009). Memory stays bounded. UTF-8 is cut before a character, not inside.
            cut = window.Length;
            if (typeof(T) == typeof(byte))
            {
                cut = CharacterStart(MemoryMarshal.Cast<T, byte>(window));
            }

            missingSeparator = false;
        }

        return cut;
    }

    /// <summary>Reads the remaining chunks one at a time.</summary>
    public IEnumerable<MedlineChunk> ReadChunks()
    {
        while (TryRead(out var chunk))
        {
            yield return chunk;
        }
    }

    /// <summary>The length of <paramref name="bytes"/> without a UTF-8 sequence left incomplete at its end.</summary>
    internal static int CharacterStart(ReadOnlySpan<byte> bytes)
    {
        var lead = bytes.Length;
        while (lead > 0 && bytes.Length - lead < 4 && (bytes[lead - 1] & 0xC0) == 0x80)
        {
            lead--; // continuation bytes
        }

        if (lead == 0 || bytes[lead - 1] < 0xC0)
        {
            return bytes.Length; // ASCII or stray continuation bytes: nothing to keep together
        }

        // A lead byte whose sequence is cut short: cut before it (unless that would leave nothing to hand over).
        var b = bytes[lead - 1];
        var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        return bytes.Length - (lead - 1) < length && lead > 1 ? lead - 1 : bytes.Length;
    }

    private MedlineChunk Take(int length, bool nextAtMissingSeparator)
    {
        MedlineChunk chunk;
        int lineBreaks;
        var start = new SourcePosition(_offset, _line, 1);
        if (ReadsBytes)
        {
            // Cut and counted here; decoded by the chunk's reader (on the worker that parses it).
            var bytes = _bytes.AsSpan(_start, length);
            lineBreaks = RecordChunker.CountLineBreaks(bytes);
            var chars = Encoding.UTF8.GetCharCount(bytes); // U+FFFD per invalid sequence, as decoding makes them
            var copy = _buffers!.Rent(length); // the chunk returns it when disposed
            bytes.CopyTo(copy);
            chunk = new MedlineChunk(copy, length, _buffers, chars, start, _index++, _options, _nextAtMissingSeparator);
        }
        else
        {
            var text = new string(_chars, _start, length);
            lineBreaks = RecordChunker.CountLineBreaks<char>(text);
            chunk = new MedlineChunk(text, start, _index++, _options, _nextAtMissingSeparator);
        }

        _nextAtMissingSeparator = nextAtMissingSeparator;
        _offset += chunk.Length;
        _line += lineBreaks;
        _start += length;
        return chunk;
    }

    private void FillBytes()
    {
        var read = Fill(ref _bytes, static (stream, buffer) => stream.Read(buffer), _stream!);
        if (read == 0 || !_first)
        {
            _end += read;
            return;
        }

        _first = false;
        var head = _bytes.AsSpan(_end, read);
        if (head.StartsWith(Utf16BigEndianMark) || head.StartsWith(Utf16LittleEndianMark) || head.StartsWith(Utf32BigEndianMark))
        {
            // UTF-16 or UTF-32: StreamReader decodes it (and drops the mark); the bytes read so far come first.
            _reader = new StreamReader(new PrefixedStream(head.ToArray(), _stream!, _eof), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
                detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
            _chars = new char[Math.Max(_chunkLength * 2, 4096)];
            _bytes = [];
            _first = true;
            _eof = false;
            return;
        }

        // Positions count from after a byte order mark; a second one is dropped too, as the char path does (the
        // StreamReader drops the first, the chunk reader a U+FEFF that follows).
        var skip = 0;
        for (var marks = 0; marks < 2 && head[skip..].StartsWith(Utf8Mark); marks++)
        {
            skip += Utf8Mark.Length;
        }

        _start += skip;
        _end += read;
    }

    private static ReadOnlySpan<byte> Utf8Mark => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16BigEndianMark => [0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf16LittleEndianMark => [0xFF, 0xFE]; // also the start of UTF-32 LE

    private static ReadOnlySpan<byte> Utf32BigEndianMark => [0x00, 0x00, 0xFE, 0xFF];

    private void FillChars()
    {
        var read = Fill(ref _chars, static (reader, buffer) => reader.Read(buffer), _reader!);
        if (read == 0)
        {
            return;
        }

        if (_first)
        {
            _first = false;
            if (_chars[_end] == '\uFEFF')
            {
                // Positions count from after a byte order mark (a string or TextReader may still hold one).
                Array.Copy(_chars, _end + 1, _chars, _end, read - 1);
                read--;
            }
        }

        _end += read;
    }

    /// <summary>
    /// Moves the unread part to the front, grows the buffer when it is nearly full, and fills the free space (a source
    /// may hand out less per call): fewer, larger refills mean fewer rescans of a chunk still looking for its end.
    /// Returns what was read, at <c>_end</c>; sets <c>_eof</c> at the end.
    /// </summary>
    private int Fill<T, TSource>(ref T[] buffer, Func<TSource, Span<T>, int> read, TSource source)
    {
        if (_start > 0)
        {
            Array.Copy(buffer, _start, buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (buffer.Length - _end < 4096)
        {
            // Grow by half (not double): a record of megabytes needs room, not twice the room.
            Array.Resize(ref buffer, buffer.Length + Math.Max(buffer.Length / 2, 4096));
        }

        var total = 0;
        while (_end + total < buffer.Length)
        {
            var n = read(source, buffer.AsSpan(_end + total));
            if (n == 0)
            {
                _eof = true;
                break;
            }

            total += n;
        }

        return total;
    }

    /// <summary>Releases the underlying reader or stream, unless told to leave it open.</summary>
    public void Dispose()
    {
        if (_stream is not null)
        {
            _reader?.Dispose(); // a StreamReader over the stream, which it leaves open
            if (!_leaveOpen)
            {
                _stream.Dispose();
            }
        }
        else if (!_leaveOpen)
        {
            _reader!.Dispose();
        }
    }

    /// <summary>The bytes already read, then the rest of the stream: a stream whose byte order mark was seen too late.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream inner, bool innerAtEnd) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return innerAtEnd ? 0 : inner.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
