using System.Globalization;
using System.Text;

namespace Medline.Parser.Benchmarks;

/// <summary>
/// The benchmark input: every file of ../shared/corpus (not expected-biopython/, not CATALOG.md) concatenated in
/// ordinal path order, each normalised to end with exactly one blank line, repeated file by file until the target
/// size is reached. Built once into a cache file (never committed) and reused by every benchmark process.
/// </summary>
/// <remarks>
/// Overrides: <c>--input PATH</c> on the command line or <c>MEDLINE_BENCH_INPUT</c> uses a given file as it is;
/// <c>MEDLINE_BENCH_CACHE</c> sets the cache folder (default <c>$TMPDIR/medline-bench</c>);
/// <c>MEDLINE_CORPUS</c> sets the corpus folder (default: <c>shared/corpus</c> found next to a parent folder);
/// <c>MEDLINE_BENCH_MB</c> sets the target size in MiB (default 100).
/// </remarks>
public static class BenchInput
{
    public const string InputVariable = "MEDLINE_BENCH_INPUT";
    public const int DefaultSizeMiB = 100;

    private static string? s_path;

    /// <summary>The input file's path, building it on first use.</summary>
    public static string Path => s_path ??= Resolve();

    public static int TargetMiB =>
        int.TryParse(Environment.GetEnvironmentVariable("MEDLINE_BENCH_MB"), CultureInfo.InvariantCulture, out var mb) && mb > 0
            ? mb
            : DefaultSizeMiB;

    private static string Resolve()
    {
        var given = Environment.GetEnvironmentVariable(InputVariable);
        if (!string.IsNullOrEmpty(given))
        {
            if (!File.Exists(given))
            {
                throw new FileNotFoundException($"{InputVariable} names a file that does not exist", given);
            }

            return System.IO.Path.GetFullPath(given);
        }

        return Build(TargetMiB, null);
    }

    /// <summary>Builds (or reuses) the corpus file of about <paramref name="sizeMiB"/> MiB and returns its path.</summary>
    public static string Build(int sizeMiB, string? output)
    {
        var corpus = FindCorpus();
        var files = CorpusFiles(corpus);
        var cacheDir = Environment.GetEnvironmentVariable("MEDLINE_BENCH_CACHE")
            ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "medline-bench");
        output ??= System.IO.Path.Combine(cacheDir, $"corpus-{sizeMiB}mib.txt");
        var stamp = output + ".source";
        var fingerprint = Fingerprint(corpus, files, sizeMiB);
        if (File.Exists(output) && File.Exists(stamp) && File.ReadAllText(stamp) == fingerprint)
        {
            return output;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(output))!);
        var pieces = files.Select(Normalise).ToArray();
        var target = (long)sizeMiB * 1024 * 1024;
        var temp = output + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        long written = 0;
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            for (var i = 0; written < target; i = (i + 1) % pieces.Length)
            {
                stream.Write(pieces[i]);
                written += pieces[i].Length;
            }
        }

        File.Move(temp, output, overwrite: true);
        File.WriteAllText(stamp, fingerprint);
        Console.Error.WriteLine($"built {output}: {written:N0} bytes from {files.Count} corpus files");
        return output;
    }

    /// <summary>The corpus files that make up the input, in ordinal order of their relative path.</summary>
    public static List<string> CorpusFiles(string corpus) =>
        [.. Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => !System.IO.Path.GetRelativePath(corpus, f).StartsWith("expected-biopython", StringComparison.Ordinal))
            .Where(f => !string.Equals(System.IO.Path.GetFileName(f), "CATALOG.md", StringComparison.Ordinal))
            .OrderBy(f => System.IO.Path.GetRelativePath(corpus, f), StringComparer.Ordinal)];

    public static string FindCorpus()
    {
        var given = Environment.GetEnvironmentVariable("MEDLINE_CORPUS");
        if (!string.IsNullOrEmpty(given))
        {
            return given;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }

                candidate = System.IO.Path.Combine(dir.FullName, "..", "shared", "corpus");
                if (Directory.Exists(candidate))
                {
                    return System.IO.Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException("shared/corpus not found next to any parent folder; set MEDLINE_CORPUS");
    }

    // UTF-8 without BOM; trailing blank lines and spaces removed, then "\n\n" so every file ends with one blank line.
    private static byte[] Normalise(string file)
    {
        var text = File.ReadAllText(file, Encoding.UTF8);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return Encoding.UTF8.GetBytes(text.TrimEnd() + "\n\n");
    }

    private static string Fingerprint(string corpus, List<string> files, int sizeMiB)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"v1 {sizeMiB}\n");
        foreach (var f in files)
        {
            var info = new FileInfo(f);
            sb.Append(CultureInfo.InvariantCulture, $"{System.IO.Path.GetRelativePath(corpus, f)} {info.Length} {info.LastWriteTimeUtc.Ticks}\n");
        }

        return sb.ToString();
    }
}
