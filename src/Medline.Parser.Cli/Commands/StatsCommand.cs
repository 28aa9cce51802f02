using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Medline.Parser.Cli.Output;
using Medline.Parser.Cli.Running;
using Medline.Parser.Cli.Stats;

namespace Medline.Parser.Cli.Commands;

/// <summary><c>medline stats [INPUT...] [--json] [--top N]</c>: a bibliometric summary of the citations.</summary>
internal static class StatsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var inputs = CommonOptions.Inputs(CommonOptions.InputsHelp);
        var json = new Option<bool>("--json") { Description = "Print the statistics as one JSON object" };
        var top = new Option<int>("--top")
        {
            Description = "How many journals and MeSH descriptors to list",
            DefaultValueFactory = static _ => 10,
            CustomParser = ParseTop,
            HelpName = "N",
        };
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var reading = new ReadingOptions();
        var command = new Command("stats",
            "Summarise citations: records by status and by publication year (a bar chart), top journals, top MeSH " +
            "descriptors, authors per record, and the share with a DOI, an abstract, an ORCID. Diagnostics and the " +
            "summary line go to stderr.")
        {
            inputs, json, top, quiet, verbose,
        };
        reading.AddTo(command);

        CommandRunner.SetAction(command, environment, context =>
        {
            var result = context.ParseResult;
            var sources = context.ResolveInputs(result.GetValue(inputs));
            var aggregator = new StatsAggregator();
            var counter = new ByteCounter();
            DiagnosticReporter reporter;
            using (var progress = new ProgressDisplay(environment, context.Error, sources, counter, !result.GetValue(quiet)))
            {
                reporter = CommandRunner.CreateReporter(progress, result.GetValue(quiet), result.GetValue(verbose));
                var runner = new InputRunner(environment, reporter, counter, strict: false, reading.Read(result))
                {
                    Json = JsonInput.Citations(citation =>
                    {
                        var (stats, diagnostics) = TypedCitations.ToStats(citation);
                        aggregator.Add(stats);
                        return diagnostics;
                    }),
                };
                runner.RunChunked(
                    sources,
                    chunk => RecordChunk<StatsRecord>.Process(chunk, TypedCitations.ToStats),
                    chunk =>
                    {
                        foreach (var stats in chunk.Items)
                        {
                            aggregator.Add(stats);
                        }
                    },
                    context.CancellationToken);
            }

            var report = aggregator.ToReport(reporter.Files, result.GetValue(top));
            if (result.GetValue(json))
            {
                using var stdout = new OutputStream(environment.OpenStandardOutput(), OutputTarget.StdoutName);
                StatsRenderer.WriteJson(report, stdout);
                stdout.Flush();
            }
            else
            {
                try
                {
                    StatsRenderer.WriteText(report, context.Output, environment.OutputIsTerminal);
                    context.Output.Flush();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw OutputStream.Failure(OutputTarget.StdoutName, e);
                }
            }

            context.Error.WriteLine(reporter.Summary(context.Clock.Elapsed));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A whole number from 1 up; anything else is a usage error (exit 2) that says what it got.</summary>
    private static int ParseTop(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top >= 1)
        {
            return top;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture,
            $"--top takes a whole number from 1 to {int.MaxValue}, not '{text}'"));
        return 0;
    }
}
