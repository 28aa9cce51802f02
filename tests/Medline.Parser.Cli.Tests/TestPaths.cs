namespace Medline.Parser.Cli.Tests;

/// <summary>Where the repository, its bundled sample and the shared reference data are.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Sample => Path.Combine(RepoRoot, "samples", "data", "pmid-32756149.txt");

    /// <summary>An environment variable naming the shared folder instead of ../shared (also used to check that the tests fail without it).</summary>
    public const string SharedOverrideVariable = "MEDLINE_SHARED_DIR";

    /// <summary>
    /// ../shared beside the repository (or where <see cref="SharedOverrideVariable"/> points). Throws when it is
    /// missing, CI or not: a test that returned early without it counted as passed and hid that nothing was checked.
    /// </summary>
    public static string Shared
    {
        get
        {
            var shared = Environment.GetEnvironmentVariable(SharedOverrideVariable) is { Length: > 0 } overridden
                ? Path.GetFullPath(overridden)
                : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(Path.Combine(shared, "corpus"))
                ? shared
                : throw new DirectoryNotFoundException(
                    $"the shared reference data (corpus/, seed/, docs/) is missing at {shared}; the tests that read it fail without it: " +
                    $"put ../shared beside the repository or set {SharedOverrideVariable} to its path");
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Medline.Parser.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Medline.Parser.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "medline-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string? content = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        if (content is not null)
        {
            System.IO.File.WriteAllText(path, content);
        }

        return path;
    }

    public string[] Entries() => Directory.GetFileSystemEntries(Path, "*", SearchOption.AllDirectories)
        .Select(e => System.IO.Path.GetRelativePath(Path, e).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class Inputs
{
    public const string Broken = "PMID- 1\nTI  - ok title\nthis is broken\n\nPMID- 2\nTI  - second\n";

    public const string Good = "PMID- 10\nTI  - first\nAU  - Doe J\n\nPMID- 11\nTI  - second\n      continued\n";

    public static byte[] Binary { get; } = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 10, 0, 3, 0, 0x3E, 0, 1, 0, 0xFF, 0xFE, 10];
}
