using System.CommandLine;
using Medline.Parser.Cli.Output;
using Medline.Parser.Cli.Running;

namespace Medline.Parser.Cli.Commands;

/// <summary><c>medline convert [INPUT...] [-o PATH] [--format json|ndjson] [--indent] [--raw] [--strict] [--quiet]</c>.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var inputs = CommonOptions.Inputs(CommonOptions.InputsHelp);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to PATH instead of standard output ('-' is standard output). The file is written " +
                "under a temporary name beside PATH and renamed at the end: a failed run leaves no partial file",
            HelpName = "PATH",
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "json: one array; ndjson: one object per line. Default: ndjson when PATH ends in .ndjson " +
                "or .jsonl, json otherwise",
            HelpName = "json|ndjson",
        };
        format.AcceptOnlyFromAmong("json", "ndjson");
        var indent = new Option<bool>("--indent") { Description = "Indent the JSON (json format only)" };
        var raw = new Option<bool>("--raw")
        {
            Description = "Write the lossless records, {\"fields\":[{\"tag\":\"PMID\",\"value\":\"…\",\"line\":1},…]}, " +
                "instead of typed citations",
        };
        var strict = CommonOptions.Strict("Stop at the first error (exit 1) and write no output file");
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var encoding = CommonOptions.Encoding();

        var command = new Command("convert",
            "Convert MEDLINE/PubMed tagged text to JSON or NDJSON. Diagnostics go to stderr as " +
            "PATH(LINE,COL): warning|error CODE: message, then one summary line.")
        {
            inputs, output, format, indent, raw, strict, quiet, verbose, encoding,
        };

        CommandRunner.SetAction(command, environment, context =>
        {
            var result = context.ParseResult;
            return Execute(context, new ConvertSettings(
                result.GetValue(inputs) ?? [],
                result.GetValue(output),
                result.GetValue(format),
                result.GetValue(indent),
                result.GetValue(raw),
                result.GetValue(strict),
                result.GetValue(quiet),
                result.GetValue(verbose),
                result.GetValue(encoding)));
        });
        return command;
    }

    private static int Execute(RunContext context, ConvertSettings settings)
    {
        var inputs = InputResolver.Resolve(settings.Inputs);
        var outputPath = settings.Output is null or "-" ? null : settings.Output;
        var format = ResolveFormat(settings.Format, outputPath);
        if (settings.Indent && format == OutputFormat.Ndjson)
        {
            throw new CliException(ExitCodes.Usage, "--indent cannot be used with ndjson (one object per line)");
        }

        if (outputPath is not null)
        {
            foreach (var input in inputs)
            {
                if (input.Path is not null && InputResolver.SameFile(input.Path, outputPath))
                {
                    throw new CliException(ExitCodes.Usage,
                        $"the output {settings.Output} is also an input; refusing to overwrite it");
                }
            }
        }

        using var target = outputPath is null
            ? OutputTarget.ForStandardOutput(context.Environment.OpenStandardOutput())
            : OutputTarget.ForFile(outputPath, ExpectedOutputLength(inputs, settings.Raw));
        // Ctrl+C while a read blocks (a slow pipe) may end the process before the worker sees the token: unlink the
        // temporary file at once; the worker then stops at the next record and writes nothing more that is kept.
        using var unlink = target.TempPath is { } temp
            ? context.CancellationToken.Register(() => OutputTarget.TryDelete(temp))
            : default;
        var counter = new ByteCounter();
        bool completed;
        DiagnosticReporter reporter;
        using (var progress = new ProgressDisplay(context.Environment, context.Error, inputs, counter, !settings.Quiet))
        {
            reporter = CommandRunner.CreateReporter(progress, settings.Quiet, settings.Verbose);
            var runner = new InputRunner(context.Environment, reporter, counter, settings.Strict, settings.Encoding);
            using var json = new JsonOutput(target.Stream, format, settings.Indent);
            try
            {
                if (!settings.Strict && !settings.Indent)
                {
                    // All cores: chunks of records are parsed and written as JSON in parallel, appended in order.
                    runner.RunChunked(
                        inputs,
                        chunk => JsonChunk.Convert(chunk, settings.Raw, format, json),
                        chunk =>
                        {
                            using (chunk)
                            {
                                json.WriteChunk(chunk);
                            }
                        },
                        context.CancellationToken);
                    completed = true;
                }
                else
                {
                    completed = settings.Raw
                        ? runner.Run(
                            inputs,
                            record =>
                            {
                                var diagnostics = TypedCitations.WriteRaw(json.Writer, record);
                                json.EndValue();
                                return diagnostics;
                            },
                            context.CancellationToken)
                        : runner.Run(
                            inputs,
                            TypedCitations.Prepare,
                            (_, citation) =>
                            {
                                var diagnostics = TypedCitations.Write(json.Writer, citation);
                                json.EndValue();
                                return diagnostics;
                            },
                            context.CancellationToken);
                }

                if (completed)
                {
                    json.Complete();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && outputPath is null)
            {
                throw new CliException(ExitCodes.InputOutput, $"cannot write output <stdout>: {e.Message}", e);
            }
        }

        if (completed)
        {
            target.Commit();
        }
        else
        {
            target.Abort();
        }

        context.Error.WriteLine(reporter.Summary(context.Clock.Elapsed));
        return completed ? ExitCodes.Success : ExitCodes.DataErrors;
    }

    /// <summary>
    /// What the output will likely weigh, to reserve on the disk: compact JSON of the corpus is 1.74 times its MEDLINE
    /// text typed and 1.50 times raw (measured on the 100 MiB benchmark input). Unknown (0) when reading stdin.
    /// </summary>
    internal static long ExpectedOutputLength(IReadOnlyList<InputSource> inputs, bool raw)
    {
        long total = 0;
        foreach (var input in inputs)
        {
            if (input.IsStdin)
            {
                return 0;
            }

            total += input.Length;
        }

        return raw ? total / 2 * 3 : total / 4 * 7;
    }

    internal static OutputFormat ResolveFormat(string? format, string? outputPath)
    {
        if (format is not null)
        {
            return format == "ndjson" ? OutputFormat.Ndjson : OutputFormat.Json;
        }

        var extension = outputPath is null ? string.Empty : Path.GetExtension(outputPath);
        return extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase) ||
            extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase)
            ? OutputFormat.Ndjson
            : OutputFormat.Json;
    }

    private sealed record ConvertSettings(
        IReadOnlyList<string> Inputs,
        string? Output,
        string? Format,
        bool Indent,
        bool Raw,
        bool Strict,
        bool Quiet,
        bool Verbose,
        System.Text.Encoding? Encoding);
}
