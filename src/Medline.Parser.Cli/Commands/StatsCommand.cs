using System.CommandLine;
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
            HelpName = "N",
        };
        top.Validators.Add(static result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--top must be at least 1");
            }
        });
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var encoding = CommonOptions.Encoding();
        var command = new Command("stats",
            "Summarise citations: records by status and by publication year (a bar chart), top journals, top MeSH " +
            "descriptors, authors per record, and the share with a DOI, an abstract, an ORCID. Diagnostics and the " +
            "summary line go to stderr.")
        {
            inputs, json, top, quiet, verbose, encoding,
        };

        CommandRunner.SetAction(command, environment, context =>
        {
            var result = context.ParseResult;
            var sources = InputResolver.Resolve(result.GetValue(inputs));
            var aggregator = new StatsAggregator();
            var counter = new ByteCounter();
            DiagnosticReporter reporter;
            using (var progress = new ProgressDisplay(environment, context.Error, sources, counter, !result.GetValue(quiet)))
            {
                reporter = CommandRunner.CreateReporter(progress, result.GetValue(quiet), result.GetValue(verbose));
                var runner = new InputRunner(environment, reporter, counter, strict: false, result.GetValue(encoding));
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
                using var stdout = environment.OpenStandardOutput();
                StatsRenderer.WriteJson(report, stdout);
            }
            else
            {
                StatsRenderer.WriteText(report, context.Output, environment.OutputIsTerminal);
            }

            context.Error.WriteLine(reporter.Summary(context.Clock.Elapsed));
            return ExitCodes.Success;
        });
        return command;
    }
}
