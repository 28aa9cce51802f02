using System.Diagnostics;
using System.Text.Json;

namespace Medline.Parser.Cli.Tests;

/// <summary>End-to-end runs of the built tool as a separate process: real stdin/stdout pipes and exit codes.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    internal static (int ExitCode, string Stdout, string Stderr) Run(string fileName, IEnumerable<string> args, string? stdin = null, string? prefixArg = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (prefixArg is not null)
        {
            start.ArgumentList.Add(prefixArg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static (int ExitCode, string Stdout, string Stderr) Medline(params string[] args) =>
        Run("dotnet", args, prefixArg: Path.Combine(AppContext.BaseDirectory, "medline.dll"));

    private static (int ExitCode, string Stdout, string Stderr) MedlineWithStdin(string stdin, params string[] args) =>
        Run("dotnet", args, stdin, Path.Combine(AppContext.BaseDirectory, "medline.dll"));

    [Fact]
    public void Stdin_to_stdout_through_pipes()
    {
        var (exit, stdout, stderr) = MedlineWithStdin(File.ReadAllText(TestPaths.Sample), "convert", "--raw", "--format", "ndjson", "-");

        exit.Should().Be(0, stderr);
        using var json = JsonDocument.Parse(stdout.TrimEnd('\n'));
        json.RootElement.GetProperty("fields")[0].GetProperty("value").GetString().Should().Be("32756149");
        stderr.Should().StartWith("medline: 1 file, 1 record, 0 warnings, 0 errors in ");
    }

    [Fact]
    public void Missing_file_exits_3_with_one_line()
    {
        var missing = Path.Combine(_dir.Path, "missing.nbib");
        var (exit, stdout, stderr) = Medline("convert", "--raw", missing);

        exit.Should().Be(3);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"medline: error: input not found: {missing}\n");
    }

    [Fact]
    public void Usage_error_exits_2()
    {
        Medline("convert", "--no-such-option", "--format", "yaml").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Strict_failure_exits_1_and_leaves_no_file()
    {
        var broken = _dir.File("broken.txt", Inputs.Broken);
        var output = Path.Combine(_dir.Path, "out.json");
        var (exit, _, stderr) = Medline("convert", "--raw", "--strict", broken, "-o", output);

        exit.Should().Be(1, stderr);
        stderr.Should().StartWith($"{broken}(3,1): error MED1001: ");
        File.Exists(output).Should().BeFalse();
        _dir.Entries().Should().Equal("broken.txt");
    }

    [Fact]
    public async Task Sigint_deletes_the_temporary_file_and_exits_130()
    {
        // A slow endless input on stdin keeps the run going until the signal arrives.
        var output = Path.Combine(_dir.Path, "out.json");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "medline.dll"), "convert", "--raw", "-", "-o", output })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var sample = File.ReadAllText(TestPaths.Sample) + "\n";
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (_dir.Entries().Length == 0 && DateTime.UtcNow < deadline)
        {
            process.StandardInput.Write(sample);
            process.StandardInput.Flush();
            Thread.Sleep(20);
        }

        _dir.Entries().Should().ContainSingle().Which.Should().EndWith(".tmp");
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        process.WaitForExit(TimeSpan.FromSeconds(20)).Should().BeTrue();
        process.ExitCode.Should().Be(130, await stderr);
        _dir.Entries().Should().BeEmpty();
    }
}
