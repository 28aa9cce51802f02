namespace Medline.Parser.Export;

/// <summary>
/// Writes citations to a stream in a reference or table format (<see cref="ExportFormat"/>), one after another,
/// holding one batch in memory at a time. <see cref="Prepare"/> may run on several threads at once (each on its own
/// batch); <see cref="Append"/>, <see cref="Write"/> and <see cref="Complete"/> run on one thread, in output order.
/// </summary>
/// <example>
/// <code>
/// using var exporter = CitationExporter.ToFile("out.ris", ExportFormat.Ris);
/// foreach (var citation in MedlineReader.ReadCitations("export.nbib"))
///     exporter.Write(citation);
/// exporter.Complete();
/// </code>
/// </example>
public abstract class CitationExporter : IDisposable
{
    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private bool _completed;

    private protected CitationExporter(Stream output, bool leaveOpen)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _leaveOpen = leaveOpen;
    }

    /// <summary>The format written.</summary>
    public abstract ExportFormat Format { get; }

    /// <summary>How many citations were appended.</summary>
    public long Count { get; private set; }

    /// <summary>The stream written to.</summary>
    private protected Stream Output => _output;

    /// <summary>Whether disposing leaves the streams open: the output and the long tables' streams alike.</summary>
    private protected bool LeaveOpen => _leaveOpen;

    /// <summary>An exporter writing <paramref name="format"/> to <paramref name="output"/>.</summary>
    /// <param name="output">The stream to write to.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">How to write; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="leaveOpen">
    /// Whether disposing the exporter leaves <paramref name="output"/> (and the streams of <see cref="ExportOptions.TableStream"/>) open.
    /// </param>
    public static CitationExporter Create(Stream output, ExportFormat format, ExportOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= ExportOptions.Default;
        return format switch
        {
            ExportFormat.Csv => new CsvExporter(output, options, leaveOpen),
            ExportFormat.CslJson => new CslJsonExporter(output, leaveOpen),
            ExportFormat.Parquet => new ParquetExporter(output, options, leaveOpen),
            ExportFormat.Ris => new RisExporter(output, leaveOpen),
            ExportFormat.BibTex => new BibTexExporter(output, leaveOpen),
            ExportFormat.BibLaTeX => new BibLaTeXExporter(output, leaveOpen),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not an export format"),
        };
    }

    /// <summary>An exporter writing <paramref name="format"/> to a new file at <paramref name="path"/> (replaced if it exists).</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">How to write; <see cref="ExportOptions.Default"/> when <see langword="null"/>.</param>
    public static CitationExporter ToFile(string path, ExportFormat format, ExportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        try
        {
            return Create(stream, format, (options ?? ExportOptions.Default).ForFile(path));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Makes <paramref name="citations"/> ready to append. Thread-safe: call it on any thread, one batch each.</summary>
    /// <param name="citations">The citations, in output order.</param>
    public ExportBatch Prepare(IReadOnlyList<MedlineCitation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        return PrepareCore(citations);
    }

    /// <summary>Adds a prepared batch to the output, after every batch appended before it. Takes ownership of <paramref name="batch"/>.</summary>
    /// <param name="batch">A batch from this exporter's <see cref="Prepare"/>.</param>
    public void Append(ExportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ObjectDisposedException.ThrowIf(_completed, this);
        using (batch)
        {
            AppendCore(batch);
            Count += batch.Count;
        }
    }

    /// <summary>Writes one citation.</summary>
    /// <param name="citation">The citation.</param>
    public void Write(MedlineCitation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        Append(Prepare([citation]));
    }

    /// <summary>Ends the output (a closing bracket, a file footer) and flushes it. Nothing can be written after it.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        CompleteCore();
        _output.Flush();
        _completed = true;
    }

    /// <summary>Releases the exporter and, unless it was made to leave it open, the stream. Does not complete the output.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    private protected abstract ExportBatch PrepareCore(IReadOnlyList<MedlineCitation> citations);

    private protected abstract void AppendCore(ExportBatch batch);

    private protected abstract void CompleteCore();

    /// <summary>Releases the exporter.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _output.Dispose();
        }
    }
}
