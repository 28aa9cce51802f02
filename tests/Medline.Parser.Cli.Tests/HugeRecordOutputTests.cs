using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Medline.Parser.Cli.Output;
using Medline.Parser.Cli.Running;

namespace Medline.Parser.Cli.Tests;

/// <summary>
/// Records of megabytes in bounded memory (issue 9 §4): a chunk longer than the large-chunk length is processed in its
/// turn, its JSON goes straight to the output instead of being held whole, and its text is given back before the JSON
/// is made. The output must be the one the record-by-record path writes.
/// </summary>
public sealed class HugeRecordOutputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Small records, a record of megabytes (a long abstract and thousands of authors), small records, and a second huge one last.</summary>
    private static string HugeInput()
    {
        var text = new StringBuilder();
        void Small(int from, int count)
        {
            for (var i = from; i < from + count; i++)
            {
                text.Append("PMID- ").Append(i).Append("\nTI  - Title \"").Append(i).Append("\"\nAU  - Smith J\n\n");
            }
        }

        void Huge(int pmid)
        {
            text.Append("PMID- ").Append(pmid).Append("\nTI  - A record of megabytes\nAB  - start\n");
            for (var i = 0; i < 20_000; i++)
            {
                text.Append("      lorem ipsum dolor sit amet, \"quoted\" \u00e9t\u00e9 \\ ").Append(i).Append('\n');
            }

            for (var i = 0; i < 3000; i++)
            {
                text.Append("FAU - Surname").Append(i).Append(", Given\nAU  - Surname").Append(i).Append(" G\n");
            }

            text.Append("LA  - eng\n\n");
        }

        Small(1, 300);
        Huge(100_000);
        Small(1000, 300);
        Huge(200_000);
        return text.ToString();
    }

    [Theory]
    [InlineData("json", false)]
    [InlineData("ndjson", false)]
    [InlineData("json", true)]
    [InlineData("ndjson", true)]
    public void A_record_of_megabytes_written_straight_to_the_output_gives_the_json_of_the_record_by_record_path(string format, bool raw)
    {
        var input = _dir.File("huge.txt", HugeInput());
        new FileInfo(input).Length.Should().BeGreaterThan(2 * 1024 * 1024, "each huge record is longer than the large-chunk length (1 MiB)");
        string[] options = raw ? ["-f", format, "--raw"] : ["-f", format];

        var chunked = CliRun.Invoke(["convert", input, .. options]);
        var recordByRecord = CliRun.Invoke(["convert", input, "--strict", .. options]); // --strict takes the record-by-record path

        chunked.ExitCode.Should().Be(0, chunked.ToString());
        recordByRecord.ExitCode.Should().Be(0, recordByRecord.ToString());
        chunked.Stdout.Should().Be(recordByRecord.Stdout);
        var pmids = format == "json"
            ? JsonDocument.Parse(chunked.Stdout).RootElement.EnumerateArray().Select(Pmid).ToList()
            : chunked.Stdout.TrimEnd('\n').Split('\n').Select(line => Pmid(JsonDocument.Parse(line).RootElement)).ToList();
        pmids.Should().HaveCount(602);
        pmids[300].Should().Be("100000");
        pmids[^1].Should().Be("200000");
    }

    private static string Pmid(JsonElement element) => element.TryGetProperty("pmid", out var pmid)
        ? pmid.GetString()!
        : element.GetProperty("fields")[0].GetProperty("value").GetString()!;

    [Fact]
    public void A_chunk_in_its_turn_streams_its_json_and_gives_its_text_back_before_the_json_is_made()
    {
        var text = "PMID- 1\nTI  - One\n\nPMID- 2\nTI  - Two\n\n";
        using var chunks = MedlineChunkReader.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), chunkLength: 1);
        var stream = new MemoryStream();
        using var output = new JsonOutput(stream, OutputFormat.Json, indent: false);
        var seen = new List<(bool Streamed, int Json, bool ChunkDisposed, long Written)>();

        OrderedChunkPipeline<JsonChunk>.Run(
            () => chunks.TryRead(out var chunk) ? chunk : null,
            chunk =>
            {
                var result = JsonChunk.Convert(chunk, raw: false, OutputFormat.Json, output, Medline.Parser.Serialization.MedlineJsonOptions.Default);
                seen.Add((result.Streamed, result.Json.Length, IsDisposed(chunk), stream.Length));
                return result;
            },
            result =>
            {
                using (result)
                {
                    output.WriteChunk(result);
                }
            },
            largeChunk: 0, // every chunk is large: each is processed in its turn
            CancellationToken.None);
        output.Complete();

        seen.Should().HaveCount(2).And.OnlyContain(s => s.Streamed && s.Json == 0 && s.ChunkDisposed);
        seen[0].Written.Should().BeGreaterThan(1, "the first chunk's JSON is on the stream before it is handed on");
        seen[1].Written.Should().BeGreaterThan(seen[0].Written);
        var json = Encoding.UTF8.GetString(stream.ToArray());
        JsonDocument.Parse(json).RootElement.EnumerateArray().Select(Pmid).Should().Equal("1", "2");
        output.Count.Should().Be(2);
    }

    private static bool IsDisposed(MedlineChunk chunk)
    {
        try
        {
            _ = chunk.Text; // made from the bytes or text, which a disposed chunk no longer has
            return false;
        }
        catch (ObjectDisposedException)
        {
            return true;
        }
    }

    [Fact]
    public void A_large_chunk_is_processed_in_its_turn_after_every_result_before_it_is_handed_on()
    {
        // Every tenth record is long: its chunk is large.
        var text = string.Concat(Enumerable.Range(1, 100).Select(i => $"PMID- {i}\nTI  - Title {i}{(i % 10 == 0 ? new string('x', 40) : "")}\n\n"));
        using var chunks = MedlineChunkReader.FromReader(new StringReader(text), chunkLength: 1);
        var consumed = new List<int>();
        var consuming = 0;
        var wrong = new ConcurrentBag<string>();
        var large = new ConcurrentBag<int>();

        OrderedChunkPipeline<int>.Run(
            () => chunks.TryRead(out var chunk) ? chunk : null,
            chunk =>
            {
                using var reader = chunk.CreateReader();
                var pmid = int.Parse(reader.ReadRecords().Single().Pmid!, CultureInfo.InvariantCulture);
                var isLarge = chunk.Length > 40;
                if (OrderedChunkPipeline<int>.IsInTurn != isLarge)
                {
                    wrong.Add($"{pmid}: in turn {OrderedChunkPipeline<int>.IsInTurn}");
                }

                if (isLarge)
                {
                    large.Add(pmid);
                    Thread.Sleep(2);
                    lock (consumed)
                    {
                        if (consumed.Count != pmid - 1 || Volatile.Read(ref consuming) != 0)
                        {
                            wrong.Add($"{pmid}: {consumed.Count} handed on before it");
                        }
                    }
                }
                else
                {
                    Thread.Sleep(pmid % 3); // the results before a large chunk finish in any order
                }

                return pmid;
            },
            pmid =>
            {
                Volatile.Write(ref consuming, 1);
                Thread.Sleep(1);
                lock (consumed)
                {
                    consumed.Add(pmid);
                }

                Volatile.Write(ref consuming, 0);
            },
            largeChunk: 40,
            CancellationToken.None);

        consumed.Should().Equal(Enumerable.Range(1, 100));
        large.Should().BeEquivalentTo(Enumerable.Range(1, 10).Select(i => i * 10));
        wrong.Should().BeEmpty();
        OrderedChunkPipeline<int>.IsInTurn.Should().BeFalse();
    }

    [Fact]
    public async Task A_large_chunk_waiting_for_its_turn_hands_on_the_results_finished_meanwhile_and_does_not_wait_forever()
    {
        // The waiting worker holds the hand-on lock while it looks; a worker that finished the chunk before it then
        // found the lock taken and left its result to the lock's holder, which only looked and let go: the run hung.
        // Here every look lasts 2 ms, so the chunk before always finishes during one. (OrderedChunkPipeline<long> is
        // this test's alone: the hook is per result type.)
        var text = string.Concat(Enumerable.Range(1, 40).Select(i => $"PMID- {i}\nTI  - Title {i}{(i % 2 == 0 ? new string('x', 40) : "")}\n\n"));
        using var chunks = MedlineChunkReader.FromReader(new StringReader(text), chunkLength: 1);
        var consumed = new List<long>();
        OrderedChunkPipeline<long>.WhileLookingForTurn = () => Thread.Sleep(2);
        try
        {
            var run = Task.Run(() => OrderedChunkPipeline<long>.Run(
                () => chunks.TryRead(out var chunk) ? chunk : null,
                chunk =>
                {
                    using var reader = chunk.CreateReader();
                    var pmid = long.Parse(reader.ReadRecords().Single().Pmid!, CultureInfo.InvariantCulture);
                    Thread.Sleep(1);
                    return pmid;
                },
                consumed.Add,
                largeChunk: 40, // every second chunk
                CancellationToken.None));

            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20)));
            finished.Should().BeSameAs(run, "the run must not hang");
            await run;
        }
        finally
        {
            OrderedChunkPipeline<long>.WhileLookingForTurn = null;
        }

        consumed.Should().Equal(Enumerable.Range(1, 40).Select(i => (long)i));
    }

    [Fact]
    public void A_draining_buffer_writer_hands_on_its_bytes_in_order_and_keeps_no_array_a_huge_value_asked_for()
    {
        var stream = new MemoryStream();
        using var writer = new PooledBufferWriter(1024, stream);
        var expected = new MemoryStream();
        for (var i = 0; i < 2000; i++)
        {
            var piece = Encoding.ASCII.GetBytes($"piece {i};");
            piece.CopyTo(writer.GetSpan(piece.Length));
            writer.Advance(piece.Length);
            expected.Write(piece);
        }

        stream.Length.Should().BeGreaterThan(0, "what is written goes on before the end");
        var huge = writer.GetSpan(12 * 1024 * 1024); // as Utf8JsonWriter asks for a value of 4 Mi chars
        huge.Length.Should().BeGreaterThanOrEqualTo(12 * 1024 * 1024);
        huge[..5_000_000].Fill((byte)'x');
        writer.Advance(5_000_000);
        expected.Write(Enumerable.Repeat((byte)'x', 5_000_000).ToArray());
        writer.Write((byte)'\n');
        expected.WriteByte((byte)'\n');
        writer.Drain();

        stream.ToArray().Should().Equal(expected.ToArray());
        writer.WrittenSpan.Length.Should().Be(0);
        writer.Capacity.Should().BeLessThan(4 * 1024 * 1024, "the array the huge value asked for is not kept");
    }

    [Fact]
    public void A_buffer_writer_without_a_stream_keeps_everything_until_read()
    {
        using var writer = new PooledBufferWriter(256);
        for (var i = 0; i < 100_000; i++)
        {
            writer.Write((byte)(i % 251));
        }

        writer.Drain(); // nothing to drain to: nothing happens
        writer.WrittenSpan.Length.Should().Be(100_000);
        writer.WrittenSpan.ToArray().Should().Equal(Enumerable.Range(0, 100_000).Select(i => (byte)(i % 251)));
    }
}
