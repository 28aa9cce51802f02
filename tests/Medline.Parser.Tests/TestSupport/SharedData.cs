namespace Medline.Parser.Tests.TestSupport;

/// <summary>
/// Finds ../shared (the corpus, the seed record) beside the repository. When it is missing, tests that need it
/// fail under CI (CI=true) and return early elsewhere, so a developer without the corpus can still run the rest.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> s_root = new(FindRoot);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The path of ../shared, or null when absent outside CI. Throws under CI when absent.</summary>
    public static string? Root
    {
        get
        {
            var root = s_root.Value;
            if (root is null && IsCi)
            {
                throw new InvalidOperationException(
                    $"../shared is missing beside {RepositoryRoot}; under CI the corpus tests must not be skipped.");
            }

            return root;
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? CorpusDirectory => Root is { } root ? Path.Combine(root, "corpus") : null;

    public static string? SeedPath => Root is { } root ? Path.Combine(root, "seed", "pmid-32756149.txt") : null;

    /// <summary>The seed record (../shared/seed/pmid-32756149.txt) as a typed citation, or null when ../shared is absent outside CI.</summary>
    public static MedlineCitation? SeedCitation()
    {
        if (SeedPath is not { } path)
        {
            return null;
        }

        using var reader = MedlineReader.FromFile(path);
        return reader.ReadCitations().Single();
    }

    /// <summary>Every export in the corpus (expected-biopython/ and the catalogue excluded), by path relative to corpus/.</summary>
    public static IEnumerable<string> CorpusFiles()
    {
        var corpus = CorpusDirectory;
        if (corpus is null)
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(corpus, path).Replace('\\', '/');
            if (relative.StartsWith("expected-biopython/", StringComparison.Ordinal) || relative.EndsWith(".md", StringComparison.Ordinal))
            {
                continue;
            }

            yield return relative;
        }
    }

    /// <summary>Rows for a [Theory] over every corpus file; one placeholder row when the corpus is absent.</summary>
    public static TheoryData<string> CorpusTheoryData()
    {
        var data = new TheoryData<string>();
        var any = false;
        foreach (var file in CorpusFiles())
        {
            data.Add(file);
            any = true;
        }

        if (!any)
        {
            data.Add(MissingCorpus);
        }

        return data;
    }

    public const string MissingCorpus = "(corpus missing)";

    /// <summary>The absolute path of a corpus file, or null when the corpus is absent (outside CI).</summary>
    public static string? CorpusPath(string relative) =>
        relative == MissingCorpus || CorpusDirectory is null ? RequireAbsent() : Path.Combine(CorpusDirectory, relative);

    private static string? RequireAbsent()
    {
        _ = Root; // throws under CI
        return null;
    }

    private static string? FindRoot()
    {
        var shared = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(Path.Combine(shared, "corpus")) ? shared : null;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Medline.Parser.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Medline.Parser.sln not found above " + AppContext.BaseDirectory);
    }
}
