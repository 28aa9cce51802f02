using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using Medline.Parser.Tokenizing;

namespace Medline.Parser;

/// <summary>
/// Reads MEDLINE/PubMed tagged text (PubMed's "PubMed format" .txt/.nbib exports, E-utilities
/// <c>rettype=medline</c>) as a stream of lossless <see cref="MedlineRecord"/>s. Memory does not grow with the size of
/// the input: one record is held at a time.
/// </summary>
/// <example>
/// <code>
/// using var reader = MedlineReader.FromFile("export.nbib");
/// foreach (var record in reader.ReadRecords())
/// {
///     Console.WriteLine($"{record.Pmid}: {record.GetFirst(MedlineTag.Ti)}");
/// }
/// </code>
/// </example>
/// <remarks>
/// Lines may end in LF, CRLF or a lone CR, mixed freely; a UTF-8 byte order mark is skipped. Records are separated
/// by blank lines; a <c>PMID-</c> line that follows a record without one starts a new record (with a warning).
/// Bad input never stops reading unless <see cref="MedlineReaderOptions.Strict"/> is set: it becomes a
/// <see cref="MedlineDiagnostic"/> on its record, and its text is kept. A reader is not thread-safe; use one per thread.
/// </remarks>
public sealed partial class MedlineReader : IDisposable, IAsyncDisposable
{
    private const int MinimumRead = 4096;

    // StreamReader's byte buffer: small enough that a read chunk's free space (RecordTokenizer.ChunkSize less the
    // pending record) holds GetMaxCharCount of it, so StreamReader decodes straight into the chunk with no copy.
    private const int StreamBufferSize = 16 * 1024;

    /// <summary>UTF-8 that decodes invalid bytes to U+FFFD (reported as MED1012), the default of every byte input.</summary>
    internal static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly TextReader _reader;
    private readonly bool _leaveOpen;
    private readonly RecordTokenizer _tokenizer;
    private readonly MedlineReaderOptions _options;
    private bool _disposed;

    private MedlineReader(TextReader reader, MedlineReaderOptions options, bool leaveOpen)
    {
        _reader = reader;
        _options = options;
        _leaveOpen = leaveOpen;
        _tokenizer = new RecordTokenizer(options);
    }

    // Over a whole text the tokenizer scans the text itself: no copy, and records slice it.
    private MedlineReader(ReadOnlyMemory<char> text, MedlineReaderOptions options, StringPool? sharedPool = null)
    {
        _reader = TextReader.Null;
        _options = options;
        _leaveOpen = true;
        _tokenizer = new RecordTokenizer(options, text, sharedPool);
    }

    /// <summary>The options this reader uses.</summary>
    public MedlineReaderOptions Options => _options;

    /// <summary>How many records have been read so far.</summary>
    public int RecordCount => _tokenizer.RecordCount;

    /// <summary>
    /// The whitespace-only lines after the last record, known once reading has reached the end of the input; with
    /// each record's <see cref="MedlineRecord.LeadingTrivia"/> and <see cref="MedlineRecord.RawText"/> it completes the input.
    /// </summary>
    public string TrailingTrivia => _tokenizer.TrailingTrivia;

    /// <summary>Reads a chunk cut from a larger input: positions continue from where the chunk starts.</summary>
    internal static MedlineReader FromChunk(ReadOnlyMemory<char> text, MedlineReaderOptions options, SourcePosition start, ChunkEdges edges, StringPool? pool)
    {
        var reader = new MedlineReader(text, options, pool);
        reader._tokenizer.StartAt(start, edges);
        return reader;
    }

    /// <summary>Reads MEDLINE text held in a string.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for <see cref="MedlineReaderOptions.Default"/>.</param>
    public static MedlineReader FromText(string text, MedlineReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new MedlineReader(text.AsMemory(), options ?? MedlineReaderOptions.Default);
    }

    /// <summary>
    /// Reads a MEDLINE file: UTF-8 unless <see cref="MedlineReaderOptions.Encoding"/> says otherwise (a byte order
    /// mark selects another Unicode encoding); gzip-compressed (<c>export.nbib.gz</c>) when it starts with the gzip
    /// magic bytes, whatever its name.
    /// </summary>
    /// <param name="path">The file's path; it becomes <see cref="MedlineReaderOptions.SourceName"/> unless one is set.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static MedlineReader FromFile(string path, MedlineReaderOptions? options = null)
    {
        var stream = InputStream.OpenFile(path, ref options);
        return FromStream(stream, options, leaveOpen: false);
    }

    /// <summary>
    /// Reads MEDLINE text from a stream of bytes: UTF-8 unless <see cref="MedlineReaderOptions.Encoding"/> says
    /// otherwise (a byte order mark selects another Unicode encoding); decompressed when it starts with the gzip magic
    /// bytes (1F 8B).
    /// </summary>
    /// <remarks>Damaged gzip data throws <see cref="IOException"/> when it is read.</remarks>
    /// <param name="stream">The stream.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether disposing the reader leaves <paramref name="stream"/> open.</param>
    public static MedlineReader FromStream(Stream stream, MedlineReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= MedlineReaderOptions.Default;
        var reader = new StreamReader(InputStream.Open(stream, leaveOpen), options.Encoding ?? Utf8,
            detectEncodingFromByteOrderMarks: true, bufferSize: StreamBufferSize, leaveOpen: false);
        return new MedlineReader(reader, options, leaveOpen: false);
    }

    /// <summary>Reads MEDLINE text from a <see cref="TextReader"/>.</summary>
    /// <param name="reader">The text reader.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether disposing this reader leaves <paramref name="reader"/> open.</param>
    public static MedlineReader FromReader(TextReader reader, MedlineReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new MedlineReader(reader, options ?? MedlineReaderOptions.Default, leaveOpen);
    }

    /// <summary>Reads the next record.</summary>
    /// <param name="record">The record, when one was read.</param>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    /// <exception cref="MedlineFormatException">In strict mode, the record holds an error.</exception>
    public bool TryRead([NotNullWhen(true)] out MedlineRecord? record)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (true)
        {
            switch (_tokenizer.TryReadRecord(out record))
            {
                case TokenizeStatus.Record when record is not null:
                    ThrowIfStrictError(record);
                    return true;
                case TokenizeStatus.End:
                    return false;
                default:
                    Fill();
                    break;
            }
        }
    }

    /// <summary>Reads the next record asynchronously.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The record, or <see langword="null"/> at the end of the input.</returns>
    /// <exception cref="MedlineFormatException">In strict mode, the record holds an error.</exception>
    public async ValueTask<MedlineRecord?> ReadAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (_tokenizer.TryReadRecord(out var record))
            {
                case TokenizeStatus.Record when record is not null:
                    ThrowIfStrictError(record);
                    return record;
                case TokenizeStatus.End:
                    return null;
                default:
                    await FillAsync(cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    /// <summary>Reads the remaining records one at a time.</summary>
    public IEnumerable<MedlineRecord> ReadRecords()
    {
        while (TryRead(out var record))
        {
            yield return record;
        }
    }

    /// <summary>Reads the remaining records one at a time, asynchronously.</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public async IAsyncEnumerable<MedlineRecord> ReadRecordsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await ReadAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            yield return record;
        }
    }

    // Fills until the chunk cannot take another whole StreamReader buffer: a TextReader may hand out one char per
    // call, and each refill rescans the pending record, so small refills would make reading slow (tiny ones quadratic).
    private static int Wanted(int target) => Math.Min(target, Math.Max(MinimumRead, target - StreamBufferSize));

    private void Fill()
    {
        if (_tokenizer.IsOverText)
        {
            _tokenizer.ExtendWindow();
            return;
        }

        var target = _tokenizer.GetFillTarget();
        var wanted = Wanted(target.Length);
        var total = 0;
        while (total < wanted)
        {
            var read = _reader.Read(target.Span[total..]);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        Complete(total);
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_tokenizer.IsOverText)
        {
            _tokenizer.ExtendWindow();
            return;
        }

        var target = _tokenizer.GetFillTarget();
        var wanted = Wanted(target.Length);
        var total = 0;
        while (total < wanted)
        {
            var read = await _reader.ReadAsync(target[total..], cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        Complete(total);
    }

    // 0 chars read means the end of the input.
    private void Complete(int total) => _tokenizer.Advance(total);

    private void ThrowIfStrictError(MedlineRecord record)
    {
        if (_options.Strict)
        {
            ThrowIfError(record.Diagnostics);
        }
    }

    private static void ThrowIfError(IEnumerable<MedlineDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                throw new MedlineFormatException(diagnostic);
            }
        }
    }

    /// <summary>Releases the buffers and, unless told to leave it open, the underlying reader or stream.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _tokenizer.Dispose();
        if (!_leaveOpen)
        {
            _reader.Dispose();
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
