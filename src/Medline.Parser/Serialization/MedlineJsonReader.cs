using System.Runtime.CompilerServices;
using System.Text;

namespace Medline.Parser.Serialization;

/// <summary>
/// Reads our JSON back: the array <c>medline convert --format json</c> writes, NDJSON (one object per line), or a single
/// object, told apart by the first character; as typed citations (<see cref="ReadCitations"/>) or, from
/// <c>--raw</c> JSON, as records (<see cref="ReadRecords"/>). One object is held at a time, whatever the size of the input.
/// </summary>
/// <remarks>
/// Bad JSON never stops reading unless <see cref="MedlineReaderOptions.Strict"/> is set: each problem becomes a
/// <see cref="MedlineDiagnostic"/> (codes <c>MED4xxx</c>) naming the line and column of the JSON text and the JSON path
/// (<c>$[3].authors[0].lastName</c>); an object with an error is skipped and reading goes on with the next one. The
/// warnings of an object that is read (an unknown property) are in its <see cref="MedlineCitation.Diagnostics"/> or
/// <see cref="MedlineRecord.Diagnostics"/>; the rest (the errors of skipped objects, broken framing) are in
/// <see cref="Diagnostics"/> until the next object is asked for, so memory does not grow with the input. A UTF-8 byte order mark is skipped; gzip input is decompressed. A reader
/// is not thread-safe.
/// </remarks>
public sealed partial class MedlineJsonReader : IDisposable, IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly MedlineReaderOptions _options;
    private readonly List<MedlineDiagnostic> _diagnostics = [];
    private bool _hasErrors;
    private bool _disposed;

    private MedlineJsonReader(Stream stream, MedlineReaderOptions options)
    {
        _stream = stream;
        _options = options;
    }

    /// <summary>The options this reader uses (<see cref="MedlineReaderOptions.Strict"/> and <see cref="MedlineReaderOptions.SourceName"/>).</summary>
    public MedlineReaderOptions Options => _options;

    /// <summary>
    /// The problems found while looking for the object just returned (or, once reading is over, after the last one)
    /// that belong to no returned object: the errors and warnings of skipped objects and of the framing, in input
    /// order. Cleared when the next object is asked for: read it after each object, and once at the end.
    /// </summary>
    public IReadOnlyList<MedlineDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Whether any error was found so far, that is, an object was skipped (or the input is not JSON).</summary>
    public bool HasErrors => _hasErrors;

    /// <summary>Reads JSON held in a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for the defaults.</param>
    public static MedlineJsonReader FromText(string json, MedlineReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new MedlineJsonReader(new MemoryStream(Encoding.UTF8.GetBytes(json), writable: false), options ?? MedlineReaderOptions.Default);
    }

    /// <summary>Reads a JSON or NDJSON file (UTF-8; gzip-compressed when it starts with the gzip magic bytes).</summary>
    /// <param name="path">The file's path; it becomes <see cref="MedlineReaderOptions.SourceName"/> unless one is set.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static MedlineJsonReader FromFile(string path, MedlineReaderOptions? options = null)
    {
        var stream = InputStream.OpenFile(path, ref options);
        return new MedlineJsonReader(InputStream.Open(stream, leaveOpen: false), options);
    }

    /// <summary>Reads JSON from a stream of UTF-8 bytes (decompressed when it starts with the gzip magic bytes).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">Reading options, or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether disposing the reader leaves <paramref name="stream"/> open.</param>
    public static MedlineJsonReader FromStream(Stream stream, MedlineReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new MedlineJsonReader(InputStream.Open(stream, leaveOpen), options ?? MedlineReaderOptions.Default);
    }

    /// <summary>Reads the citations one at a time; objects with errors are skipped (see <see cref="Diagnostics"/>).</summary>
    /// <exception cref="MedlineFormatException">In strict mode, at the first error.</exception>
    public IEnumerable<MedlineCitation> ReadCitations()
    {
        while (TryNext(ReadCitation, out var citation))
        {
            yield return citation;
        }
    }

    /// <summary>Reads the citations one at a time, asynchronously; objects with errors are skipped.</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <exception cref="MedlineFormatException">In strict mode, at the first error.</exception>
    public async IAsyncEnumerable<MedlineCitation> ReadCitationsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await NextAsync(ReadCitation, cancellationToken).ConfigureAwait(false) is { } citation)
        {
            yield return citation;
        }
    }

    /// <summary>
    /// Reads the records of <c>--raw</c> JSON (<c>{"fields":[{"tag":…,"value":…,"line":…},…]}</c>, see
    /// <see cref="MedlineJson.WriteRecord"/>) one at a time: each field has its tag, value and line; its text is made
    /// again as one tag line (<c>TAG - value</c>), and a field with an empty tag is a malformed line.
    /// </summary>
    /// <exception cref="MedlineFormatException">In strict mode, at the first error.</exception>
    public IEnumerable<MedlineRecord> ReadRecords()
    {
        while (TryNext(ReadRecord, out var record))
        {
            yield return record;
        }
    }

    /// <summary>Reads the records of <c>--raw</c> JSON one at a time, asynchronously (see <see cref="ReadRecords"/>).</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <exception cref="MedlineFormatException">In strict mode, at the first error.</exception>
    public async IAsyncEnumerable<MedlineRecord> ReadRecordsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await NextAsync(ReadRecord, cancellationToken).ConfigureAwait(false) is { } record)
        {
            yield return record;
        }
    }

    // Reads one element as a T; null when it had an error (reported).
    private delegate T? ElementReader<T>(ReadOnlySpan<byte> element, SourcePosition start, string path)
        where T : class;

    private bool TryNext<T>(ElementReader<T> read, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? item)
        where T : class
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _diagnostics.Clear();
        while (true)
        {
            switch (NextFrame(out var error))
            {
                case FrameStatus.NeedMore:
                    Fill();
                    break;
                case FrameStatus.Error:
                    Report(error!);
                    break;
                case FrameStatus.Element:
                    item = read(ElementBytes, _elementPosition, Path(_elementIndex - 1));
                    if (item is not null)
                    {
                        return true;
                    }

                    break;
                default:
                    item = null;
                    return false;
            }
        }
    }

    private async ValueTask<T?> NextAsync<T>(ElementReader<T> read, CancellationToken cancellationToken)
        where T : class
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _diagnostics.Clear();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (NextFrame(out var error))
            {
                case FrameStatus.NeedMore:
                    await FillAsync(cancellationToken).ConfigureAwait(false);
                    break;
                case FrameStatus.Error:
                    Report(error!);
                    break;
                case FrameStatus.Element:
                    if (read(ElementBytes, _elementPosition, Path(_elementIndex - 1)) is { } item)
                    {
                        return item;
                    }

                    break;
                default:
                    return null;
            }
        }
    }

    private void Report(MedlineDiagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        _hasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
        if (_options.Strict && diagnostic.Severity == DiagnosticSeverity.Error)
        {
            throw new MedlineFormatException(diagnostic);
        }
    }

    private MedlineDiagnostic Diagnostic(DiagnosticSeverity severity, string code, SourcePosition position, string message) =>
        new(severity, code, message, position, _options.SourceName);

    private MedlineDiagnostic Syntax(SourcePosition position, string message) =>
        Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.JsonSyntax, position, message);

    /// <summary>Releases the buffer and, unless told to leave it open, the stream.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stream.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stream.DisposeAsync().ConfigureAwait(false);
    }
}
