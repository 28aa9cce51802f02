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

    /// <summary>Stopwatch figures, best of <paramref name="repeats"/>: MB/s, µs and bytes allocated per record.</summary>
    public static int Quick(int repeats, bool jsonOnly)
    {
        var text = File.ReadAllText(BenchInput.Path, Encoding.UTF8);
        var bytes = Encoding.UTF8.GetByteCount(text);
        var records = 0;
        using (var r = MedlineReader.FromText(text))
        {
            while (r.TryRead(out _))
            {
                records++;
            }
        }

        var cases = new List<(string Name, Func<long> Run)>
        {
            ("reader only", () => ReaderBenchmarks.Consume(MedlineReader.FromText(text))),
            ("typed", () => TypedRun(text, json: false, raw: false)),
            ("typed + JSON", () => TypedRun(text, json: true, raw: false)),
        };
        var all = new List<MedlineRecord>(records);
        using (var r = MedlineReader.FromText(text))
        {
            while (r.TryRead(out var record))
            {
                all.Add(record);
            }
        }

        var citations = all.ConvertAll(MedlineCitation.FromRecord);
        cases.Add(("FromRecord only", () =>
        {
            long n = 0;
            foreach (var record in all)
            {
                n += MedlineCitation.FromRecord(record).Pmid?.Length ?? 0;
            }

            return n;
        }));
        cases.Add(("JSON only", () => WriteAll(citations)));
        if (jsonOnly)
        {
            cases.RemoveRange(0, 4);
        }

        var best = new double[cases.Count];
        var alloc = new long[cases.Count];
        Array.Fill(best, double.MaxValue);
        for (var rep = 0; rep < repeats; rep++)
        {
            for (var c = 0; c < cases.Count; c++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var sw = System.Diagnostics.Stopwatch.StartNew();
                cases[c].Run();
                var ms = sw.Elapsed.TotalMilliseconds;
                alloc[c] = GC.GetAllocatedBytesForCurrentThread() - before;
                best[c] = Math.Min(best[c], ms);
            }
        }

        var json = WriteAll(citations);
        for (var c = 0; c < cases.Count; c++)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"{cases[c].Name,-14} {best[c],8:F0} ms {bytes / best[c] / 1e3,6:F0} MB/s {best[c] * 1e3 / records,7:F2} us/rec {alloc[c] / (double)records,8:F0} B/rec"));
        }

        Console.WriteLine(FormattableString.Invariant($"records {records}, JSON bytes {json} ({json / (double)records:F0} B/citation)"));
        return 0;
    }

    /// <summary>NDJSON of ready citations into a reused buffer; returns the bytes written.</summary>
    internal static long WriteAll(List<MedlineCitation> citations)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using var writer = new Utf8JsonWriter(buffer, MedlineJson.WriterOptions());
        long sum = 0;
        foreach (var citation in citations)
        {
            MedlineJson.Write(writer, citation);
            writer.Flush();
            buffer.Write("\n"u8);
            if (buffer.WrittenCount > 1 << 20)
            {
                sum += buffer.WrittenCount;
                buffer.ResetWrittenCount();
            }

            writer.Reset(buffer);
        }

        return sum + buffer.WrittenCount;
    }

    /// <summary>Typed parsing (and JSON) over and over for <paramref name="seconds"/>: a target for perf record.</summary>
    public static int Loop(double seconds, bool json, bool fromRecordOnly = false)
    {
        var text = File.ReadAllText(BenchInput.Path, Encoding.UTF8);
        List<MedlineRecord>? records = null;
        if (fromRecordOnly)
        {
            records = [];
            using var reader = MedlineReader.FromText(text);
            while (reader.TryRead(out var record))
            {
                records.Add(record);
            }
        }

        var sw = System.Diagnostics.Stopwatch.StartNew();
        var passes = 0;
        while (sw.Elapsed.TotalSeconds < seconds)
        {
            if (records is not null)
            {
                foreach (var record in records)
                {
                    MedlineCitation.FromRecord(record);
                }
            }
            else
            {
                TypedRun(text, json, raw: false);
            }

            passes++;
        }

        Console.Error.WriteLine(FormattableString.Invariant(
            $"{passes} passes in {sw.Elapsed.TotalSeconds:F1} s: {(double)passes * Encoding.UTF8.GetByteCount(text) / sw.Elapsed.TotalSeconds / 1e6:F0} MB/s"));
        return 0;
    }

    /// <summary>Per tag: values, bytes allocated and time of the value grammar alone, over the whole input.</summary>
    public static int Probe()
    {
        var text = File.ReadAllText(BenchInput.Path, Encoding.UTF8);
        var stats = new Dictionary<string, (long N, long Bytes, long Ticks)>();
        long records = 0, buildBytes = 0;
        var slow = new List<string>();
        using var reader = MedlineReader.FromText(text);
        while (reader.TryRead(out var record))
        {
            records++;
            foreach (var f in record.Fields)
            {
                var v = f.Value;
                Func<object?>? parse = f.Tag switch
                {
                    "DP" => () => Grammar.FieldGrammar.ParsePublicationDate(v).Value,
                    "EDAT" or "MHDA" or "CRDT" => () => Grammar.FieldGrammar.ParseTimestamp(v).Value,
                    "DCOM" or "LR" or "DEP" => () => Grammar.FieldGrammar.ParseCompactDate(v).Value,
                    "PHST" => () => Grammar.FieldGrammar.ParseHistoryDate(v).Value,
                    "GR" => () => Grammar.FieldGrammar.ParseGrant(v).Value,
                    "AID" or "LID" => () => Grammar.FieldGrammar.ParseArticleIdentifier(v).Value,
                    "IS" => () => Grammar.FieldGrammar.ParseIssn(v).Value,
                    "RN" => () => Grammar.FieldGrammar.ParseChemical(v).Value,
                    "AUID" => () => Grammar.FieldGrammar.ParseAuthorIdentifier(v).Value,
                    "MH" => () => Grammar.FieldGrammar.ParseMeshHeading(v).Value,
                    "PG" => () => Grammar.FieldGrammar.ParsePagination(v).Value,
                    "FAU" or "FIR" => () => Grammar.FieldGrammar.ParseFullName(v).Value,
                    "AU" or "IR" => () => Grammar.FieldGrammar.ParseShortName(v).Value,
                    _ => null,
                };
                if (parse is null)
                {
                    continue;
                }

                var before = GC.GetAllocatedBytesForCurrentThread();
                var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                parse();
                var t1 = System.Diagnostics.Stopwatch.GetTimestamp();
                var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                if (bytes > 600 && slow.Count < 400)
                {
                    slow.Add($"{f.Tag} {bytes} '{v}'");
                }

                stats.TryGetValue(f.Tag, out var st);
                stats[f.Tag] = (st.N + 1, st.Bytes + bytes, st.Ticks + t1 - t0);
            }

            var b0 = GC.GetAllocatedBytesForCurrentThread();
            MedlineCitation.FromRecord(record);
            buildBytes += GC.GetAllocatedBytesForCurrentThread() - b0;
        }

        foreach (var line in slow.GroupBy(x => x.Split(' ')[0]).SelectMany(g => g.Take(12)))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine(FormattableString.Invariant($"records {records}; FromRecord {buildBytes / (double)records:F0} B/record"));
        foreach (var (tag, st) in stats.OrderByDescending(x => x.Value.Bytes))
        {
            Console.WriteLine(FormattableString.Invariant(
                $"{tag,-5} {st.N,9} values {st.N / (double)records,6:F1}/rec {st.Bytes / (double)st.N,7:F0} B/value {st.Bytes / (double)records,7:F0} B/rec {st.Ticks * 1e9 / System.Diagnostics.Stopwatch.Frequency / st.N,7:F0} ns/value {st.Ticks * 1e6 / System.Diagnostics.Stopwatch.Frequency / records,6:F2} us/rec"));
        }

        return 0;
    }

    /// <summary>Which types FromRecord allocates, from the runtime's allocation ticks (one sample per ~100 KB).</summary>
    public static int Allocations()
    {
        var records = new List<MedlineRecord>();
        using (var reader = MedlineReader.FromText(File.ReadAllText(BenchInput.Path, Encoding.UTF8)))
        {
            while (reader.TryRead(out var record))
            {
                records.Add(record);
            }
        }

        foreach (var record in records)
        {
            MedlineCitation.FromRecord(record);
        }

        using var listener = new AllocationListener();
        foreach (var record in records)
        {
            MedlineCitation.FromRecord(record);
        }

        var total = listener.Counts.Values.Sum();
        foreach (var (type, bytes) in listener.Counts.OrderByDescending(x => x.Value).Take(25))
        {
            Console.WriteLine(FormattableString.Invariant($"{bytes * 100.0 / total,5:F1} %  {bytes / (double)records.Count,7:F0} B/record  {type}"));
        }

        return 0;
    }

    private sealed class AllocationListener : System.Diagnostics.Tracing.EventListener
    {
        public Dictionary<string, long> Counts { get; } = [];

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null)
            {
                return;
            }

            var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
            lock (Counts)
            {
                Counts[type] = Counts.GetValueOrDefault(type) + amount;
            }
        }
    }
}
