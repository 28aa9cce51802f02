namespace Medline.Parser.Tests.TestSupport;

/// <summary>
/// Finds ../shared (the corpus, the seed record, the format reference) beside the repository, or where
/// <see cref="OverrideVariable"/> points. A test that needs it fails with <see cref="MissingMessage"/> when it is
/// missing, CI or not: a corpus test that returned early counted as passed and hid that nothing was checked.
/// </summary>
internal static class SharedData
{
    /// <summary>An environment variable naming the shared folder instead of ../shared (also used to check that the tests fail without it).</summary>
    public const string OverrideVariable = "MEDLINE_SHARED_DIR";

    private static readonly Lazy<string> s_expected = new(ExpectedRoot);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared folder. Throws <see cref="DirectoryNotFoundException"/> when it (or its corpus/) is missing.</summary>
    public static string Root =>
        Directory.Exists(Path.Combine(s_expected.Value, "corpus")) ? s_expected.Value : throw new DirectoryNotFoundException(MissingMessage);

    /// <summary>Why a test that needs the shared data failed.</summary>
    public static string MissingMessage =>
        $"the shared reference data (corpus/, seed/, docs/) is missing at {s_expected.Value}; the tests that read it fail without it: " +
        $"put ../shared beside the repository or set {OverrideVariable} to its path";

    public static string CorpusDirectory => Path.Combine(Root, "corpus");

    public static string SeedPath => Path.Combine(Root, "seed", "pmid-32756149.txt");

    /// <summary>The seed record (../shared/seed/pmid-32756149.txt) as a typed citation.</summary>
    public static MedlineCitation SeedCitation()
    {
        using var reader = MedlineReader.FromFile(SeedPath);
        return reader.ReadCitations().Single();
    }

    /// <summary>Every export in the corpus (expected-biopython/ and the catalogue excluded), by path relative to corpus/.</summary>
    public static IEnumerable<string> CorpusFiles()
    {
        var corpus = CorpusDirectory;
        var any = false;
        foreach (var path in Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(corpus, path).Replace('\\', '/');
            if (relative.StartsWith("expected-biopython/", StringComparison.Ordinal) || relative.EndsWith(".md", StringComparison.Ordinal))
            {
                continue;
            }

            any = true;
            yield return relative;
        }

        if (!any)
        {
            throw new DirectoryNotFoundException($"the corpus at {corpus} holds no export");
        }
    }

    /// <summary>
    /// Rows for a [Theory] over every corpus file. When the corpus is missing, one row <see cref="MissingCorpus"/>,
    /// which fails in <see cref="CorpusPath"/> (a theory with no rows would not run at all).
    /// </summary>
    public static TheoryData<string> CorpusTheoryData()
    {
        var data = new TheoryData<string>();
        if (!Directory.Exists(Path.Combine(s_expected.Value, "corpus")))
        {
            data.Add(MissingCorpus);
            return data;
        }

        foreach (var file in CorpusFiles())
        {
            data.Add(file);
        }

        return data;
    }

    public const string MissingCorpus = "(corpus missing)";

    /// <summary>The absolute path of a corpus file; throws when the corpus is missing.</summary>
    public static string CorpusPath(string relative) => Path.Combine(CorpusDirectory, relative);

    private static string ExpectedRoot() =>
        Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } overridden
            ? Path.GetFullPath(overridden)
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

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
