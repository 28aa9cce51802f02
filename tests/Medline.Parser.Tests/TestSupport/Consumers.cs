using System.Diagnostics;

namespace Medline.Parser.Tests.TestSupport;

/// <summary>
/// The programs nobody here wrote that read our exports (pandoc, bibutils, python3 with pandas, node with citation-js),
/// run as a user would. .ci/run installs them; a test that needs one fails (never skips) when it is missing.
/// </summary>
internal static class Consumers
{
    /// <summary>Debian's python3, which has pandas (the python3 on PATH may be another one without it).</summary>
    public const string Python = "/usr/bin/python3";

    /// <summary>Where npm installed citation-js (tests/consumers/node_modules), for node's NODE_PATH.</summary>
    public static string NodeModules { get; } = Path.Combine(SharedData.RepositoryRoot, "tests", "consumers", "node_modules");

    /// <summary>What a program printed and how it ended.</summary>
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        /// <summary>Throws with the program's own words unless it ended with 0.</summary>
        public Result EnsureSuccess(string what) => ExitCode == 0
            ? this
            : throw new InvalidOperationException($"{what} ended with {ExitCode}: {Error}");
    }

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/>, <paramref name="input"/> on its standard input.</summary>
    public static Result Run(string program, IEnumerable<string> arguments, string? input = null, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"{program} is not installed ({e.Message}); .ci/run installs it (apt-get install pandoc bibutils python3-pandas; npm ci in tests/consumers)", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input ?? "");
            process.StandardInput.Close();
            process.WaitForExit();
            return new Result(process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>Runs a node script with citation-js on its module path.</summary>
    public static Result Node(string script, string? input = null)
    {
        if (!Directory.Exists(Path.Combine(NodeModules, "@citation-js", "core")))
        {
            throw new InvalidOperationException($"citation-js is not installed in {NodeModules}; run: cd tests/consumers && npm ci");
        }

        return Run("node", ["-e", script], input, environment: new Dictionary<string, string> { ["NODE_PATH"] = NodeModules });
    }
}
