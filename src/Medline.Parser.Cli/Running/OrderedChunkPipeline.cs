using System.Runtime.ExceptionServices;

namespace Medline.Parser.Cli.Running;

/// <summary>
/// Runs one input's chunks on all cores and hands the results on in input order, with no coordinating thread: each
/// of <see cref="Workers"/> equal workers (the calling thread and, once the input has a second chunk, threads started
/// for it) takes the next chunk from the reader (one at a time), processes it, and then, if no other worker is doing
/// so, hands on every result that is next in order. Nothing waits for a turn: a worker whose result is not next leaves
/// it for the one that finishes the result before it.
/// </summary>
/// <remarks>
/// Measured on two cores (docs/performance.md): a loop thread that cut chunks, waited for the oldest and wrote it was
/// a third busy thread on two cores; when the scheduler left it waiting, both workers ran dry (only one core busy for
/// half of a conversion). Here reading and writing are done by whichever worker is free.
/// Memory is bounded: at most <see cref="Window"/> chunks are read and not yet handed on, and a chunk far longer
/// than usual (a record of megabytes) is processed by the worker that read it before any other chunk is read, in its
/// turn (<see cref="IsInTurn"/>), so that its output can go on as it is made instead of being held whole.
/// Each chunk is disposed once processed, which returns its buffers to the pool for the chunks read after it: a
/// result must not hold a record's raw text.
/// </remarks>
internal sealed class OrderedChunkPipeline<TResult> : IDisposable
{
    /// <summary>
    /// Chunks read and not yet handed on, at most: 8 chunks of 64 KiB hold what 32 of 16 KiB did (measured: 8, 4 and 32
    /// the same speed).
    /// </summary>
    public const int Window = 8;

    private readonly Func<MedlineChunk?> _read;
    private readonly Func<MedlineChunk, TResult> _process;
    private readonly Action<TResult> _consume;
    private readonly long _largeChunk;
    private readonly CancellationTokenSource _stop;
    private readonly SemaphoreSlim _window = new(Window, Window);
    private readonly Lock _readLock = new();
    private readonly Lock _resultLock = new();
    private readonly Lock _consumeLock = new();
    private readonly (bool Ready, TResult Result)[] _results = new (bool, TResult)[Window];
    private Thread[] _helpers = [];
    private long _nextToRead;
    private long _nextToConsume;
    private bool _end;
    private ExceptionDispatchInfo? _failure;

    private OrderedChunkPipeline(
        Func<MedlineChunk?> read, Func<MedlineChunk, TResult> process, Action<TResult> consume, long largeChunk, CancellationToken cancellationToken)
    {
        _read = read;
        _process = process;
        _consume = consume;
        _largeChunk = largeChunk;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>Workers: one per core.</summary>
    public static int Workers => Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// Reads every chunk with <paramref name="read"/> (<see langword="null"/> at the end; called by one worker at a
    /// time), runs <paramref name="process"/> on each in parallel and <paramref name="consume"/> on the results in
    /// order (one at a time). The first exception stops the other workers and is thrown here; so is cancellation.
    /// </summary>
    public static void Run(
        Func<MedlineChunk?> read,
        Func<MedlineChunk, TResult> process,
        Action<TResult> consume,
        long largeChunk,
        CancellationToken cancellationToken)
    {
        using var pipeline = new OrderedChunkPipeline<TResult>(read, process, consume, largeChunk, cancellationToken);
        pipeline.RunAll(cancellationToken);
    }

    public void Dispose()
    {
        _stop.Dispose();
        _window.Dispose();
    }

    private void RunAll(CancellationToken cancellationToken)
    {
        // The calling thread is one of the workers; it starts the others when it reads a second chunk (a one-chunk
        // input starts none). They are threads of their own: thread-pool work items waited for a free pool thread,
        // and with none free (a busy pool, a test host) the calling thread did all the chunks alone.
        Work();
        foreach (var helper in _helpers)
        {
            helper.Join();
        }

        _failure?.Throw();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private void StartHelpers()
    {
        _helpers = new Thread[Workers - 1];
        for (var i = 0; i < _helpers.Length; i++)
        {
            _helpers[i] = new Thread(Work) { IsBackground = true, Name = "medline worker" };
            _helpers[i].Start();
        }
    }

    /// <summary>Processes a chunk, then returns its buffers to the pool: a result holds no record's raw text.</summary>
    private TResult Process(MedlineChunk chunk)
    {
        TResult result;
        using (chunk)
        {
            result = _process(chunk);
        }

        CollectIfHuge(chunk, compact: true); // nothing of it lives on
        return result;
    }

    /// <summary>
    /// Collects the garbage a chunk of millions of characters leaves at once (the chunk reader's grown buffers, the
    /// chunk's bytes once decoded, its text once read, its values and JSON once written): tens of megabytes on the
    /// large-object heap, which only a full collection frees; without this a run over lines of hundreds of megabytes
    /// peaked at 600-800 MB. A collection costs 1-15 ms, against 100-300 ms to parse such a chunk.
    /// </summary>
    /// <param name="chunk">The chunk; nothing is done unless it is at least <see cref="HugeChunk"/> long.</param>
    /// <param name="compact">
    /// Compact and give the freed memory back to the system (<see cref="GCCollectionMode.Aggressive"/>): otherwise the
    /// GC keeps it committed, and the next huge chunk's buffers came on top of it (measured, native build, one line of
    /// 100 MB: 105-122 MB peak without, 79 MB with). Not when what lives on is one huge value (a compaction copies it:
    /// +32 MB at the moment it does).
    /// </param>
    public static void CollectIfHuge(MedlineChunk chunk, bool compact)
    {
        if (chunk.Length >= HugeChunk)
        {
            GC.Collect(2, compact ? GCCollectionMode.Aggressive : GCCollectionMode.Forced, blocking: true, compacting: compact);
        }
    }

    /// <summary>
    /// Whether the chunk being processed on this thread is in its turn: every result before it has been handed on and
    /// no other is being handed on until it is done, so its work may write its output straight to where results go
    /// (a record of megabytes is then never held whole as output; issue 9 §4). True for chunks longer than the
    /// large-chunk length only.
    /// </summary>
    public static bool IsInTurn => t_inTurn;

    [ThreadStatic]
    private static bool t_inTurn;

    /// <summary>For a test: runs while a large chunk's worker holds the hand-on lock to see whether it is its turn.</summary>
    internal static Action? WhileLookingForTurn { get; set; }

    /// <summary>
    /// Waits (holding the read lock: nothing after it is read meanwhile) until every result before
    /// <paramref name="index"/> has been handed on, then processes the chunk with no hand-on running.
    /// </summary>
    private TResult ProcessInTurn(long index, MedlineChunk chunk)
    {
        var spin = default(SpinWait);
        while (true)
        {
            _stop.Token.ThrowIfCancellationRequested();
            _consumeLock.Enter();
            try
            {
                WhileLookingForTurn?.Invoke();
                // Holding the hand-on lock, this worker hands on what is ready itself: a worker that finished the
                // chunk before this one and found the lock taken has left its result to whoever holds it.
                HandOnReady();
                if (_nextToConsume == index)
                {
                    t_inTurn = true;
                    CollectIfHuge(chunk, compact: false); // the chunk reader's buffers, grown by half up to the chunk's length
                    return Process(chunk);
                }
            }
            finally
            {
                t_inTurn = false;
                _consumeLock.Exit();
            }

            spin.SpinOnce(); // the chunks before it are still being processed (rare: a record of megabytes)
        }
    }

    /// <summary>The length from which a chunk's garbage is collected at once (issue 9 §4): a record of millions of characters.</summary>
    internal const int HugeChunk = 4 * 1024 * 1024;

    private void Work()
    {
        try
        {
            do
            {
                _window.Wait(_stop.Token);
                MedlineChunk? chunk;
                long index;
                lock (_readLock)
                {
                    if (_end)
                    {
                        _window.Release();
                        return;
                    }

                    chunk = _read();
                    if (chunk is null)
                    {
                        _end = true;
                        _window.Release();
                        return;
                    }

                    index = _nextToRead++;
                    if (index == 1)
                    {
                        StartHelpers(); // only the calling thread runs before then
                    }

                    if (chunk.Length > _largeChunk)
                    {
                        // Processed before anything else is read, and in its turn: only one such chunk in memory, and
                        // its work may hand its output on as it goes (IsInTurn) instead of holding it whole.
                        Publish(index, ProcessInTurn(index, chunk));
                        continue;
                    }
                }

                Publish(index, Process(chunk));
            }
            while (!_stop.IsCancellationRequested);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped by a failure elsewhere (thrown by RunAll) or by the caller's token (thrown by RunAll).
        }
        catch (Exception e)
        {
            lock (_readLock)
            {
                _failure ??= ExceptionDispatchInfo.Capture(e);
                _end = true;
            }

            _stop.Cancel();
        }
    }

    /// <summary>Stores a result and hands on every result that is next in order, unless another worker is doing so.</summary>
    private void Publish(long index, TResult result)
    {
        lock (_resultLock)
        {
            _results[index % Window] = (true, result);
        }

        // A result stored after the consuming worker looked for it is picked up by the check after Exit.
        while (_consumeLock.TryEnter())
        {
            try
            {
                HandOnReady();
            }
            finally
            {
                _consumeLock.Exit();
            }

            if (!IsNextReady())
            {
                return;
            }
        }
    }

    /// <summary>Hands on every result that is next in order (the caller holds the hand-on lock).</summary>
    private void HandOnReady()
    {
        while (TryTakeNext(out var next))
        {
            _stop.Token.ThrowIfCancellationRequested();
            _consume(next);
            _window.Release();
        }
    }

    private bool TryTakeNext(out TResult result)
    {
        lock (_resultLock)
        {
            ref var slot = ref _results[_nextToConsume % Window];
            if (!slot.Ready)
            {
                result = default!;
                return false;
            }

            result = slot.Result;
            slot = default;
            _nextToConsume++;
            return true;
        }
    }

    private bool IsNextReady()
    {
        lock (_resultLock)
        {
            return _results[_nextToConsume % Window].Ready;
        }
    }
}
