using System.Text;
using BenchmarkDotNet.Attributes;

namespace Medline.Parser.Benchmarks;

/// <summary>
/// The reader alone, in memory (no I/O): the library from a string with and without string pooling, the library
/// from UTF-8 bytes (decoding included), and the baselines: a naive ReadLine + StringBuilder reader, a char line
/// scan (one IndexOfAny per line, nothing else) and a UTF-8 byte scan that finds fields and makes no strings.
/// </summary>
[Config(typeof(BenchConfig))]
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private static readonly MedlineReaderOptions s_pooled = new() { PoolStrings = true };
    private static readonly MedlineReaderOptions s_unpooled = new() { PoolStrings = false };

    private string _text = string.Empty;
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(BenchInput.Path);
        _text = Encoding.UTF8.GetString(_bytes);
    }

    [Benchmark(Baseline = true, Description = "Reader string, pooled")]
    public long ReaderStringPooled() => Consume(MedlineReader.FromText(_text, s_pooled));

    [Benchmark(Description = "Reader string, unpooled")]
    public long ReaderStringUnpooled() => Consume(MedlineReader.FromText(_text, s_unpooled));

    [Benchmark(Description = "Reader UTF-8 MemoryStream, pooled")]
    public long ReaderUtf8StreamPooled() =>
        Consume(MedlineReader.FromStream(new MemoryStream(_bytes, writable: false), s_pooled));

    [Benchmark(Description = "Naive ReadLine+StringBuilder")]
    public long NaiveReadLine() => NaiveReader.Read(new StringReader(_text), checksum: false).Fields;

    [Benchmark(Description = "Char line scan (IndexOfAny only)")]
    public long CharLineScan() => Probes.CountLines(_text);

    [Benchmark(Description = "UTF-8 byte scan, no strings")]
    public long Utf8ByteScan() => Utf8Scan.Read(_bytes).Fields;

    internal static long Consume(MedlineReader reader)
    {
        using (reader)
        {
            long fields = 0;
            while (reader.TryRead(out var record))
            {
                fields += record.Fields.Length;
            }

            return fields;
        }
    }
}
