using System.Collections.Concurrent;
using Medline.Parser.Cli.Running;

namespace Medline.Parser.Cli.Tests;

public sealed class InputRunnerTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Chunks_are_not_run_inline_by_the_loop_that_waits_for_them()
    {
        // The bug: the command's loop runs on a pool thread (System.CommandLine's async action); Task.Run put each
        // chunk in that thread's local queue and waiting for the oldest chunk ran it inline, one chunk at a time on
        // the loop's thread, so the second core idled.
        var record = File.ReadAllText(TestPaths.Sample);
        var input = _dir.File("many.nbib", string.Concat(Enumerable.Repeat(record + "\n", 200)));
        var environment = new CliEnvironment { OpenStandardInput = () => Stream.Null, OpenStandardOutput = () => Stream.Null };
        var reporter = new DiagnosticReporter(_ => { }, quiet: true, verbose: false);
        var runner = new InputRunner(environment, reporter, new ByteCounter(), strict: false);
        var byThread = new ConcurrentDictionary<int, int>();
        var records = 0;

        var loopThread = await Task.Run(() =>
        {
            runner.RunChunked(
                [new InputSource(input, input, new FileInfo(input).Length)],
                chunk =>
                {
                    byThread.AddOrUpdate(Environment.CurrentManagedThreadId, 1, (_, n) => n + 1);
                    return RecordChunk<bool>.Process(chunk, r => (true, r.Diagnostics));
                },
                chunk => records += chunk.Records,
                CancellationToken.None);
            return Environment.CurrentManagedThreadId;
        });

        records.Should().Be(200);
        reporter.Records.Should().Be(200);
        byThread.Values.Sum().Should().BeGreaterThan(10, "the input is cut into many chunks");
        byThread.Should().NotContainKey(loopThread, "the waiting loop must leave the chunks to the workers");
    }
}
