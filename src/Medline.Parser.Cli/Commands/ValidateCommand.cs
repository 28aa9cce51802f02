using System.CommandLine;
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
        var encoding = CommonOptions.Encoding();
        var command = new Command("validate",
            "Check MEDLINE files: print every diagnostic (PATH(LINE,COL): warning|error CODE: message) and a " +
            "summary line to stderr; write nothing else. Exits 1 when any error is found.")
        {
            inputs, raw, strict, quiet, verbose, encoding,
        };

        CommandRunner.SetAction(command, environment, context =>
        {
            var result = context.ParseResult;
            var sources = InputResolver.Resolve(result.GetValue(inputs));
            var typed = !result.GetValue(raw);
            var counter = new ByteCounter();
            DiagnosticReporter reporter;
            using (var progress = new ProgressDisplay(environment, context.Error, sources, counter, !result.GetValue(quiet)))
            {
                reporter = CommandRunner.CreateReporter(progress, result.GetValue(quiet), result.GetValue(verbose));
                var runner = new InputRunner(environment, reporter, counter, result.GetValue(strict), result.GetValue(encoding));
                Func<MedlineRecord, IReadOnlyList<MedlineDiagnostic>> check = typed ? TypedCitations.Validate : static record => record.Diagnostics;
                if (result.GetValue(strict))
                {
                    runner.Run<IReadOnlyList<MedlineDiagnostic>>(sources, check, static (_, diagnostics) => diagnostics, context.CancellationToken);
                }
                else
                {
                    runner.RunChunked(
                        sources,
                        chunk => RecordChunk<bool>.Process(chunk, record => (true, check(record))),
                        static _ => { },
                        context.CancellationToken);
                }
            }

            context.Error.WriteLine(reporter.Summary(context.Clock.Elapsed));
            return reporter.Errors > 0 ? ExitCodes.DataErrors : ExitCodes.Success;
        });
        return command;
    }
}
