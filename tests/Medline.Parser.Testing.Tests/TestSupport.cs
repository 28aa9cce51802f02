using Medline.Parser.Testing;

namespace Medline.Parser.Testing.Tests;

internal static class TestSupport
{
    /// <summary>The citations of a text, and every diagnostic the reader gave, by line then column.</summary>
    public static (IReadOnlyList<MedlineCitation> Citations, IReadOnlyList<ExpectedDiagnostic> Diagnostics) Read(string text)
    {
        using var reader = MedlineReader.FromText(text);
        var citations = reader.ReadCitations().ToList();
        var diagnostics = citations.SelectMany(c => c.Diagnostics).Select(ExpectedDiagnostic.From)
            .OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        return (citations, diagnostics);
    }

    /// <summary>
    /// The citation with every OtherField's Line set to 0. The line is provenance, yet OtherField's equality still
    /// compares it, so a field that moved (the writer's order, a flattened record) would make equal citations differ.
    /// </summary>
    public static MedlineCitation WithoutLines(MedlineCitation citation) =>
        citation with { OtherFields = [.. citation.OtherFields.Select(o => o with { Line = 0 })] };

    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Medline.Parser.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Medline.Parser.sln above {AppContext.BaseDirectory}");
    }
}
