using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Xml.Linq;

namespace Medline.Parser.Cli.Tests;

/// <summary>
/// The path a real user takes: pack the tool as docs/cli.md says (the pointer package, the Native AOT package on
/// linux-x64, the framework-dependent <c>any</c> fallback), install it from the freshly packed folder into a temporary
/// tool path, and run <c>medline convert</c> on the bundled sample.
/// </summary>
public sealed class PackagingTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Where <c>dotnet tool install</c> picks the Native AOT package (the pointer names linux-x64 and any);
    /// everywhere else it picks the framework-dependent <c>any</c> package.</summary>
    private static bool NativeHere => OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64;

    [Fact]
    [Trait("Category", "Packaging")]
    public void Packed_tool_installs_and_converts_the_bundled_sample()
    {
        var project = Path.Combine(TestPaths.RepoRoot, "src", "Medline.Parser.Cli", "Medline.Parser.Cli.csproj");
        var version = XDocument.Load(Path.Combine(TestPaths.RepoRoot, "Directory.Build.props"))
            .Descendants("Version").First().Value;
        var packages = Path.Combine(_dir.Path, "packages");

        // The pack steps of docs/cli.md. The first makes only the pointer package (PublishAot: no RID package is
        // built without -r); each -r makes one RID package.
        Pack(project, packages);
        if (NativeHere)
        {
            Pack(project, packages, "-r", "linux-x64");
        }

        Pack(project, packages, "-r", "any", "-p:PublishAot=false");

        string[] expected = NativeHere
            ? [$"Medline.Parser.Cli.{version}.nupkg", $"Medline.Parser.Cli.any.{version}.nupkg", $"Medline.Parser.Cli.linux-x64.{version}.nupkg"]
            : [$"Medline.Parser.Cli.{version}.nupkg", $"Medline.Parser.Cli.any.{version}.nupkg"];
        Directory.GetFiles(packages).Select(Path.GetFileName).Should().BeEquivalentTo(expected);

        // The pointer package holds no implementation, only the RID packages to choose from.
        using (var pointer = ZipFile.OpenRead(Path.Combine(packages, $"Medline.Parser.Cli.{version}.nupkg")))
        {
            pointer.Entries.Select(e => e.FullName).Should().NotContain(name => name.EndsWith(".dll", StringComparison.Ordinal));
            var settings = pointer.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
            using var stream = settings.Open();
            XDocument.Load(stream).Descendants("RuntimeIdentifierPackage")
                .Select(p => $"{p.Attribute("RuntimeIdentifier")?.Value}={p.Attribute("Id")?.Value}")
                .Should().Equal("linux-x64=Medline.Parser.Cli.linux-x64", "any=Medline.Parser.Cli.any");
        }

        var tools = Path.Combine(_dir.Path, "tools");
        var medline = Install(tools, packages, "Medline.Parser.Cli", version);
        ConvertsTheSample(medline, "sample.json");
        if (NativeHere)
        {
            // The Native AOT executable: no managed entry point anywhere in the tool path, and no .NET host runs
            // (an apphost answers COREHOST_TRACE=1 with a trace on standard error).
            Directory.EnumerateFiles(tools, "medline.dll", SearchOption.AllDirectories).Should().BeEmpty();
            var native = Directory.EnumerateFiles(tools, "medline", SearchOption.AllDirectories)
                .Where(p => p.Contains("linux-x64", StringComparison.Ordinal)).Should().ContainSingle().Subject;
            new FileInfo(native).Length.Should().BeGreaterThan(1_000_000, "the whole tool compiled into one executable");
            RunsOnTheDotnetHost(medline).Should().BeFalse();

            // Beside it the x86-64-v3 build, which the baseline hands over to where the CPU has it (NativeVariant):
            // both give the same JSON, and the baseline runs alone when told to.
            var variant = Path.Combine(Path.GetDirectoryName(native)!, NativeVariant.FileName);
            File.Exists(variant).Should().BeTrue();
            var baseline = new Dictionary<string, string> { [NativeVariant.Variable] = "baseline" };
            ConvertsTheSample(medline, "sample-baseline.json", baseline);
            File.ReadAllText(Path.Combine(_dir.Path, "sample-baseline.json")).Should().Be(File.ReadAllText(Path.Combine(_dir.Path, "sample.json")));
            if (NativeVariant.HasV3(File.ReadAllText("/proc/cpuinfo")))
            {
                ConvertsTheSample(variant, "sample-v3.json");
                File.ReadAllText(Path.Combine(_dir.Path, "sample-v3.json")).Should().Be(File.ReadAllText(Path.Combine(_dir.Path, "sample.json")));
                RunningExecutable(medline).Should().EndWith("/" + NativeVariant.FileName, "the installed command hands over to the v3 build on this CPU");
                RunningExecutable(medline, baseline).Should().EndWith("/medline", "told to keep the baseline build, it does");
            }

            // The fallback that other platforms get through the pointer, installed by its own id: it works here too.
            var fallback = Install(Path.Combine(_dir.Path, "tools-any"), packages, "Medline.Parser.Cli.any", version);
            ConvertsTheSample(fallback, "sample-any.json");
            RunsOnTheDotnetHost(fallback).Should().BeTrue();
        }
        else
        {
            Directory.EnumerateFiles(tools, "medline.dll", SearchOption.AllDirectories).Should().ContainSingle();
            RunsOnTheDotnetHost(medline).Should().BeTrue();
        }
    }

    /// <summary><c>dotnet pack</c> into <paramref name="packages"/>, with every bin/obj/publish folder under the
    /// temporary folder (--artifacts-path): nothing is written into the source tree.</summary>
    private void Pack(string project, string packages, params string[] args)
    {
        var artifacts = Path.Combine(_dir.Path, "artifacts");
        var (exit, stdout, stderr) = RunLong("dotnet", ["pack", project, "-c", "Release", "-o", packages, "--artifacts-path", artifacts, "--nologo", "-p:ContinuousIntegrationBuild=false", .. args]);
        exit.Should().Be(0, $"dotnet pack {string.Join(' ', args)}\n{stdout}{stderr}");
    }

    /// <summary>Installs <paramref name="id"/> from the packed folder with a private package cache (the shared one
    /// would serve a copy of this version packed by an earlier run) and returns the command's path.</summary>
    private string Install(string toolPath, string packages, string id, string version)
    {
        var cache = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_dir.Path, "nuget") };
        var install = ProcessTests.Run("dotnet", ["tool", "install", "--tool-path", toolPath, "--add-source", packages, id, "--version", version], environment: cache);
        install.ExitCode.Should().Be(0, install.Stdout + install.Stderr);
        return Path.Combine(toolPath, OperatingSystem.IsWindows() ? "medline.exe" : "medline");
    }

    private void ConvertsTheSample(string medline, string outputName, Dictionary<string, string>? environment = null)
    {
        var output = Path.Combine(_dir.Path, outputName);
        var run = ProcessTests.Run(medline, ["convert", TestPaths.Sample, "-o", output], environment: environment);
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stderr.Should().StartWith("medline: 1 file, 1 record, 0 warnings, 0 errors in ");

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        json.RootElement.GetArrayLength().Should().Be(1);
        json.RootElement[0].GetProperty("pmid").GetString().Should().Be("32756149");
        json.RootElement[0].GetProperty("doi").GetString().Should().Be("10.1097/MD.0000000000021429");

        // Every export, as the installed tool writes it, equals what the CLI writes in-process: Parquet.Net's trim and
        // AOT warnings (reflection in schema helpers we do not call) are silenced in the native build, so this is the check.
        foreach (var extension in (string[])[".csl.json", ".ris", ".bib", ".csv", ".parquet"])
        {
            var tool = Path.Combine(_dir.Path, outputName + extension);
            var inProcess = Path.Combine(_dir.Path, outputName + ".in-process" + extension);
            string[] tables = extension is ".csv" or ".parquet" ? ["--tables", "all"] : [];
            ProcessTests.Run(medline, ["convert", TestPaths.Sample, "-o", tool, .. tables], environment: environment).ExitCode.Should().Be(0, extension);
            CliRun.Invoke(["convert", TestPaths.Sample, "-o", inProcess, .. tables]).ExitCode.Should().Be(0, extension);
            File.ReadAllBytes(tool).Should().Equal(File.ReadAllBytes(inProcess), extension);
        }

        File.ReadAllBytes(Path.Combine(_dir.Path, outputName + ".authors.parquet"))
            .Should().Equal(File.ReadAllBytes(Path.Combine(_dir.Path, outputName + ".in-process.authors.parquet")));

        var help = ProcessTests.Run(medline, ["--help"]);
        help.ExitCode.Should().Be(0);
        help.Stdout.Should().Contain("Exit codes:");
    }

    /// <summary>
    /// The executable a running <c>medline convert -</c> is (<c>/proc/PID/exe</c>, which an <c>execv</c> changes and
    /// the process id survives), read while the command waits for standard input.
    /// </summary>
    private static string RunningExecutable(string medline, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(medline) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("convert");
        start.ArgumentList.Add("-");
        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var exe = string.Empty;
        for (var wait = Stopwatch.StartNew(); wait.Elapsed < TimeSpan.FromSeconds(10); Thread.Sleep(50))
        {
            // Until the hand-over the process is still the baseline executable; give it the time to start.
            exe = new FileInfo($"/proc/{process.Id}/exe").LinkTarget ?? string.Empty;
            if (wait.Elapsed > TimeSpan.FromMilliseconds(500) || exe.EndsWith(NativeVariant.FileName, StringComparison.Ordinal))
            {
                break;
            }
        }

        process.StandardInput.Close();
        process.WaitForExit(30_000).Should().BeTrue();
        return exe;
    }

    /// <summary>Whether the command starts through the .NET host (apphost + runtime): with COREHOST_TRACE=1 the host
    /// traces to standard error; a Native AOT executable has no host and ignores it.</summary>
    private static bool RunsOnTheDotnetHost(string medline)
    {
        var trace = new Dictionary<string, string> { ["COREHOST_TRACE"] = "1" };
        var run = ProcessTests.Run(medline, ["--help"], environment: trace);
        run.ExitCode.Should().Be(0, run.Stderr);
        return run.Stderr.Contains("Tracing enabled", StringComparison.Ordinal);
    }

    /// <summary><see cref="ProcessTests.Run"/> with room for a Native AOT compile on a busy two-core machine (its
    /// limit is 2 minutes).</summary>
    private static (int ExitCode, string Stdout, string Stderr) RunLong(string fileName, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
