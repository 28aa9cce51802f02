using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

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
    /// A two-stage pipeline over both cores: one thread reads records and runs <paramref name="prepare"/> on each
    /// (parsing values into a citation, say), the calling thread runs <paramref name="consume"/> on each in input
    /// order (writing JSON, reporting). Between them a bounded queue of small batches keeps memory constant.
    /// </summary>
    /// <returns><see langword="false"/> when <c>--strict</c> stopped the run at an error.</returns>
    public bool Run<T>(
        IReadOnlyList<InputSource> inputs,
        Func<MedlineRecord, T> prepare,
        Func<MedlineRecord, T, IReadOnlyList<MedlineDiagnostic>> consume,
        CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<Batch<T>>(boundedCapacity: QueuedBatches);
        var producer = Task.Run(() => Produce(inputs, prepare, queue, stop.Token), CancellationToken.None);
        var completed = true;
        Exception? producerFailure = null;
        try
        {
            long recordsInFile = 0;
            foreach (var batch in queue.GetConsumingEnumerable(cancellationToken))
            {
                if (batch.First)
                {
                    _reporter.BeginFile();
                    recordsInFile = 0;
                }

                foreach (var (record, prepared) in batch.Items)
                {
                    recordsInFile++;
                    _reporter.CountRecord();
                    var error = false;
                    foreach (var diagnostic in consume(record, prepared))
                    {
                        error |= _reporter.Report(diagnostic);
                    }

                    if (error && _strict)
                    {
                        completed = false;
                        break;
                    }
                }

                if (completed && batch.Failure is { } failure)
                {
                    // --strict: the reader stopped at the first error.
                    _reporter.Report(failure);
                    recordsInFile++;
                    completed = false;
                }

                if (!completed || batch.Last)
                {
                    _reporter.EndFile(batch.Input, recordsInFile);
                }

                if (!completed)
                {
                    break;
                }
            }
        }
        finally
        {
            stop.Cancel();
            try
            {
                producer.Wait(CancellationToken.None);
            }
            catch (AggregateException e)
            {
                producerFailure = e.InnerException;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (completed && producerFailure is not null and not OperationCanceledException)
        {
            // A read failure (exit 3) or a bug in a prepare step; when the run stopped first it no longer matters.
            ExceptionDispatchInfo.Throw(producerFailure);
        }

        return completed;
    }

    private const int BatchSize = 32;
    private const int QueuedBatches = 4;

    private void Produce<T>(
        IReadOnlyList<InputSource> inputs,
        Func<MedlineRecord, T> prepare,
        BlockingCollection<Batch<T>> queue,
        CancellationToken stop)
    {
        try
        {
            foreach (var input in inputs)
            {
                var options = MedlineReaderOptions.Default with { Strict = _strict, SourceName = input.DisplayName };
                using var reader = MedlineReader.FromStream(Open(input), options, leaveOpen: false);
                var batch = new Batch<T>(input, First: true);
                while (true)
                {
                    stop.ThrowIfCancellationRequested();
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
                        queue.Add(batch with { Failure = e.Diagnostic, Last = true }, stop);
                        return;
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        throw new CliException(ExitCodes.InputOutput, $"cannot read {input.DisplayName}: {e.Message}", e);
                    }

                    batch.Items.Add((record, prepare(record)));
                    if (batch.Items.Count == BatchSize)
                    {
                        queue.Add(batch, stop);
                        batch = new Batch<T>(input, First: false);
                    }
                }

                queue.Add(batch with { Last = true }, stop);
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private sealed record Batch<T>(InputSource Input, bool First)
    {
        public List<(MedlineRecord Record, T Prepared)> Items { get; } = new(BatchSize);

        public bool Last { get; init; }

        public MedlineDiagnostic? Failure { get; init; }
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
