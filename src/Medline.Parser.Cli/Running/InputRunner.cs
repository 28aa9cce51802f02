namespace Medline.Parser.Cli.Running;

/// <summary>
/// Reads every input in order through the library's <see cref="MedlineReader"/>, one record at a time (memory does
/// not grow with the input), hands each record to a processor, and reports the diagnostics the processor returns.
/// </summary>
internal sealed class InputRunner
{
    private readonly CliEnvironment _environment;
    private readonly DiagnosticReporter _reporter;
    private readonly ByteCounter _counter;
    private readonly bool _strict;

    public InputRunner(CliEnvironment environment, DiagnosticReporter reporter, ByteCounter counter, bool strict)
    {
        _environment = environment;
        _reporter = reporter;
        _counter = counter;
        _strict = strict;
    }

    /// <summary>
    /// Runs <paramref name="process"/> over every record of every input. It returns the diagnostics to report for the
    /// record (the reader's, or those of the typed citation, which include them).
    /// </summary>
    /// <returns><see langword="false"/> when <c>--strict</c> stopped the run at an error.</returns>
    public bool Run(
        IReadOnlyList<InputSource> inputs,
        Func<MedlineRecord, IReadOnlyList<MedlineDiagnostic>> process,
        CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            if (!RunOne(input, process, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private bool RunOne(
        InputSource input,
        Func<MedlineRecord, IReadOnlyList<MedlineDiagnostic>> process,
        CancellationToken cancellationToken)
    {
        _reporter.BeginFile();
        var options = MedlineReaderOptions.Default with { Strict = _strict, SourceName = input.DisplayName };
        long records = 0;
        using (var reader = MedlineReader.FromStream(Open(input), options, leaveOpen: false))
        {
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
                    // --strict: the reader stopped at the first error.
                    _reporter.Report(e.Diagnostic);
                    _reporter.EndFile(input, records + 1);
                    return false;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliException(ExitCodes.InputOutput, $"cannot read {input.DisplayName}: {e.Message}", e);
                }

                records++;
                _reporter.CountRecord();
                var stop = false;
                foreach (var diagnostic in process(record))
                {
                    stop |= _reporter.Report(diagnostic) && _strict;
                }

                if (stop)
                {
                    _reporter.EndFile(input, records);
                    return false;
                }
            }
        }

        _reporter.EndFile(input, records);
        return true;
    }

    private CountingStream Open(InputSource input)
    {
        if (input.Path is null)
        {
            return new CountingStream(new KeepOpenStream(_environment.OpenStandardInput()), _counter);
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

    /// <summary>Standard input is not ours to close.</summary>
    private sealed class KeepOpenStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
