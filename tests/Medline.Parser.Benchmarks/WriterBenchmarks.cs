using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace Medline.Parser.Benchmarks;

/// <summary>
/// The writer on the benchmark input, read once beforehand: records written exactly as read, and citations in the
/// canonical layout, both encoded to UTF-8 into <see cref="Stream.Null"/> (no I/O), and the canonical layout into
/// <see cref="TextWriter.Null"/> (chars only, no encoding). One core. The MB/s column counts the input's bytes;
/// records write exactly those bytes, and the canonical text's size relative to them is printed by <c>writer</c> mode.
/// </summary>
[Config(typeof(BenchConfig))]
[MemoryDiagnoser]
public class WriterBenchmarks
{
    private List<MedlineRecord> _records = [];
    private List<MedlineCitation> _citations = [];

    [GlobalSetup]
    public void Setup() => (_records, _citations) = Load();

    [Benchmark(Baseline = true, Description = "Records, exact (UTF-8 to Stream.Null)")]
    public long Records() => WriteRecords(_records);

    [Benchmark(Description = "Citations, canonical (UTF-8 to Stream.Null)")]
    public long Canonical() => WriteCitations(_citations, utf8: true);

    [Benchmark(Description = "Citations, canonical (chars to TextWriter.Null)")]
    public long CanonicalChars() => WriteCitations(_citations, utf8: false);

    private static (List<MedlineRecord>, List<MedlineCitation>) Load()
    {
        var text = File.ReadAllText(BenchInput.Path, Encoding.UTF8);
        using var reader = MedlineReader.FromText(text);
        var records = reader.ReadRecords().ToList();
        return (records, records.Select(MedlineCitation.FromRecord).ToList());
    }

    private static long WriteRecords(List<MedlineRecord> records)
    {
        using var writer = MedlineWriter.ToStream(Stream.Null);
        foreach (var record in records)
        {
            writer.Write(record);
        }

        return records.Count;
    }

    private static long WriteCitations(List<MedlineCitation> citations, bool utf8)
    {
        using var writer = utf8 ? MedlineWriter.ToStream(Stream.Null) : MedlineWriter.ToTextWriter(TextWriter.Null);
        foreach (var citation in citations)
        {
            writer.Write(citation);
        }

        return citations.Count;
    }

    /// <summary>
    /// <c>writer [--repeats N]</c>: Stopwatch figures, best of N, in MB/s of UTF-8 output (1 MB = 10^6 bytes): what
    /// each variant writes, measured once into a counting stream.
    /// </summary>
    public static int Quick(int repeats)
    {
        var (records, citations) = Load();
        var recordBytes = Count(stream => { using var w = MedlineWriter.ToStream(stream, leaveOpen: true); records.ForEach(w.Write); });
        var canonicalBytes = Count(stream => { using var w = MedlineWriter.ToStream(stream, leaveOpen: true); citations.ForEach(w.Write); });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{records.Count} records; exact output {recordBytes / 1e6:F1} MB, canonical output {canonicalBytes / 1e6:F1} MB"));
        Report("records, exact (UTF-8)", recordBytes, repeats, () => WriteRecords(records));
        Report("citations, canonical (UTF-8)", canonicalBytes, repeats, () => WriteCitations(citations, utf8: true));
        Report("citations, canonical (chars)", canonicalBytes, repeats, () => WriteCitations(citations, utf8: false));
        return 0;
    }

    private static long Count(Action<Stream> write)
    {
        using var stream = new CountingStream();
        write(stream);
        return stream.Length;
    }

    private static void Report(string name, long bytes, int repeats, Func<long> run)
    {
        run();
        var best = double.MaxValue;
        for (var i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-32} {best * 1000,8:F1} ms  {bytes / 1e6 / best,8:F0} MB/s"));
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
