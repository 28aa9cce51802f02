namespace Medline.Parser.Cli;

/// <summary>
/// The process's standard streams and facts about them, so commands can run in-process in tests with captured
/// streams. Text for humans (help, diagnostics, summary, stats) goes to the <see cref="System.CommandLine.InvocationConfiguration"/>
/// writers; the JSON payload goes to <see cref="OpenStandardOutput"/> as bytes.
/// </summary>
internal sealed class CliEnvironment
{
    public required Func<Stream> OpenStandardInput { get; init; }

    public required Func<Stream> OpenStandardOutput { get; init; }

    /// <summary>Whether stderr is an interactive terminal (then a progress bar may be shown).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Whether stdout is an interactive terminal (then stats may use colour and charts).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Whether stdin is an interactive terminal (then reading it is announced: nothing else would tell).</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>How long a run must last before the progress bar appears.</summary>
    public TimeSpan ProgressDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public static CliEnvironment FromConsole() => new()
    {
        OpenStandardInput = Console.OpenStandardInput,
        OpenStandardOutput = StandardStreams.OpenOutput,
        ErrorIsTerminal = !Console.IsErrorRedirected,
        OutputIsTerminal = !Console.IsOutputRedirected,
        InputIsTerminal = !Console.IsInputRedirected,
    };
}
