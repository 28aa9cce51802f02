using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Medline.Parser.Cli.Commands;

namespace Medline.Parser.Cli;

/// <summary>The <c>medline</c> command line: the root command, its subcommands, and parse-error handling.</summary>
internal static class MedlineCli
{
    public static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand(
            "medline: convert, validate and summarise MEDLINE/PubMed tagged text (.nbib/.txt exports).")
        {
            ConvertCommand.Create(environment),
            ValidateCommand.Create(environment),
            StatsCommand.Create(environment),
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

    /// <summary>Parses and runs; a usage error prints its message and exits 2.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        CliEnvironment environment,
        InvocationConfiguration? configuration = null,
        CancellationToken cancellationToken = default)
    {
        configuration ??= new InvocationConfiguration();
        var parseResult = CreateRootCommand(environment).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await configuration.Error.WriteLineAsync($"medline: error: {error.Message}").ConfigureAwait(false);
            }

            await configuration.Error.WriteLineAsync("Run 'medline --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    public static int Run(IReadOnlyList<string> args, CliEnvironment environment, InvocationConfiguration? configuration = null) =>
        RunAsync(args, environment, configuration).GetAwaiter().GetResult();
}
