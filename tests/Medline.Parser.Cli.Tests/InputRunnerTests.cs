using System.Globalization;
using System.Collections.Concurrent;
using Medline.Parser.Cli.Running;

namespace Medline.Parser.Cli.Tests;

/// <summary>
/// The parallel path of every command: chunks processed on all cores, results handed on in input order, memory
/// bounded, failures and cancellation stopping every worker.
/// </summary>
public sealed class InputRunnerTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A reader of <paramref name="count"/> one-record chunks.</summary>
    private static Func<MedlineChunk?> Chunks(int count, out MedlineChunkReader reader)
    {
        var text = string.Concat(Enumerable.Range(1, count).Select(i => $"PMID- {i}\nTI  - Title {i}\n\n"));
        var chunks = reader = MedlineChunkReader.FromReader(new StringReader(text), chunkLength: 1);
        return () => chunks.TryRead(out var chunk) ? chunk : null;
    }

    private static string Pmid(MedlineChunk chunk)
    {
        using var reader = chunk.CreateReader();
        return reader.ReadRecords().Single().Pmid!;
    }

    [Fact]
    public async Task Chunks_are_spread_over_all_cores_and_not_run_one_by_one_on_the_calling_thread()
    {
        // Two bugs: the command's loop runs on a pool thread (System.CommandLine's async action); Task.Run put each
        // chunk in that thread's local queue and waiting for the oldest chunk ran it inline, one chunk at a time on the
        // loop's thread. Then helpers queued to the pool waited for a free pool thread: run alone in a test host,
        // the calling thread did every chunk before one came. Helpers are now threads of their own.
        var record = File.ReadAllText(TestPaths.Sample);
        var input = _dir.File("many.nbib", string.Concat(Enumerable.Repeat(record + "\n", 200)));
        var environment = new CliEnvironment { OpenStandardInput = () => Stream.Null, OpenStandardOutput = () => Stream.Null };
        var reporter = new DiagnosticReporter(_ => { }, quiet: true, verbose: false);
        var runner = new InputRunner(environment, reporter, new ByteCounter(), strict: false);
        var byThread = new ConcurrentDictionary<int, int>();
        var records = 0;

        await Task.Run(() => runner.RunChunked(
            [new InputSource(input, input, new FileInfo(input).Length)],
            chunk =>
            {
                byThread.AddOrUpdate(Environment.CurrentManagedThreadId, 1, (_, n) => n + 1);
                Thread.Sleep(2); // long enough that every worker gets chunks
                return RecordChunk<bool>.Process(chunk, r => (true, r.Diagnostics));
            },
            chunk => records += chunk.Records,
            CancellationToken.None));

        records.Should().Be(200);
        reporter.Records.Should().Be(200);
        byThread.Values.Sum().Should().BeGreaterThan(10, "the input is cut into many chunks");
        byThread.Should().HaveCount(OrderedChunkPipeline<bool>.Workers, "every core takes chunks");
    }

    [Fact]
    public void Each_chunk_is_disposed_once_processed_so_its_buffers_serve_the_chunks_after_it()
    {
        var read = Chunks(40, out var reader);
        using var _ = reader;
        var processed = new ConcurrentBag<MedlineChunk>();
        var consumed = new List<string>();

        OrderedChunkPipeline<string>.Run(read, chunk => { processed.Add(chunk); return Pmid(chunk); }, consumed.Add, int.MaxValue, CancellationToken.None);

        consumed.Should().Equal(Enumerable.Range(1, 40).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        processed.Should().HaveCount(40).And.OnlyContain(c => IsDisposed(c));
    }

    private static bool IsDisposed(MedlineChunk chunk)
    {
        try
        {
            chunk.CreateReader().Dispose();
            return false;
        }
        catch (ObjectDisposedException)
        {
            return true;
        }
    }

    [Fact]
    public void A_one_chunk_input_is_processed_on_the_calling_thread()
    {
        var read = Chunks(1, out var reader);
        using var _ = reader;
        var threads = new ConcurrentBag<Thread>();

        OrderedChunkPipeline<string>.Run(read, chunk => { threads.Add(Thread.CurrentThread); return Pmid(chunk); }, _ => { }, int.MaxValue, CancellationToken.None);

        threads.Should().Equal(Thread.CurrentThread);
    }

    [Fact]
    public void Results_are_handed_on_in_input_order_whatever_order_they_finish_in()
    {
        var read = Chunks(300, out var reader);
        using var _ = reader;
        var consumed = new List<string>();
        var random = new ThreadLocal<Random>(() => new Random(Environment.CurrentManagedThreadId));

        OrderedChunkPipeline<string>.Run(
            read,
            chunk =>
            {
                Thread.SpinWait(random.Value!.Next(0, 20_000));
                return Pmid(chunk);
            },
            consumed.Add,
            largeChunk: int.MaxValue,
            CancellationToken.None);

        consumed.Should().Equal(Enumerable.Range(1, 300).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void No_more_than_the_window_of_chunks_is_read_and_not_yet_handed_on()
    {
        var chunks = Chunks(500, out var reader);
        using var _ = reader;
        var held = 0;
        var most = 0;

        OrderedChunkPipeline<string>.Run(
            () =>
            {
                var chunk = chunks();
                if (chunk is not null)
                {
                    most = Math.Max(most, Interlocked.Increment(ref held));
                }

                return chunk;
            },
            Pmid,
            _ => Interlocked.Decrement(ref held),
            largeChunk: int.MaxValue,
            CancellationToken.None);

        most.Should().BeLessThanOrEqualTo(OrderedChunkPipeline<string>.Window);
        held.Should().Be(0);
    }

    [Fact]
    public void A_large_chunk_is_processed_before_any_other_chunk_is_read()
    {
        var chunks = Chunks(100, out var reader);
        using var _ = reader;
        var inLarge = 0;
        var readDuringLarge = 0;

        OrderedChunkPipeline<string>.Run(
            () =>
            {
                readDuringLarge += Volatile.Read(ref inLarge);
                return chunks();
            },
            chunk =>
            {
                var pmid = Pmid(chunk);
                var large = pmid.EndsWith('0'); // every tenth chunk counts as large
                if (large)
                {
                    Volatile.Write(ref inLarge, 1);
                    Thread.Sleep(5);
                    Volatile.Write(ref inLarge, 0);
                }

                return pmid;
            },
            _ => { },
            largeChunk: 0, // every chunk is "large": processed while no other is read
            CancellationToken.None);

        readDuringLarge.Should().Be(0);
    }

    [Fact]
    public void The_first_failure_stops_every_worker_and_is_thrown()
    {
        var read = Chunks(1000, out var reader);
        using var _ = reader;
        var processed = 0;

        var act = () => OrderedChunkPipeline<string>.Run(
            read,
            chunk =>
            {
                Interlocked.Increment(ref processed);
                var pmid = Pmid(chunk);
                return pmid == "50" ? throw new InvalidDataException("chunk 50 is bad") : pmid;
            },
            _ => { },
            largeChunk: int.MaxValue,
            CancellationToken.None);

        act.Should().Throw<InvalidDataException>().WithMessage("chunk 50 is bad");
        processed.Should().BeLessThan(1000, "the other workers stopped");
    }

    [Fact]
    public void A_failure_while_handing_on_is_thrown()
    {
        var read = Chunks(100, out var reader);
        using var _ = reader;

        var act = () => OrderedChunkPipeline<string>.Run(
            read,
            Pmid,
            pmid =>
            {
                if (pmid == "7")
                {
                    throw new IOException("disk full");
                }
            },
            largeChunk: int.MaxValue,
            CancellationToken.None);

        act.Should().Throw<IOException>().WithMessage("disk full");
    }

    [Fact]
    public void Cancellation_stops_the_run_with_OperationCanceledException()
    {
        var read = Chunks(1000, out var reader);
        using var _ = reader;
        using var cancellation = new CancellationTokenSource();
        var consumed = 0;

        var act = () => OrderedChunkPipeline<string>.Run(
            read,
            Pmid,
            _ =>
            {
                if (++consumed == 10)
                {
                    cancellation.Cancel();
                }
            },
            largeChunk: int.MaxValue,
            cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        consumed.Should().BeLessThan(1000);
    }
}
