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

    // Two sources: bytes from a stream in UTF-8 or a single-byte encoding (cut in the bytes; each chunk is decoded
    // once, into a buffer of the thread that reads it), or the chars of a TextReader (FromReader, a stream that starts
    // with a UTF-16/UTF-32 byte order mark, or one in another multi-byte encoding).
    private readonly Stream? _stream;
    private TextReader? _reader;
    private readonly bool _leaveOpen;
    private readonly MedlineReaderOptions _options;
    private readonly int _chunkLength;

    // The encoding the byte chunks are decoded with: UTF-8, or a single-byte one (one char per byte, and every byte
    // below 0x80 is the ASCII character the cutting looks for).
    private Encoding _decoding;
    private byte[] _bytes = [];
    private char[] _chars = [];
    private int _start;
    private int _end;
    private bool _eof;
    private long _offset;
    private int _line = 1;
    private int _column = 1;
    private int _index;
    private bool _first = true;
    private ChunkEdges _nextEdges;

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
        _decoding = options.Encoding is { IsSingleByte: true } singleByte ? singleByte : MedlineReader.Utf8;
        if (stream is not null && options.Encoding is { IsSingleByte: false, CodePage: not 65001 } other)
        {
            // A multi-byte encoding other than UTF-8 (Shift-JIS, UTF-16 without a mark…): its bytes cannot be cut
            // without decoding them, so a StreamReader decodes and the chars are cut.
            _reader = new StreamReader(stream, other, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
        }

        if (_reader is null)
        {
            _bytes = new byte[UsualByteBufferLength];
            _buffers = new BufferPool(Math.Max(chunkLength * 2, 4096));
        }
        else
        {
            _chars = new char[Math.Max(chunkLength * 2, 4096)];
        }
    }

    /// <summary>The length of the read buffer of bytes (for the test that it stays bounded).</summary>
    internal int ByteBufferLength => _bytes.Length;

    private int UsualByteBufferLength => Math.Max(_chunkLength * 4, 4096);

    /// <summary>
    /// The most the byte buffer needs: a chunk's length and a whole record, beyond which the record is handed over
    /// uncut (<see cref="FindCut{T}"/>), and the free space a read wants.
    /// </summary>
    private long MaximumByteBufferLength => (long)_chunkLength + _options.MaxRecordLength + 4096;

    private bool ReadsBytes => _reader is null;

    /// <summary>
    /// Cuts a file into chunks: UTF-8 unless <see cref="MedlineReaderOptions.Encoding"/> says otherwise (a byte order
    /// mark selects another Unicode encoding); gzip-compressed when it starts with the gzip magic bytes.
    /// </summary>
    /// <param name="path">The file's path; it becomes <see cref="MedlineReaderOptions.SourceName"/> unless one is set.</param>
    /// <param name="options">The options the chunks' readers use, or <see langword="null"/> for the defaults.</param>
    /// <param name="chunkLength">The length after which a chunk ends at the next record: in bytes for UTF-8 input, so a chunk holds at most that many characters plus one record.</param>
    public static MedlineChunkReader FromFile(string path, MedlineReaderOptions? options = null, int chunkLength = DefaultStreamChunkLength)
    {
        var stream = InputStream.OpenFile(path, ref options);
        return FromStream(stream, options, chunkLength, leaveOpen: false);
    }

    /// <summary>
    /// Cuts a stream of bytes into chunks: UTF-8 unless <see cref="MedlineReaderOptions.Encoding"/> says otherwise (a
    /// byte order mark selects another Unicode encoding); decompressed when it starts with the gzip magic bytes (1F 8B).
    /// </summary>
    /// <remarks>Damaged gzip data throws <see cref="IOException"/> when it is read.</remarks>
    /// <param name="stream">The stream.</param>
    /// <param name="options">The options the chunks' readers use, or <see langword="null"/> for the defaults.</param>
    /// <param name="chunkLength">The length after which a chunk ends at the next record: in bytes for UTF-8 input, so a chunk holds at most that many characters plus one record.</param>
    /// <param name="leaveOpen">Whether disposing the chunk reader leaves <paramref name="stream"/> open.</param>
    public static MedlineChunkReader FromStream(Stream stream, MedlineReaderOptions? options = null, int chunkLength = DefaultStreamChunkLength, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new MedlineChunkReader(InputStream.Open(stream, leaveOpen), null, options ?? MedlineReaderOptions.Default, chunkLength, leaveOpen);
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
                var edge = ChunkEdges.None;
                var cut = _eof && available <= _chunkLength ? -1
                    : ReadsBytes ? FindCut(_bytes.AsSpan(_start, available), out edge)
                    : FindCut(_chars.AsSpan(_start, available), out edge);
                if (cut > 0 || _eof)
                {
                    chunk = Take(cut > 0 ? cut : available, cut > 0 ? edge : ChunkEdges.None);
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

    /// <summary>Where the next chunk starts, and how the chunk ends (before a PMID line that lost its blank line, or inside a record).</summary>
    private int FindCut<T>(ReadOnlySpan<T> window, out ChunkEdges edge)
        where T : unmanaged, IBinaryInteger<T>
    {
        var cut = RecordChunker.FindCut(window, Math.Min(_chunkLength, window.Length), _eof, out var missingSeparator);
        edge = missingSeparator ? ChunkEdges.StartsAtMissingSeparator : ChunkEdges.None;
        if (cut < 0 && !_eof && window.Length >= _chunkLength + _options.MaxRecordLength)
        {
            // No record boundary within a whole record's length: hand the text over; the chunk's reader cuts the
            // record and reports it (MED1009). Memory stays bounded. UTF-8 is cut before a character, not inside.
            cut = window.Length;
            if (typeof(T) == typeof(byte) && _decoding.CodePage == Encoding.UTF8.CodePage)
            {
                cut = CharacterStart(MemoryMarshal.Cast<T, byte>(window));
            }

            edge = ChunkEdges.EndsInsideRecord;
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

    private MedlineChunk Take(int length, ChunkEdges edge)
    {
        MedlineChunk chunk;
        int lineBreaks;
        var lastLine = 0; // chars after the chunk's last line break: where the next chunk starts when this one ends inside a line
        var start = new SourcePosition(_offset, _line, _column);
        var edges = _nextEdges | (edge & ChunkEdges.EndsInsideRecord);
        var endsInsideRecord = (edges & ChunkEdges.EndsInsideRecord) != 0;
        if (ReadsBytes)
        {
            // Cut and counted here; decoded by the chunk's reader (on the worker that parses it).
            var bytes = _bytes.AsSpan(_start, length);
            lineBreaks = RecordChunker.CountLineBreaks(bytes);
            var chars = _decoding.IsSingleByte ? length : _decoding.GetCharCount(bytes); // U+FFFD per invalid sequence, as decoding makes them
            if (endsInsideRecord)
            {
                var tail = bytes[(bytes.LastIndexOfAny((byte)'\r', (byte)'\n') + 1)..];
                lastLine = _decoding.IsSingleByte ? tail.Length : _decoding.GetCharCount(tail);
            }

            var (array, offset) = TakeBytes(length);
            chunk = new MedlineChunk(array, offset, length, _buffers!, _decoding, chars, start, _index++, _options, edges);
        }
        else
        {
            var text = new string(_chars, _start, length);
            lineBreaks = RecordChunker.CountLineBreaks<char>(text);
            if (endsInsideRecord)
            {
                lastLine = text.Length - (text.AsSpan().LastIndexOfAny('\r', '\n') + 1);
            }

            chunk = new MedlineChunk(text, start, _index++, _options, edges);
            _start += length;
        }

        _nextEdges = edge & ChunkEdges.StartsAtMissingSeparator;
        _offset += chunk.Length;
        _line += lineBreaks;
        _column = !endsInsideRecord ? 1 : (lineBreaks == 0 ? _column : 1) + lastLine;
        return chunk;
    }

    /// <summary>
    /// The chunk's own copy of its bytes (returned to the pool when it is disposed), and where they start in it; the
    /// read position moves past them. A chunk longer than the pool
    /// keeps (a record of megabytes) takes the read buffer itself instead of a copy of it, and the reader goes on in
    /// a buffer of the usual size: no second copy of the record, and no buffer of its size kept after it.
    /// </summary>
    private (byte[] Array, int Offset) TakeBytes(int length)
    {
        if (length <= _buffers!.MaximumLength)
        {
            var copy = _buffers.Rent(length);
            _bytes.AsSpan(_start, length).CopyTo(copy);
            _start += length;
            return (copy, 0);
        }

        var taken = _bytes;
        var offset = _start;
        var rest = _end - _start - length;
        _bytes = new byte[Math.Max(UsualByteBufferLength, rest + 4096)];
        taken.AsSpan(_start + length, rest).CopyTo(_bytes);
        _start = 0;
        _end = rest;
        return (taken, offset);
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
            _reader = new StreamReader(new PrefixedStream(head.ToArray(), _stream!, _eof), MedlineReader.Utf8,
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

        if (skip > 0)
        {
            _decoding = MedlineReader.Utf8; // the mark says UTF-8, whatever the options say (as StreamReader reads it)
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
            // Grow by half (not double): a record of megabytes needs room, not twice the room; never past what a
            // chunk can need (a chunk's length and a whole record), so a line of a gigabyte needs no more.
            var grown = buffer.Length + Math.Max(buffer.Length / 2, 4096);
            Array.Resize(ref buffer, (int)Math.Min(grown, Math.Max(MaximumByteBufferLength, _end + 4096L)));
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
            _stream.Dispose(); // the InputStream over the caller's stream, which it leaves open if asked to
        }
        else if (!_leaveOpen)
        {
            _reader!.Dispose();
        }
    }
}
