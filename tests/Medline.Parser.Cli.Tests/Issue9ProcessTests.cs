using System.Diagnostics;
using System.Globalization;

namespace Medline.Parser.Cli.Tests;

/// <summary>Issue 9 §3 bugs that only a real process shows: pipes, signals, the exit code of an unhandled exception.</summary>
public sealed class Issue9ProcessTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static ProcessStartInfo Medline(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "medline.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>An export of <paramref name="records"/> copies of the sample: its JSON far outgrows a pipe's 64 KiB.</summary>
    private string BigInput(int records) =>
        _dir.File("big.txt", string.Join("\n", Enumerable.Repeat(File.ReadAllText(TestPaths.Sample).TrimEnd('\n') + "\n", records)));

    /// <summary>Whether a thread of the process is blocked writing into a full pipe (Linux: its wait channel).</summary>
    private static bool IsBlockedOnAFullPipe(int pid)
    {
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "wchan")).Contains("pipe_write", StringComparison.Ordinal))
                {
                    return true;
                }
            }
            catch (IOException)
            {
                // The thread ended.
            }
        }

        return false;
    }

    private static void Interrupt(Process process)
    {
        using var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    [Fact]
    public async Task Stats_top_abc_as_a_process_is_exit_2_and_one_line_not_an_unhandled_exception()
    {
        using var process = Process.Start(Medline("stats", TestPaths.Sample, "--top", "abc"))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(1)).Should().BeTrue();

        process.ExitCode.Should().Be(2, stderr);
        stderr.Should().Be("medline: error: --top takes a whole number from 1 to 2147483647, not 'abc' (see 'medline stats --help')\n");
        (await stdout).Should().BeEmpty();
    }

    [Fact]
    public async Task Convert_into_a_pipe_closed_by_head_stops_at_once_with_exit_3()
    {
        // medline convert big.txt | head -c 100
        using var process = Process.Start(Medline("convert", BigInput(400)))!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var head = new byte[100];
        await process.StandardOutput.BaseStream.ReadExactlyAsync(head);
        process.StandardOutput.Close();

        process.WaitForExit(TimeSpan.FromMinutes(1)).Should().BeTrue();
        process.ExitCode.Should().Be(3, await stderr);
        (await stderr).Should().Be("medline: error: cannot write output <stdout>: Broken pipe\n", "no summary: the run stopped");
        System.Text.Encoding.UTF8.GetString(head).Should().StartWith("[{\"pmid\":\"32756149\"");
    }

    [Fact]
    public async Task Stats_into_a_closed_pipe_is_exit_3_not_success()
    {
        using var process = Process.Start(Medline("stats", "-"))!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.Close(); // before anything is written: the first write meets a closed pipe
        await process.StandardInput.WriteAsync(File.ReadAllText(TestPaths.Sample));
        process.StandardInput.Close();

        process.WaitForExit(TimeSpan.FromMinutes(1)).Should().BeTrue();
        process.ExitCode.Should().Be(3, await stderr);
        (await stderr).Should().Be("medline: error: cannot write output <stdout>: Broken pipe\n");
    }

    [Fact]
    public async Task Ctrl_C_while_stdout_is_a_full_pipe_nobody_reads_ends_the_run_with_130()
    {
        using var process = Process.Start(Medline("convert", "-q", BigInput(400)))!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        // Nobody reads standard output: wait until the run is blocked writing into it.
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!IsBlockedOnAFullPipe(process.Id) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        IsBlockedOnAFullPipe(process.Id).Should().BeTrue("the run fills the pipe");
        Interrupt(process);

        // The run ends ExitCodes.GraceTime (1 s) after the signal; before the fix it never ended. The bound here is
        // generous (a loaded test machine), not a measurement.
        var ended = process.WaitForExit(TimeSpan.FromSeconds(20));
        if (!ended)
        {
            process.Kill();
        }

        ended.Should().BeTrue("a run blocked on a full pipe must still end on Ctrl+C");
        process.ExitCode.Should().Be(130);
        (await stderr).Should().Be("medline: interrupted; no output file was written\n");
    }
}
