using System.CommandLine;
using System.Globalization;
using Medline.Parser.Cli.Running;

namespace Medline.Parser.Cli.Commands;

/// <summary><c>medline validate [INPUT...] [--raw] [--strict] [--quiet] [--verbose]</c>: diagnostics and the summary only.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var inputs = CommonOptions.Inputs(CommonOptions.InputsHelp);
        var raw = new Option<bool>("--raw")
        {
            Description = "Check the lines and records only, not the values of the typed citations",
        };
        var strict = CommonOptions.Strict("Stop at the first error");
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var reading = new ReadingOptions();
        var command = new Command("validate",
            "Check MEDLINE files (or our JSON): print every diagnostic (PATH(LINE,COL): warning|error CODE: message) and a " +
            "summary line to stderr; write nothing else. Exits 1 when any error is found.")
        {
            inputs, raw, strict, quiet, verbose,
        };
        reading.AddTo(command);

        CommandRunner.SetAction(command, environment, context =>
        {
            var result = context.ParseResult;
            var sources = context.ResolveInputs(result.GetValue(inputs));
            var typed = !result.GetValue(raw);
            var counter = new ByteCounter();
            DiagnosticReporter reporter;
            long recovered = 0;
            using (var progress = new ProgressDisplay(environment, context.Error, sources, counter, !result.GetValue(quiet)))
            {
                reporter = CommandRunner.CreateReporter(progress, result.GetValue(quiet), result.GetValue(verbose));
                var runner = new InputRunner(environment, reporter, counter, result.GetValue(strict), reading.Read(result))
                {
                    // The reader checks each object; what it reads has only warnings of its own.
                    Json = typed ? JsonInput.Citations(static citation => citation.Diagnostics) : JsonInput.Records(static record => record.Diagnostics),
                };
                Func<MedlineRecord, IReadOnlyList<MedlineDiagnostic>> check = typed ? TypedCitations.Validate : static record => record.Diagnostics;
                if (result.GetValue(strict))
                {
                    runner.Run<IReadOnlyList<MedlineDiagnostic>>(
                        sources,
                        check,
                        (record, diagnostics) =>
                        {
                            recovered += record.IsRecovered ? 1 : 0;
                            return diagnostics;
                        },
                        context.CancellationToken);
                }
                else
                {
                    runner.RunChunked(
                        sources,
                        chunk => RecordChunk<bool>.Process(chunk, record => (record.IsRecovered, check(record))),
                        chunk => recovered += chunk.Items.Count(static isRecovered => isRecovered),
                        context.CancellationToken);
                }
            }

            context.Error.WriteLine(reporter.Summary(context.Clock.Elapsed) + RecoveredNote(recovered));
            return reporter.Errors > 0 ? ExitCodes.DataErrors : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>What the summary line adds when records were recovered (MED1013): nothing when none were.</summary>
    internal static string RecoveredNote(long recovered) => recovered == 0
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture,
            $"; {recovered} {(recovered == 1 ? "record" : "records")} recovered from lines that lost their breaks");
}
