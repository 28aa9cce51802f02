using System.Globalization;
using System.Text;
using BenchmarkDotNet.Running;

namespace Medline.Parser.Benchmarks;

/// <summary>
/// Entry point. With no mode, runs BenchmarkDotNet (any of its arguments: <c>--filter *Reader*</c>, <c>--list flat</c>,
/// <c>--inProcess</c>…). Modes, as the first argument:
/// <list type="bullet">
/// <item><c>input [--size-mb N] [--out PATH]</c>: build the corpus input and print its path and shape.</item>
/// <item><c>verify</c>: all variants agree on records, fields, tags and value lengths (exit 1 if not).</item>
/// <item><c>alloc</c>: exact allocation accounting per record and per kept value.</item>
/// <item><c>probe [--repeats N]</c>: Stopwatch profile of the tokenizer's costs stage by stage.</item>
/// <item><c>ndjson INPUT OUTPUT [--threads N] [--typed]</c>: the stand-in NDJSON converter used by compare-biopython.sh.</item>
/// <item><c>typed [--repeats N]</c>: Stopwatch figures for the typed layer (reader, typed, typed + JSON), best of N.</item>
/// <item><c>typedloop SECONDS [--json|--fromrecord]</c>: typed parsing (and JSON, or FromRecord alone over records read once) over and over (a target for perf record).</item>
/// <item><c>writer [--repeats N]</c>: Stopwatch figures for the writer (records exact, citations canonical), best of N.</item>
/// <item><c>loop SECONDS</c>: read the input over and over (a target for perf record).</item>
/// </list>
/// <c>--input PATH</c> anywhere (or MEDLINE_BENCH_INPUT) uses that file instead of the built one.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var list = args.ToList();
        var inputAt = list.IndexOf("--input");
        if (inputAt >= 0 && inputAt + 1 < list.Count)
        {
            Environment.SetEnvironmentVariable(BenchInput.InputVariable, Path.GetFullPath(list[inputAt + 1]));
            list.RemoveRange(inputAt, 2);
        }

        var mode = list.Count > 0 ? list[0] : string.Empty;
        switch (mode)
        {
            case "input":
                var size = Option(list, "--size-mb", BenchInput.TargetMiB);
                var outAt = list.IndexOf("--out");
                var path = BenchInput.Build(size, outAt >= 0 ? list[outAt + 1] : null);
                Console.WriteLine(path);
                Console.Error.WriteLine(InputInfo.Load(path));
                return 0;
            case "verify":
                return Verify();
            case "alloc":
                AllocReport.Run();
                return 0;
            case "probe":
                Probes.Run(Option(list, "--repeats", 5));
                return 0;
            case "ndjson":
                return NdjsonConverter.Run(list[1], list[2], Option(list, "--threads", 2), list.Contains("--typed"));
            case "typed":
                return TypedBenchmarks.Quick(Option(list, "--repeats", 3), list.Contains("--json-only"));
            case "writer":
                return WriterBenchmarks.Quick(Option(list, "--repeats", 5));
            case "typedallocs":
                return TypedBenchmarks.Allocations();
            case "typedprobe":
                return TypedBenchmarks.Probe();
            case "typedloop":
                return TypedBenchmarks.Loop(list.Count > 1 ? double.Parse(list[1], CultureInfo.InvariantCulture) : 20, list.Contains("--json"), list.Contains("--fromrecord"));
            case "loop":
                return Loop(list.Count > 1 ? double.Parse(list[1], CultureInfo.InvariantCulture) : 20);
            default:
                if (!list.Contains("--list") && !list.Contains("--help") && Verify() != 0)
                {
                    return 1;
                }

                if (!list.Contains("--list") && !list.Contains("--help"))
                {
                    Console.WriteLine(InputInfo.Current);
                }

                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. list]);
                return 0;
        }
    }

    /// <summary>Superpower-style: every variant must see the same records before any of them is timed.</summary>
    public static int Verify()
    {
        var path = BenchInput.Path;
        var bytes = File.ReadAllBytes(path);
        var text = Encoding.UTF8.GetString(bytes);
        var variants = new List<(string Name, Checksum Sum)>
        {
            ("reader string pooled", LibraryReader.Checksum(MedlineReader.FromText(text, new MedlineReaderOptions { PoolStrings = true }))),
            ("reader string unpooled", LibraryReader.Checksum(MedlineReader.FromText(text, new MedlineReaderOptions { PoolStrings = false }))),
            ("reader UTF-8 stream", LibraryReader.Checksum(MedlineReader.FromStream(new MemoryStream(bytes, writable: false)))),
            ("reader file", LibraryReader.Checksum(MedlineReader.FromFile(path))),
            ("naive ReadLine", NaiveReader.Read(new StringReader(text), checksum: true)),
            ("UTF-8 byte scan", Utf8Scan.Read(bytes)),
        };
        variants.AddRange(TypedVariants.Checksums(text));
        var reference = variants[0].Sum;
        var ok = true;
        foreach (var (name, sum) in variants)
        {
            var agrees = sum.AgreesWith(reference);
            ok &= agrees;
            Console.Error.WriteLine($"verify {(agrees ? "ok  " : "FAIL")} {name,-24} {sum}");
        }

        if (!ok)
        {
            Console.Error.WriteLine("verify: the variants disagree; fix the baselines (or the reader) before timing them");
        }

        return ok ? 0 : 1;
    }

    private static int Loop(double seconds)
    {
        var text = File.ReadAllText(BenchInput.Path, Encoding.UTF8);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var passes = 0;
        while (sw.Elapsed.TotalSeconds < seconds)
        {
            ReaderBenchmarks.Consume(MedlineReader.FromText(text));
            passes++;
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{passes} passes in {sw.Elapsed.TotalSeconds:F1} s: {(double)passes * Encoding.UTF8.GetByteCount(text) / sw.Elapsed.TotalSeconds / 1e6:F0} MB/s"));
        return 0;
    }

    private static int Option(List<string> args, string name, int fallback)
    {
        var at = args.IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
