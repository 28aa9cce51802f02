using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Grammar;

/// <summary>
/// Test-only reader of the reference corpus (../shared/corpus from the repository root): tag = first 4 chars trimmed
/// when column 5 is '-'; lines starting with whitespace continue the value (joined with one space after trimming).
/// Replace with MedlineReader once the reader is merged.
/// </summary>
internal static class CorpusValues
{
    private static readonly Lazy<Dictionary<string, List<string>>> s_all = new(Load);

    /// <summary>Every value of <paramref name="tag"/> in the corpus, in file order.</summary>
    public static IReadOnlyList<string> Of(string tag) =>
        s_all.Value.TryGetValue(tag, out var list) ? list : [];

    private static Dictionary<string, List<string>> Load()
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(SharedData.CorpusDirectory, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("expected-biopython", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            string? tag = null;
            string? value = null;
            void Flush()
            {
                if (tag is not null)
                {
                    if (!result.TryGetValue(tag, out var list))
                    {
                        result[tag] = list = [];
                    }

                    list.Add(value!);
                }

                tag = null;
                value = null;
            }

            foreach (var rawLine in File.ReadLines(file))
            {
                var line = rawLine.TrimStart('\uFEFF');
                if (line.Length >= 5 && line[4] == '-' && !char.IsWhiteSpace(line[0]))
                {
                    Flush();
                    tag = line[..4].Trim();
                    value = line.Length > 6 ? line[6..].Trim() : string.Empty;
                }
                else if (line.Length > 0 && char.IsWhiteSpace(line[0]) && tag is not null && line.Trim().Length > 0)
                {
                    value = value!.TrimEnd() + " " + line.Trim();
                }
                else
                {
                    Flush();
                }
            }

            Flush();
        }

        return result;
    }
}
