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
