using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Medline.Parser.Cli.Commands;
using Medline.Parser.Cli.Output;

namespace Medline.Parser.Cli;

/// <summary>The <c>medline</c> command line: the root command, its subcommands, and parse-error handling.</summary>
internal static class MedlineCli
{
    private static readonly char[] s_lineBreaks = ['\r', '\n'];

    /// <summary>The command's name in usage lines and messages, whatever the executable is called.</summary>
    public const string Name = "medline";

    /// <remarks>
    /// Not a <see cref="RootCommand"/>: that takes its name from the executable, and the x86-64-v3 native build
    /// (<see cref="NativeVariant"/>) is <c>medline-x86-64-v3</c>. The help and version options are the ones a
    /// <see cref="RootCommand"/> adds.
    /// </remarks>
    public static Command CreateRootCommand(CliEnvironment environment)
    {
        var root = new Command(Name,
            "medline: convert, validate and summarise MEDLINE/PubMed tagged text (.nbib/.txt exports).")
        {
            new HelpOption(),
            new VersionOption(),
            ConvertCommand.Create(environment),
            ValidateCommand.Create(environment),
            StatsCommand.Create(environment),
            FormatCommand.Create(environment),
            FixturesCommand.Create(environment),
        };

        // Every command's --help ends with the exit codes.
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help } helpOption)
            {
                helpOption.Action = new ExitCodesHelpAction(help);
            }
        }

        return root;
    }

    private sealed class ExitCodesHelpAction(HelpAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var result = inner.Invoke(parseResult);
            parseResult.InvocationConfiguration.Output.WriteLine(ExitCodes.HelpText);
            return result;
        }
    }

    /// <summary>
    /// Parses and runs. A usage error is one line per error, the last one saying where the usage is, and exit 2;
    /// output that cannot be written (help into a closed pipe) is one line and exit 3.
    /// </summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        CliEnvironment environment,
        InvocationConfiguration? configuration = null,
        CancellationToken cancellationToken = default)
    {
        configuration ??= new InvocationConfiguration();
        configuration.EnableDefaultExceptionHandler = false; // its message is a stack trace: failures are caught below
        var parseResult = CreateRootCommand(environment).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            var help = parseResult.CommandResult.Command is { } command && command.Name != Name
                ? $"{Name} {command.Name} --help"
                : $"{Name} --help";
            for (var i = 0; i < parseResult.Errors.Count; i++)
            {
                var message = string.Join(' ', parseResult.Errors[i].Message.Split(s_lineBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                var hint = i == parseResult.Errors.Count - 1 ? $" (see '{help}')" : string.Empty;
                await configuration.Error.WriteLineAsync($"medline: error: {message}{hint}").ConfigureAwait(false);
            }

            return ExitCodes.Usage;
        }

        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // Only the help and version texts are written outside a command's guard (CommandRunner).
            await configuration.Error.WriteLineAsync($"medline: error: cannot write output <stdout>: {OutputStream.Reason(e)}").ConfigureAwait(false);
            return ExitCodes.InputOutput;
        }
#pragma warning disable CA1031 // The top of the tool: any failure becomes one line and an exit code, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await configuration.Error.WriteLineAsync($"medline: error: internal error ({e.GetType().Name}): {e.Message}").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }

    public static int Run(IReadOnlyList<string> args, CliEnvironment environment, InvocationConfiguration? configuration = null) =>
        RunAsync(args, environment, configuration).GetAwaiter().GetResult();
}
