using System.Globalization;
using System.Text;
using Medline.Parser.Writing;

namespace Medline.Parser;

/// <summary>
/// Writes MEDLINE/PubMed tagged text: records exactly as they were read, and typed citations in PubMed's canonical
/// layout. The pair of <see cref="MedlineReader"/>.
/// </summary>
/// <example>
/// <code>
/// using var reader = MedlineReader.FromFile("export.nbib");
/// using var writer = MedlineWriter.ToFile("copy.nbib");
/// writer.WriteRecords(reader);                       // the file's text back, byte for byte
///
/// using var source = MedlineReader.FromFile("export.nbib");
/// using var canonical = MedlineWriter.ToFile("clean.txt", new MedlineWriterOptions { NewLine = "\r\n" });
/// foreach (var citation in source.ReadCitations())
/// {
///     canonical.Write(citation);                     // tag order, wrapping and grouping as PubMed writes them
/// }
/// </code>
/// </example>
/// <remarks>
/// Text is laid out in a pooled buffer and handed to the target in blocks; call <see cref="Flush"/> or dispose the
/// writer to write the rest. A writer is not thread-safe; use one per thread.
/// </remarks>
public sealed class MedlineWriter : IDisposable, IAsyncDisposable
{
    // Chars laid out before they are handed to the target: large enough that a write per block costs nothing.
    private const int BlockSize = 64 * 1024;

    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly TextWriter _writer;
    private readonly bool _leaveOpen;
    private readonly TextBuffer _buffer;
    private Written _last;
    private bool _atLineStart = true;
    private string? _lastSource;
    private bool _disposed;

    private MedlineWriter(TextWriter writer, MedlineWriterOptions options, bool leaveOpen)
    {
        _writer = writer;
        _leaveOpen = leaveOpen;
        Options = options;
        _buffer = new TextBuffer(options.NewLine, options.LineWidth, BlockSize + (BlockSize / 4));
    }

    private enum Written
    {
        Nothing,
        Record,
        Citation,
    }

    /// <summary>The options this writer uses.</summary>
    public MedlineWriterOptions Options { get; }

    /// <summary>
    /// How many fields of the citations written so far could not be written: an
    /// <see cref="MedlineCitation.OtherFields"/> entry with an empty tag (a malformed or orphan line as read), which no
    /// tag line can hold. Such a field is left out of the citation's text; 0 for citations without one.
    /// </summary>
    public long UnwrittenFieldCount { get; private set; }

    /// <summary>Writes to a file, created or overwritten; UTF-8 without a byte order mark unless <see cref="MedlineWriterOptions.Encoding"/> says otherwise.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Writing options, or <see langword="null"/> for <see cref="MedlineWriterOptions.Default"/>.</param>
    /// <exception cref="IOException">The file cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static MedlineWriter ToFile(string path, MedlineWriterOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous);
        return ToStream(stream, options, leaveOpen: false);
    }

    /// <summary>Writes to a stream of bytes, encoded as <see cref="MedlineWriterOptions.Encoding"/> says (UTF-8 by default).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">Writing options, or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether disposing the writer leaves <paramref name="stream"/> open.</param>
    public static MedlineWriter ToStream(Stream stream, MedlineWriterOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= MedlineWriterOptions.Default;
        var writer = new StreamWriter(stream, options.Encoding ?? s_utf8, bufferSize: BlockSize, leaveOpen);
        return new MedlineWriter(writer, options, leaveOpen: false);
    }

    /// <summary>Writes to a <see cref="TextWriter"/>; <see cref="MedlineWriterOptions.Encoding"/> does not apply.</summary>
    /// <param name="writer">The text writer.</param>
    /// <param name="options">Writing options, or <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether disposing this writer leaves <paramref name="writer"/> open.</param>
    public static MedlineWriter ToTextWriter(TextWriter writer, MedlineWriterOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new MedlineWriter(writer, options ?? MedlineWriterOptions.Default, leaveOpen);
    }

    /// <summary>The citations in the canonical layout, as one string.</summary>
    /// <param name="citations">The citations.</param>
    /// <param name="options">Writing options, or <see langword="null"/> for the defaults.</param>
    public static string ToText(IEnumerable<MedlineCitation> citations, MedlineWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(citations);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = ToTextWriter(text, options, leaveOpen: true))
        {
            foreach (var citation in citations)
            {
                writer.Write(citation);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes a record exactly as it was read: its <see cref="MedlineRecord.LeadingTrivia"/> and its
    /// <see cref="MedlineRecord.RawText"/>, line ends and trailing spaces included. After a citation, a record with
    /// no leading blank line gets one, so the two stay apart.
    /// </summary>
    /// <param name="record">A record read by <see cref="MedlineReader"/>.</param>
    public void Write(MedlineRecord record)
    {
        AddRecord(record);
        FlushIfFull();
    }

    /// <summary>
    /// Writes every remaining record of a reader exactly as read, then the blank lines after the last one
    /// (<see cref="MedlineReader.TrailingTrivia"/>): the input's text back, the byte order mark aside (see
    /// <see cref="MedlineWriterOptions.Encoding"/>).
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <returns>How many records were written.</returns>
    public int WriteRecords(MedlineReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = 0;
        while (reader.TryRead(out var record))
        {
            Write(record);
            count++;
        }

        AddTrailingTrivia(reader.TrailingTrivia);
        return count;
    }

    /// <summary>
    /// Writes a citation in PubMed's canonical layout (see docs/writing.md): the tags in NLM's order, each padded to
    /// four columns and followed by <c>- </c>, long values wrapped at a space onto lines indented six spaces, the
    /// author block in byline order with each author's identifiers and affiliations, and a blank line before it when
    /// something was written before. Every value is written from the model (<c>Raw</c> of typed values), so a
    /// citation built in code needs no text as written.
    /// </summary>
    /// <param name="citation">The citation.</param>
    /// <exception cref="ArgumentException">A value holds a line break; nothing of the citation is written.</exception>
    public void Write(MedlineCitation citation)
    {
        AddCitation(citation);
        FlushIfFull();
    }

    /// <summary>Writes a record exactly as it was read (see <see cref="Write(MedlineRecord)"/>).</summary>
    /// <param name="record">A record read by <see cref="MedlineReader"/>.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    public ValueTask WriteAsync(MedlineRecord record, CancellationToken cancellationToken = default)
    {
        AddRecord(record);
        return FlushIfFullAsync(cancellationToken);
    }

    /// <summary>Writes a citation in the canonical layout (see <see cref="Write(MedlineCitation)"/>).</summary>
    /// <param name="citation">The citation.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <exception cref="ArgumentException">A value holds a line break; nothing of the citation is written.</exception>
    public ValueTask WriteAsync(MedlineCitation citation, CancellationToken cancellationToken = default)
    {
        AddCitation(citation);
        return FlushIfFullAsync(cancellationToken);
    }

    /// <summary>Writes every remaining record of a reader exactly as read, then its trailing blank lines (see <see cref="WriteRecords"/>).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="cancellationToken">Stops reading and writing.</param>
    /// <returns>How many records were written.</returns>
    public async Task<int> WriteRecordsAsync(MedlineReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            await WriteAsync(record, cancellationToken).ConfigureAwait(false);
            count++;
        }

        AddTrailingTrivia(reader.TrailingTrivia);
        return count;
    }

    /// <summary>Hands everything written so far to the target and flushes it.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        WriteBlock();
        _writer.Flush();
    }

    /// <summary>Hands everything written so far to the target and flushes it, asynchronously.</summary>
    /// <param name="cancellationToken">Stops the flush.</param>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await WriteBlockAsync(cancellationToken).ConfigureAwait(false);
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private void AddRecord(MedlineRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var trivia = record.LeadingTrivia;
        // Records of one input go back exactly as read (a lost blank line stays lost); the first record of another
        // input, or one after a citation, is kept apart by a blank line when nothing separates it.
        var newSource = _last == Written.Record && !string.Equals(record.Source, _lastSource, StringComparison.Ordinal);
        if ((_last == Written.Citation || newSource) && trivia.Length == 0)
        {
            if (!_atLineStart)
            {
                _buffer.AppendNewLine();
            }

            _buffer.AppendNewLine();
        }

        _lastSource = record.Source;

        var raw = record.RawMemory.Span;
        _buffer.Append(trivia);
        _buffer.Append(raw);
        if (raw.Length > 0)
        {
            _atLineStart = raw[^1] is '\n' or '\r';
        }

        _last = Written.Record;
    }

    private void AddTrailingTrivia(string trivia)
    {
        _buffer.Append(trivia);
        if (trivia.Length > 0)
        {
            _atLineStart = true;
        }
    }

    private void AddCitation(MedlineCitation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var start = _buffer.Length;
        try
        {
            if (!_atLineStart)
            {
                _buffer.AppendNewLine();
            }

            if (_last != Written.Nothing)
            {
                _buffer.AppendNewLine();
            }

            UnwrittenFieldCount += CitationLayout.Write(_buffer, citation);
        }
        catch
        {
            _buffer.Truncate(start);
            throw;
        }

        _atLineStart = true;
        _last = Written.Citation;
    }

    private void FlushIfFull()
    {
        if (_buffer.Length >= BlockSize)
        {
            WriteBlock();
        }
    }

    private ValueTask FlushIfFullAsync(CancellationToken cancellationToken) =>
        _buffer.Length >= BlockSize ? new ValueTask(WriteBlockAsync(cancellationToken)) : ValueTask.CompletedTask;

    private void WriteBlock()
    {
        if (_buffer.Length > 0)
        {
            _writer.Write(_buffer.Written.Span);
            _buffer.Truncate(0);
        }
    }

    private async Task WriteBlockAsync(CancellationToken cancellationToken)
    {
        if (_buffer.Length > 0)
        {
            await _writer.WriteAsync(_buffer.Written, cancellationToken).ConfigureAwait(false);
            _buffer.Truncate(0);
        }
    }

    /// <summary>Writes what is left, flushes, and releases the buffer and, unless told to leave it open, the target.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            WriteBlock();
            _writer.Flush();
        }
        finally
        {
            _disposed = true;
            _buffer.Dispose();
            if (!_leaveOpen)
            {
                _writer.Dispose();
            }
        }
    }

    /// <summary>Writes what is left, flushes, and releases the buffer and, unless told to leave it open, the target.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            await WriteBlockAsync(CancellationToken.None).ConfigureAwait(false);
            await _writer.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _disposed = true;
            _buffer.Dispose();
            if (!_leaveOpen)
            {
                await _writer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
