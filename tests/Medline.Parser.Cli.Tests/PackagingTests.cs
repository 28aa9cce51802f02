using System.Text.Json;
using System.Xml.Linq;

namespace Medline.Parser.Cli.Tests;

/// <summary>
/// The path a real user takes: pack the tool, install it from the freshly packed folder into a temporary tool path,
/// and run <c>medline convert</c> on the bundled sample.
/// </summary>
public sealed class PackagingTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    [Trait("Category", "Packaging")]
    public void Packed_tool_installs_and_converts_the_bundled_sample()
    {
        var project = Path.Combine(TestPaths.RepoRoot, "src", "Medline.Parser.Cli", "Medline.Parser.Cli.csproj");
        var version = XDocument.Load(Path.Combine(TestPaths.RepoRoot, "Directory.Build.props"))
            .Descendants("Version").First().Value;
        var packages = Path.Combine(_dir.Path, "packages");
        var tools = Path.Combine(_dir.Path, "tools");

        var pack = ProcessTests.Run("dotnet", ["pack", project, "-c", "Release", "-o", packages, "--nologo", "-p:ContinuousIntegrationBuild=false"]);
        pack.ExitCode.Should().Be(0, pack.Stdout + pack.Stderr);
        File.Exists(Path.Combine(packages, $"Medline.Parser.Cli.{version}.nupkg")).Should().BeTrue();

        // A private package cache: the shared one would serve a copy of this version packed by an earlier run.
        var cache = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_dir.Path, "nuget") };
        var install = ProcessTests.Run("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", packages, "Medline.Parser.Cli", "--version", version], environment: cache);
        install.ExitCode.Should().Be(0, install.Stdout + install.Stderr);

        var medline = Path.Combine(tools, OperatingSystem.IsWindows() ? "medline.exe" : "medline");
        var output = Path.Combine(_dir.Path, "sample.json");
        var run = ProcessTests.Run(medline, ["convert", TestPaths.Sample, "-o", output]);
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stderr.Should().StartWith("medline: 1 file, 1 record, 0 warnings, 0 errors in ");

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        json.RootElement.GetArrayLength().Should().Be(1);
        json.RootElement[0].GetProperty("pmid").GetString().Should().Be("32756149");
        json.RootElement[0].GetProperty("doi").GetString().Should().Be("10.1097/MD.0000000000021429");

        var help = ProcessTests.Run(medline, ["--help"]);
        help.ExitCode.Should().Be(0);
        help.Stdout.Should().Contain("Exit codes:");
    }
}
