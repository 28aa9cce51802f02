using System.CommandLine;
using System.Diagnostics;
using Medline.Parser.Cli.Running;

namespace Medline.Parser.Cli.Commands;

/// <summary>What a command's body gets: the parsed values, the writers and streams, and the cancellation token.</summary>
internal sealed class RunContext
{
    public required ParseResult ParseResult { get; init; }

    public required CliEnvironment Environment { get; init; }

    public required TextWriter Output { get; init; }

    public required TextWriter Error { get; init; }

    public required CancellationToken CancellationToken { get; init; }

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    /// <summary>The inputs the INPUT arguments name (<see cref="InputResolver"/>), announcing a read from a terminal.</summary>
    public IReadOnlyList<InputSource> ResolveInputs(IReadOnlyList<string>? arguments)
    {
        var inputs = InputResolver.Resolve(arguments);
        AnnounceStdin(inputs);
        return inputs;
    }

    /// <summary>Says on stderr that standard input is read, when it is one of <paramref name="inputs"/> and a terminal.</summary>
    public void AnnounceStdin(IReadOnlyList<InputSource> inputs)
    {
        if (Environment.InputIsTerminal && inputs.Any(static input => input.IsStdin))
        {
            // Else a run with no INPUT waits in silence for text typed at the terminal, which looks like a hang.
            Error.WriteLine(StdinNotice);
        }
    }

    public const string StdinNotice =
        "medline: reading MEDLINE text from standard input (end it with Ctrl+D; give a file or folder to read that instead)";
}

/// <summary>
/// Runs a command's body on a worker thread (so Ctrl+C can cancel it) and turns every failure into one line on
/// stderr, <c>medline: error: …</c>, and its exit code: no stack trace ever reaches the user.
/// </summary>
internal static class CommandRunner
{
    public static void SetAction(Command command, CliEnvironment environment, Func<RunContext, int> body) =>
        command.SetAction((parseResult, cancellationToken) =>
        {
            var context = new RunContext
            {
                ParseResult = parseResult,
                Environment = environment,
                Output = parseResult.InvocationConfiguration.Output,
                Error = parseResult.InvocationConfiguration.Error,
                CancellationToken = cancellationToken,
            };
            return Task.Run(() => Guard(context, body), CancellationToken.None);
        });

    private static int Guard(RunContext context, Func<RunContext, int> body)
    {
        try
        {
            return body(context);
        }
        catch (CliException e)
        {
            context.Error.WriteLine($"medline: error: {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            context.Error.WriteLine(ExitCodes.InterruptedMessage);
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"medline: error: {e.Message}");
            return ExitCodes.InputOutput;
        }
#pragma warning disable CA1031 // The top of the tool: any failure becomes one line and an exit code, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            context.Error.WriteLine($"medline: error: internal error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The reporter, writing through the progress display so lines print above the bar.</summary>
    public static DiagnosticReporter CreateReporter(ProgressDisplay progress, bool quiet, bool verbose) =>
        new(progress.WriteLine, quiet, verbose);
}
