using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Medline.Parser.Benchmarks;

/// <summary>
/// Exact allocation accounting for the reader. For every record, the bytes allocated on this thread inside
/// <c>TryRead</c> are measured (<see cref="GC.GetAllocatedBytesForCurrentThread"/>), and every object the record
/// holds that did not exist before (the record, its field array, its raw text, each value string not handed out
/// before by the pool, diagnostics) is counted and sized. If measured bytes equal the sizes of the kept objects,
/// those objects are the only allocations: the count of kept objects is then the exact allocation count.
/// </summary>
public static class AllocReport
{
    public static void Run()
    {
        var info = InputInfo.Current;
        var text = File.ReadAllText(info.Path, Encoding.UTF8);
        Console.WriteLine($"input: {info}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"x64 object sizes: MedlineRecord {RecordSize()} B, MedlineField (array element) {Unsafe.SizeOf<MedlineField>()} B, string 22 + 2*length B rounded up to 8"));
        Console.WriteLine();

        // Warm up JIT on a separate reader so the measured pass sees steady-state code.
        ReaderBenchmarks.Consume(MedlineReader.FromText(text[..Math.Min(text.Length, 2_000_000)]));
        Measure(text, pooled: true);
        Measure(text, pooled: false);
    }

    private static void Measure(string text, bool pooled)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var recordSize = RecordSize();
        var fieldSize = Unsafe.SizeOf<MedlineField>();
        long records = 0, fields = 0, measured = 0, accounted = 0, objects = 0, valueStrings = 0, nonEmptyValues = 0;
        long firstRecordBytes = 0;
        var buckets = new SortedDictionary<int, (long Records, long Fields, long Objects, long Measured)>();
        var perTag = new Dictionary<string, (long Values, long New)>();
        using var reader = MedlineReader.FromText(text, new MedlineReaderOptions { PoolStrings = pooled });
        while (true)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var ok = reader.TryRead(out var record);
            var delta = GC.GetAllocatedBytesForCurrentThread() - before;
            if (!ok || record is null)
            {
                break;
            }

            if (records == 0)
            {
                firstRecordBytes = delta;
            }

            long objs = 1, bytes = recordSize;
            objs++;
            bytes += Align(24 + ((long)fieldSize * record.Fields.Length));
            // record.RawText is not counted: the reader makes no copy of the source text (RawText is made on first
            // use, outside TryRead); fields and record slice the input string or the read chunk.
            Count(record.LeadingTrivia, ref objs, ref bytes);
            foreach (var f in record.Fields)
            {
                var before2 = objs;
                Count(f.Value, ref objs, ref bytes);
                valueStrings += objs - before2;
                if (pooled && f.KnownTag != MedlineTag.Unknown && MedlineTags.IsPooled(f.KnownTag) && f.Value.Length > 0)
                {
                    perTag.TryGetValue(f.Tag, out var t);
                    perTag[f.Tag] = (t.Values + 1, t.New + (objs - before2));
                }

                nonEmptyValues += f.Value.Length > 0 ? 1 : 0;
                Count(f.Tag, ref objs, ref bytes);
            }

            if (record.Diagnostics.Length > 0)
            {
                objs++;
                bytes += Align(24 + (8L * record.Diagnostics.Length));
                foreach (var d in record.Diagnostics)
                {
                    objs++;
                    bytes += DiagnosticSize();
                    Count(d.Message, ref objs, ref bytes);
                    Count(d.Tag, ref objs, ref bytes);
                    Count(d.Source, ref objs, ref bytes);
                }
            }

            records++;
            fields += record.Fields.Length;
            measured += delta;
            accounted += bytes;
            objects += objs;
            var bucket = Math.Min(record.Fields.Length / 20 * 20, 120);
            buckets.TryGetValue(bucket, out var b);
            buckets[bucket] = (b.Records + 1, b.Fields + record.Fields.Length, b.Objects + objs, b.Measured + delta);
        }

        void Count(string? s, ref long objs, ref long bytes)
        {
            if (string.IsNullOrEmpty(s) || !seen.Add(s) || ReferenceEquals(string.IsInterned(s), s))
            {
                return;
            }

            objs++;
            bytes += Align(22 + (2L * s.Length));
        }

        var mode = pooled ? "PoolStrings = true (default)" : "PoolStrings = false";
        Console.WriteLine($"### {mode}");
        Console.WriteLine();
        Console.WriteLine("| figure | value |");
        Console.WriteLine("|---|---:|");
        Row("records", records.ToString("N0", CultureInfo.InvariantCulture));
        Row("fields (kept values) per record", F((double)fields / records));
        Row("measured allocated bytes per record (inside TryRead)", F((double)measured / records));
        Row("bytes of the objects the records keep, per record", F((double)accounted / records));
        Row("unaccounted (transient) bytes per record", F((double)(measured - accounted) / records));
        Row("bytes allocated for the first record (buffers, pool, lists)", firstRecordBytes.ToString("N0", CultureInfo.InvariantCulture));
        Row("allocations (new objects kept) per record", F((double)objects / records));
        Row("  of which new value strings per record", F((double)valueStrings / records));
        Row("  of which per-record objects (record, field array, trivia, diagnostics)", F((double)(objects - valueStrings) / records));
        Row("allocations per kept value (objects / fields)", F((double)objects / fields, "F3"));
        Row("new value strings per non-empty value", F((double)valueStrings / nonEmptyValues, "F3"));
        Row("measured bytes per input byte", F((double)measured / InputInfo.Current.Bytes, "F2"));
        Console.WriteLine();
        Console.WriteLine("| fields per record | records | mean fields | allocations per record | allocations per field | measured B/record |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (bucket, b) in buckets)
        {
            var label = bucket >= 120 ? "120+" : $"{bucket}–{bucket + 19}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {b.Records:N0} | {(double)b.Fields / b.Records:F1} | {(double)b.Objects / b.Records:F1} | {(double)b.Objects / Math.Max(1, b.Fields):F3} | {(double)b.Measured / b.Records:N0} |"));
        }

        Console.WriteLine();
        if (pooled)
        {
            Console.WriteLine("Pooled tags by values that still allocated a new string (pool misses), top 15:");
            Console.WriteLine();
            Console.WriteLine("| tag | values | new strings | hit rate |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var (tag, t) in perTag.OrderByDescending(p => p.Value.New).Take(15))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {tag} | {t.Values:N0} | {t.New:N0} | {1 - ((double)t.New / t.Values):P1} |"));
            }

            Console.WriteLine();
        }
    }

    private static void Row(string name, string value) => Console.WriteLine($"| {name} | {value} |");

    private static string F(double value, string format = "F1") => value.ToString(format, CultureInfo.InvariantCulture);

    private static long Align(long size) => Math.Max(24, (size + 7) & ~7L);

    private static long s_recordSize;
    private static long s_diagnosticSize;

    private static long RecordSize() => s_recordSize > 0 ? s_recordSize : s_recordSize = SizeOf(typeof(MedlineRecord));

    private static long DiagnosticSize() => s_diagnosticSize > 0 ? s_diagnosticSize : s_diagnosticSize = SizeOf(typeof(MedlineDiagnostic));

    private static long SizeOf(Type type)
    {
        RuntimeHelpers.GetUninitializedObject(type);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var o = RuntimeHelpers.GetUninitializedObject(type);
        var size = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(o);
        return size;
    }
}
