using System.Diagnostics;
using System.Globalization;
using Medline.Parser.Tokenizing;

namespace Medline.Parser.Benchmarks;

/// <summary>
/// Profiling by subtraction: the tokenizer's work rebuilt in stages over the same in-memory text, each stage adding
/// one cost of <c>RecordTokenizer.Scan</c>, timed with a Stopwatch (best of N). The difference between two stages is
/// what that cost takes in the real reader.
/// </summary>
public static class Probes
{
    /// <summary>Stage 0: one <c>IndexOfAny('\r','\n')</c> per line and nothing else.</summary>
    public static long CountLines(string text)
    {
        var span = text.AsSpan();
        long lines = 0;
        while (true)
        {
            var i = span.IndexOfAny('\r', '\n');
            if (i < 0)
            {
                return lines + (span.IsEmpty ? 0 : 1);
            }

            lines++;
            var next = i + 1;
            if (span[i] == '\r' && next < span.Length && span[next] == '\n')
            {
                next++;
            }

            span = span[next..];
        }
    }

    /// <summary>Stage 1: stage 0 plus classifying each line as the tokenizer does (whitespace check, tag line parse, tag lookup, trim).</summary>
    public static long Classify(string text, bool makeRecordStrings, bool makeValueStrings)
    {
        var span = text.AsSpan();
        long sum = 0;
        var pos = 0;
        var recordStart = -1;
        while (pos < span.Length)
        {
            var rest = span[pos..];
            var i = rest.IndexOfAny('\r', '\n');
            var contentEnd = i < 0 ? span.Length : pos + i;
            var next = i < 0 ? span.Length : contentEnd + (rest[i] == '\r' && i + 1 < rest.Length && rest[i + 1] == '\n' ? 2 : 1);
            var line = span[pos..contentEnd];
            var first = line.IsEmpty ? '\0' : line[0];
            if (first is ' ' or '\t' || line.IsEmpty || char.IsWhiteSpace(first))
            {
                var indent = line.Length - line.TrimStart().Length;
                if (indent == line.Length)
                {
                    if (recordStart >= 0 && makeRecordStrings)
                    {
                        sum += new string(span[recordStart..pos]).Length;
                    }

                    recordStart = -1;
                }
                else
                {
                    var value = line[indent..].Trim();
                    sum += value.Length;
                    if (makeValueStrings)
                    {
                        sum += new string(value).Length;
                    }
                }
            }
            else if (RecordTokenizer.TryParseTagLine(line, out var tagLength, out var valueStart, out _))
            {
                if (recordStart < 0)
                {
                    recordStart = pos;
                }

                sum += (int)MedlineTags.Parse(line[..tagLength]);
                var value = line[valueStart..].Trim();
                sum += value.Length;
                if (makeValueStrings)
                {
                    sum += new string(value).Length;
                }
            }

            pos = next;
        }

        return sum;
    }

    /// <summary>The tokenizer driven directly over the text (no TextReader): the reader minus its I/O layer.</summary>
    public static long TokenizerDirect(string text, MedlineReaderOptions options)
    {
        using var tokenizer = new RecordTokenizer(options);
        var offset = 0;
        long fields = 0;
        while (true)
        {
            switch (tokenizer.TryReadRecord(out var record))
            {
                case TokenizeStatus.Record:
                    fields += record!.Fields.Length;
                    break;
                case TokenizeStatus.End:
                    return fields;
                default:
                    var target = tokenizer.GetFillTarget();
                    var n = Math.Min(target.Length, text.Length - offset);
                    text.AsSpan(offset, n).CopyTo(target.Span);
                    offset += n;
                    tokenizer.Advance(n);
                    break;
            }
        }
    }

    public static void Run(int repeats)
    {
        var info = InputInfo.Current;
        var bytes = File.ReadAllBytes(info.Path);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Console.WriteLine($"input: {info}");
        Console.WriteLine($"best of {repeats} runs, Stopwatch, one thread; MB = 10^6 input bytes");
        Console.WriteLine();
        Console.WriteLine("| stage | ms | MB/s | ns/record | alloc B/record |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var pooled = new MedlineReaderOptions { PoolStrings = true };
        var unpooled = new MedlineReaderOptions { PoolStrings = false };
        Stage("0 line scan: IndexOfAny per line", () => CountLines(text));
        Stage("1 + classify line (tag parse, lookup, trim)", () => Classify(text, false, false));
        Stage("2 + one string per record (raw text copy)", () => Classify(text, true, false));
        Stage("3 + one string per value line (no pooling)", () => Classify(text, true, true));
        Stage("4 tokenizer direct, pooled", () => TokenizerDirect(text, pooled));
        Stage("5 tokenizer direct, unpooled", () => TokenizerDirect(text, unpooled));
        Stage("6 MedlineReader.FromText, pooled", () => ReaderBenchmarks.Consume(MedlineReader.FromText(text, pooled)));
        Stage("7 MedlineReader.FromText, unpooled", () => ReaderBenchmarks.Consume(MedlineReader.FromText(text, unpooled)));
        Stage("8 MedlineReader.FromStream (UTF-8 bytes), pooled", () =>
            ReaderBenchmarks.Consume(MedlineReader.FromStream(new MemoryStream(bytes, writable: false), pooled)));
        Stage("9 MedlineReader.FromFile (page cache), pooled", () => ReaderBenchmarks.Consume(MedlineReader.FromFile(info.Path, pooled)));
        Stage("b1 naive ReadLine+StringBuilder", () => NaiveReader.Read(new StringReader(text), false).Fields);
        Stage("b2 UTF-8 byte scan, no strings", () => Utf8Scan.Read(bytes).Fields);

        void Stage(string name, Func<long> action)
        {
            action(); // JIT and tiering warm-up
            action();
            var best = double.MaxValue;
            long bestAlloc = 0;
            for (var r = 0; r < repeats; r++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                action();
                sw.Stop();
                var alloc = GC.GetAllocatedBytesForCurrentThread() - before;
                if (sw.Elapsed.TotalMilliseconds < best)
                {
                    best = sw.Elapsed.TotalMilliseconds;
                    bestAlloc = alloc;
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {best:F0} | {info.Bytes / (best / 1000) / 1e6:F0} | {best * 1e6 / info.Records:F0} | {(double)bestAlloc / info.Records:F0} |"));
        }
    }
}
