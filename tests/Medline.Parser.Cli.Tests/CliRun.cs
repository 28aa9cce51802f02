using System.CommandLine;
using System.Text;
using Medline.Parser.Cli;

namespace Medline.Parser.Cli.Tests;

/// <summary>The outcome of one in-process run of the root command.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>Runs <c>medline</c> in-process with captured stdin, stdout (text and JSON bytes) and stderr.</summary>
internal static class CliRun
{
    public static CliResult Invoke(string[] args, string? stdin = null, byte[]? stdinBytes = null, bool inputIsTerminal = false, CancellationToken cancellationToken = default) =>
        Invoke(args, stdin, stdinBytes, null, inputIsTerminal, cancellationToken);

    /// <summary>Runs with <paramref name="standardOutput"/> as the standard output stream (one that fails, say).</summary>
    public static CliResult InvokeWithStdout(string[] args, Stream standardOutput) => Invoke(args, null, null, standardOutput, false, default);

    private static CliResult Invoke(string[] args, string? stdin, byte[]? stdinBytes, Stream? standardOutput, bool inputIsTerminal, CancellationToken cancellationToken)
    {
        var input = new MemoryStream(stdinBytes ?? Encoding.UTF8.GetBytes(stdin ?? string.Empty));
        var jsonOut = new MemoryStream();
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment
        {
            OpenStandardInput = () => input,
            OpenStandardOutput = () => standardOutput ?? new NonClosingStream(jsonOut),
            ErrorIsTerminal = false,
            OutputIsTerminal = false,
            InputIsTerminal = inputIsTerminal,
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var exit = MedlineCli.RunAsync(args, environment, configuration, cancellationToken).GetAwaiter().GetResult();
        var stdout = output.ToString() + Encoding.UTF8.GetString(jsonOut.ToArray());
        return new CliResult(exit, stdout, error.ToString());
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    }
}
