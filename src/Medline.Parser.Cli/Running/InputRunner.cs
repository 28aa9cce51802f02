using Medline.Parser.Serialization;

namespace Medline.Parser.Cli.Running;

/// <summary>
/// Reads every input in order through the library (memory does not grow with the input), hands the records to the
/// command's work, and reports the diagnostics the work returns: in parallel by chunks of records
/// (<see cref="RunChunked{TResult}"/>), or record by record for <c>--strict</c> (<see cref="Run{T}"/>).
/// </summary>
internal sealed class InputRunner
{
    private readonly CliEnvironment _environment;
    private readonly DiagnosticReporter _reporter;
    private readonly ByteCounter _counter;
    private readonly bool _strict;
    private readonly MedlineReaderOptions _reading;

    /// <summary>
    /// What to do with an input that is JSON (<see cref="JsonInput.Detect"/>); without it, every input is read as
    /// MEDLINE text.
    /// </summary>
    public JsonWork? Json { get; set; }

    /// <summary>Whether a JSON input had an error: its output is incomplete, which a JSON input never may be (issue 10 §4).</summary>
    public bool JsonFailed { get; private set; }

    public InputRunner(CliEnvironment environment, DiagnosticReporter reporter, ByteCounter counter, bool strict, MedlineReaderOptions? reading = null)
    {
        _reading = reading ?? MedlineReaderOptions.Default; // --encoding, --no-recover
        _environment = environment;
        _reporter = reporter;
        _counter = counter;
        _strict = strict;
    }

    /// <summary>
    /// Runs <paramref name="process"/> over every record of every input, in input order. It returns the diagnostics
    /// to report for the record (the reader's, or those of the typed citation, which include them).
    /// </summary>
    /// <returns><see langword="false"/> when <c>--strict</c> stopped the run at an error.</returns>
    public bool Run(
        IReadOnlyList<InputSource> inputs,
        Func<MedlineRecord, IReadOnlyList<MedlineDiagnostic>> process,
        CancellationToken cancellationToken) =>
        Run(inputs, static record => record, (_, record) => process(record), cancellationToken);

    /// <summary>
    /// Runs <paramref name="prepare"/> then <paramref name="consume"/> on each record in input order, on the calling
    /// thread, stopping at the first error under <c>--strict</c> (the reader throws at it; <paramref name="consume"/>
    /// reports value errors). The parallel path for everything else is <see cref="RunChunked{TResult}"/>.
    /// </summary>
    /// <returns><see langword="false"/> when <c>--strict</c> stopped the run at an error.</returns>
    public bool Run<T>(
        IReadOnlyList<InputSource> inputs,
        Func<MedlineRecord, T> prepare,
        Func<MedlineRecord, T, IReadOnlyList<MedlineDiagnostic>> consume,
        CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            _reporter.BeginFile();
            Stream stream = Open(input);
            if (IsJson(input, ref stream))
            {
                if (!RunJson(input, stream, cancellationToken))
                {
                    return false;
                }

                continue;
            }

            long recordsInFile = 0;
            var options = _reading with { Strict = _strict, SourceName = input.DisplayName };
            using var reader = MedlineReader.FromStream(stream, options, leaveOpen: false);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                MedlineRecord? record;
                try
                {
                    if (!reader.TryRead(out record))
                    {
                        break;
                    }
                }
                catch (MedlineFormatException e)
                {
                    // --strict: the reader stopped at the first error in the lines (the record is not counted).
                    _reporter.Report(e.Diagnostic);
                    _reporter.EndFile(input, recordsInFile + 1);
                    return false;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliException(ExitCodes.InputOutput, $"cannot read {input.DisplayName}: {e.Message}", e);
                }

                recordsInFile++;
                _reporter.CountRecord();
                var error = false;
                foreach (var diagnostic in consume(record, prepare(record)))
                {
                    error |= _reporter.Report(diagnostic);
                }

                if (error && _strict)
                {
                    _reporter.EndFile(input, recordsInFile);
                    return false;
                }
            }

            _reporter.EndFile(input, recordsInFile);
        }

        return true;
    }

    /// <summary>
    /// Parses every input on all cores: each input is cut into chunks of whole records
    /// (<see cref="MedlineChunkReader"/>), <paramref name="process"/> runs on the chunks in parallel
    /// (<see cref="OrderedChunkPipeline{TResult}"/>), and its results come back to <paramref name="consume"/> in input
    /// order, one at a time, after their records are counted and their diagnostics reported. Records and citations
    /// never leave the worker that made them, so they die young; at most
    /// <see cref="OrderedChunkPipeline{TResult}.Window"/> chunks are held at once. Not for <c>--strict</c>, which
    /// stops at the first error in input order: use <see cref="Run{T}"/>.
    /// </summary>
    public void RunChunked<TResult>(
        IReadOnlyList<InputSource> inputs,
        Func<MedlineChunk, TResult> process,
        Action<TResult> consume,
        CancellationToken cancellationToken)
        where TResult : IChunkResult
    {
        foreach (var input in inputs)
        {
            _reporter.BeginFile();
            Stream stream = Open(input);
            if (IsJson(input, ref stream))
            {
                RunJson(input, stream, cancellationToken); // one object at a time: JSON is not cut into chunks
                continue;
            }

            long recordsInFile = 0;
            var options = _reading with { SourceName = input.DisplayName };
            using var chunks = MedlineChunkReader.FromStream(stream, options); // DefaultStreamChunkLength: 64 KiB
            OrderedChunkPipeline<TResult>.Run(
                () =>
                {
                    try
                    {
                        return chunks.TryRead(out var chunk) ? chunk : null;
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        throw new CliException(ExitCodes.InputOutput, $"cannot read {input.DisplayName}: {e.Message}", e);
                    }
                },
                process,
                result =>
                {
                    _reporter.CountRecords(result.Records);
                    foreach (var diagnostic in result.Diagnostics)
                    {
                        _reporter.Report(diagnostic);
                    }

                    consume(result);
                    recordsInFile += result.Records;
                },
                LargeChunk,
                cancellationToken);
            _reporter.EndFile(input, recordsInFile);
        }
    }

    /// <summary>
    /// A chunk far longer than usual (a record of megabytes) is parsed alone, so that only one such chunk and its
    /// JSON are in memory at a time.
    /// </summary>
    private const int LargeChunk = 16 * MedlineChunkReader.DefaultStreamChunkLength;

    private bool IsJson(InputSource input, ref Stream stream)
    {
        if (Json is null)
        {
            return false;
        }

        try
        {
            return JsonInput.Detect(input, ref stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream.Dispose();
            throw new CliException(ExitCodes.InputOutput, $"cannot read {input.DisplayName}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Reads a JSON input with the library's reader on the calling thread, in input order: the reader's diagnostics
    /// (skipped objects) are reported before each object and at the end, then the object's own. Any error marks the
    /// run <see cref="JsonFailed"/>; under <c>--strict</c> the first one stops it.
    /// </summary>
    /// <returns><see langword="false"/> when <c>--strict</c> stopped the run at an error.</returns>
    private bool RunJson(InputSource input, Stream stream, CancellationToken cancellationToken)
    {
        long recordsInFile = 0;
        var errors = _reporter.Errors;
        var stopped = false;
        var options = _reading with { Strict = _strict, SourceName = input.DisplayName };
        using (var reader = MedlineJsonReader.FromStream(stream, options, leaveOpen: false))
        {
            try
            {
                foreach (var diagnostics in Json!(reader))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    ReportAll(reader.Diagnostics);
                    recordsInFile++;
                    _reporter.CountRecord();
                    ReportAll(diagnostics);
                }

                ReportAll(reader.Diagnostics);
            }
            catch (MedlineFormatException)
            {
                ReportAll(reader.Diagnostics); // --strict: the error that stopped the reader is the last of these
                stopped = true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.InputOutput, $"cannot read {input.DisplayName}: {e.Message}", e);
            }
        }

        JsonFailed |= _reporter.Errors > errors;
        _reporter.EndFile(input, recordsInFile, warnIfEmpty: false); // the reader says so itself (MED1011)
        return !stopped;
    }

    private void ReportAll(IReadOnlyList<MedlineDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _reporter.Report(diagnostic);
        }
    }

    private CountingStream Open(InputSource input)
    {
        if (input.Path is null)
        {
            return new CountingStream(_environment.OpenStandardInput(), _counter, leaveOpen: true);
        }

        try
        {
            // The reader buffers (64 KiB); the file stream need not.
            var stream = new FileStream(input.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1,
                FileOptions.SequentialScan);
            return new CountingStream(stream, _counter);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "not found" : e.Message;
            throw new CliException(ExitCodes.InputOutput, $"cannot read {input.DisplayName}: {reason}", e);
        }
    }
}
