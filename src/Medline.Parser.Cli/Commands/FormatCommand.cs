using System.CommandLine;
using System.Globalization;
using Medline.Parser.Cli.Output;
using Medline.Parser.Cli.Running;

namespace Medline.Parser.Cli.Commands;

/// <summary>
/// <c>medline format [INPUT...] [-o PATH] [--check] [--crlf] [--width N]</c>: MEDLINE text rewritten in PubMed's
/// canonical layout (tag order, wrapping, line ends, one blank line between records), or, with <c>--check</c>, whether
/// each input already is.
/// </summary>
internal static class FormatCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var inputs = CommonOptions.Inputs(CommonOptions.InputsHelp);
        var output = CommonOptions.Output();
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; exit 1 when an input is not in the canonical layout, naming the first line that differs",
        };
        var crlf = new Option<bool>("--crlf") { Description = "End lines with CR LF instead of LF" };
        var width = new Option<int>("--width")
        {
            Description = $"Wrap values onto continuation lines at N columns (default {MedlineWriterOptions.PubMedLineWidth}, as PubMed)",
            HelpName = "N",
            DefaultValueFactory = static _ => MedlineWriterOptions.PubMedLineWidth,
        };
        width.Validators.Add(static result =>
        {
            if (result.Tokens is [{ Value: var text }] &&
                (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < MedlineWriterOptions.MinimumLineWidth))
            {
                result.AddError($"--width takes a whole number of columns from {MedlineWriterOptions.MinimumLineWidth}, not '{text}'");
            }
        });
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var reading = new ReadingOptions();
        var command = new Command("format",
            "Rewrite MEDLINE text in PubMed's canonical layout: fields in NLM order, values wrapped as PubMed wraps " +
            "them, one blank line between records (mends lost blank lines, wrapping and line ends). Diagnostics go to stderr.")
        {
            inputs, output, check, crlf, width, quiet, verbose,
        };
        reading.AddTo(command);

        CommandRunner.SetAction(command, environment, context =>
        {
            var result = context.ParseResult;
            var options = new MedlineWriterOptions
            {
                NewLine = result.GetValue(crlf) ? "\r\n" : "\n",
                LineWidth = result.GetValue(width),
            };
            if (result.GetValue(check) && result.GetValue(output) is not null)
            {
                throw new CliException(ExitCodes.Usage, "--check writes nothing: it cannot be used with --output");
            }

            var sources = context.ResolveInputs(result.GetValue(inputs));
            var counter = new ByteCounter();
            int exitCode;
            DiagnosticReporter reporter;
            using (var progress = new ProgressDisplay(environment, context.Error, sources, counter, !result.GetValue(quiet)))
            {
                reporter = CommandRunner.CreateReporter(progress, result.GetValue(quiet), result.GetValue(verbose));
                var runner = new InputRunner(environment, reporter, counter, strict: false, reading.Read(result));
                exitCode = result.GetValue(check)
                    ? Check(context, runner, sources, options, progress.WriteLine)
                    : Write(context, runner, sources, options, result.GetValue(output), progress.WriteLine);
            }

            context.Error.WriteLine(reporter.Summary(context.Clock.Elapsed));
            return exitCode;
        });
        return command;
    }

    private static int Write(
        RunContext context, InputRunner runner, IReadOnlyList<InputSource> inputs, MedlineWriterOptions options, string? output, Action<string> say)
    {
        var plan = output is null or "-" ? null : OutputPlan.For(output);
        if (plan is { IsFile: true })
        {
            foreach (var input in inputs)
            {
                if (input.Path is not null && InputResolver.SameFile(input.Path, plan.Path))
                {
                    throw new CliException(ExitCodes.Usage, $"the output {output} is also an input; refusing to overwrite it");
                }
            }
        }

        using var target = plan is null
            ? OutputTarget.ForStandardOutput(context.Environment.OpenStandardOutput())
            : OutputTarget.Open(plan, context.Environment.OpenStandardOutput);
        using var unlink = target.TempPath is { } temp ? context.CancellationToken.Register(() => OutputTarget.TryDelete(temp)) : default;
        long unwritten;
        using (var writer = MedlineWriter.ToStream(target.Stream, options, leaveOpen: true))
        {
            unwritten = CitationWriting.Run(runner, inputs, writer, context.CancellationToken);
        }

        CitationWriting.ReportUnwritten(say, unwritten);
        if (runner.JsonFailed)
        {
            // A JSON input with an error leaves its output incomplete: no output file (as convert).
            target.Abort();
            return ExitCodes.DataErrors;
        }

        target.Commit();
        return ExitCodes.Success;
    }

    private static int Check(
        RunContext context, InputRunner runner, IReadOnlyList<InputSource> inputs, MedlineWriterOptions options, Action<string> say)
    {
        var notCanonical = 0;
        foreach (var input in inputs)
        {
            if (input.Path is null)
            {
                throw new CliException(ExitCodes.Usage, "--check compares files with their canonical layout: give files, not standard input");
            }

            if (JsonInput.HasJsonName(input.DisplayName))
            {
                throw new CliException(ExitCodes.Usage, $"--check compares MEDLINE files with their canonical layout; {input.DisplayName} is JSON (format it with 'medline format {input.DisplayName} -o FILE.nbib')");
            }

            using var comparison = new ComparingStream(input.Path);
            using (var writer = MedlineWriter.ToStream(comparison, options, leaveOpen: true))
            {
                CitationWriting.Run(runner, [input], writer, context.CancellationToken);
            }

            if (comparison.FirstDifferenceLine is { } line)
            {
                notCanonical++;
                say(string.Create(CultureInfo.InvariantCulture,
                    $"{input.DisplayName}({line},1): not in the canonical layout from this line ('medline format' rewrites it)"));
            }
        }

        if (notCanonical > 0)
        {
            say(string.Create(CultureInfo.InvariantCulture,
                $"medline: {notCanonical} of {inputs.Count} {(inputs.Count == 1 ? "file is" : "files are")} not in the canonical layout"));
            return ExitCodes.DataErrors;
        }

        return ExitCodes.Success;
    }
}
