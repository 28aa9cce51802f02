using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Medline.Parser.Serialization;

namespace Medline.Parser.Benchmarks;

/// <summary>
/// The typed layer on the same in-memory input: reader alone (the baseline), reader + <c>MedlineCitation.FromRecord</c>,
/// typed + <c>MedlineJson.Write</c> (NDJSON into a reused buffer, no I/O), and raw records to JSON
/// (<c>MedlineJson.WriteRecord</c>, what <c>--raw</c> writes). One core.
/// </summary>
[Config(typeof(BenchConfig))]
[MemoryDiagnoser]
public class TypedBenchmarks
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = File.ReadAllText(BenchInput.Path, Encoding.UTF8);

    [Benchmark(Baseline = true, Description = "Reader only (pooled)")]
    public long ReaderOnly() => ReaderBenchmarks.Consume(MedlineReader.FromText(_text));

    [Benchmark(Description = "Typed: reader + FromRecord")]
    public long Typed() => TypedRun(_text, json: false, raw: false);

    [Benchmark(Description = "Typed + JSON (NDJSON, in memory)")]
    public long TypedJson() => TypedRun(_text, json: true, raw: false);

    [Benchmark(Description = "Raw records + JSON (WriteRecord)")]
    public long RawJson() => TypedRun(_text, json: true, raw: true);

    internal static long TypedRun(string text, bool json, bool raw)
    {
        using var reader = MedlineReader.FromText(text);
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using var writer = new Utf8JsonWriter(buffer, MedlineJson.WriterOptions());
        long sum = 0;
        while (reader.TryRead(out var record))
        {
            if (raw)
            {
                MedlineJson.WriteRecord(writer, record);
            }
            else
            {
                var citation = MedlineCitation.FromRecord(record);
                sum += citation.Pmid?.Length ?? 0;
                if (json)
                {
                    MedlineJson.Write(writer, citation);
                }
            }

            if (json)
            {
                writer.Flush();
                buffer.Write("\n"u8);
                if (buffer.WrittenCount > 1 << 20)
                {
                    sum += buffer.WrittenCount;
                    buffer.ResetWrittenCount();
                }

                writer.Reset(buffer);
            }
        }

        return sum + buffer.WrittenCount;
    }
}
