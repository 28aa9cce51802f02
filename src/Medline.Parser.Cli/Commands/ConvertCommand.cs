using System.CommandLine;
using System.Text.Json;
using Medline.Parser.Cli.Output;
using Medline.Parser.Cli.Running;
using Medline.Parser.Export;
using Medline.Parser.Serialization;

namespace Medline.Parser.Cli.Commands;

/// <summary><c>medline convert [INPUT...] [-o PATH] [--format json|ndjson|medline|csl-json|ris|bibtex|biblatex|csv|parquet] [--indent] [--empty-lists] [--tables T] [--raw] [--strict] [--quiet]</c>.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var inputs = CommonOptions.Inputs(CommonOptions.InputsHelp);
        var output = CommonOptions.Output();
        var format = new Option<string?>("--format", "-f")
        {
            Description = "json: one array; ndjson: one object per line; medline: MEDLINE text in PubMed's canonical " +
                "layout (with --raw: the records exactly as read); csl-json, ris, bibtex, biblatex, csv, parquet: for " +
                "reference managers and dataframes (docs/exports.md). Default: by PATH's extension (.json, .ndjson/.jsonl, " +
                ".nbib/.txt/.medline, .csl.json, .ris, .bib, .csv, .parquet), json when it has none",
            HelpName = OutputFormats.NameChoices,
        };
        format.Validators.Add(static result =>
        {
            if (result.Tokens is [{ Value: var value }] && OutputFormats.FromName(value) is null)
            {
                result.AddError($"--format takes {OutputFormats.NameList}, not '{value}'");
            }
        });
        var indent = new Option<bool>("--indent") { Description = "Indent the JSON (json format only)" };
        var tables = new Option<string?>("--tables")
        {
            Description = "csv and parquet to a file: also write long tables keyed by PMID beside it, so that counts are a " +
                "group-by: authors (one row per affiliation), mesh, grants, links, comma-separated, or all " +
                "(out.csv gets out.authors.csv, out.mesh.csv, ...)",
            HelpName = "authors,mesh,grants,links|all",
        };
        tables.Validators.Add(static result =>
        {
            if (result.Tokens is [{ Value: var value }] && LongTables.Parse(value) is null)
            {
                result.AddError($"--tables takes {LongTables.NameList} or all, comma-separated, not '{value}'");
            }
        });
        var emptyLists = new Option<bool>("--empty-lists")
        {
            Description = "Write every list property, [] when empty, instead of leaving it out: one shape for dataframes " +
                "(pandas json_normalize, DuckDB read_json_auto); json and ndjson only",
        };
        var raw = new Option<bool>("--raw")
        {
            Description = "Write the lossless records, {\"fields\":[{\"tag\":\"PMID\",\"value\":\"…\",\"line\":1},…]}, " +
                "instead of typed citations",
        };
        var strict = CommonOptions.Strict("Stop at the first error (exit 1) and write no output file");
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var reading = new ReadingOptions();

        var command = new Command("convert",
            "Convert MEDLINE/PubMed tagged text (or our JSON: .json, .ndjson, .jsonl, or text starting with [ or {) to JSON, " +
            "NDJSON, MEDLINE text, or an export (CSL-JSON, RIS, BibTeX, BibLaTeX, CSV, Parquet). Any error in a JSON " +
            "input: exit 1 and no output file. Diagnostics go to stderr as " +
            "PATH(LINE,COL): warning|error CODE: message, then one summary line.")
        {
            inputs, output, format, indent, emptyLists, tables, raw, strict, quiet, verbose,
        };
        reading.AddTo(command);

        CommandRunner.SetAction(command, environment, context =>
        {
            var result = context.ParseResult;
            return Execute(context, new ConvertSettings(
                result.GetValue(inputs) ?? [],
                result.GetValue(output),
                result.GetValue(format),
                result.GetValue(indent),
                LongTables.Parse(result.GetValue(tables)) ?? ExportTable.None,
                result.GetValue(emptyLists),
                result.GetValue(raw),
                result.GetValue(strict),
                result.GetValue(quiet),
                result.GetValue(verbose),
                reading.Read(result)));
        });
        return command;
    }

    private static int Execute(RunContext context, ConvertSettings settings)
    {
        // What the output is and how it is written are settled before any input is read; an output that is also an
        // input is the first thing said about it.
        var plan = settings.Output is null or "-" ? null : OutputPlan.For(settings.Output);
        var inputs = InputResolver.Resolve(settings.Inputs);
        if (plan is { IsFile: true })
        {
            foreach (var input in inputs)
            {
                if (input.Path is not null && InputResolver.SameFile(input.Path, plan.Path))
                {
                    throw new CliException(ExitCodes.Usage,
                        $"the output {settings.Output} is also an input; refusing to overwrite it");
                }
            }
        }

        var format = ResolveFormat(settings.Format, plan);
        if (settings.Indent && format != OutputFormat.Json)
        {
            throw new CliException(ExitCodes.Usage, $"--indent is for json only, not {OutputFormats.NameOf(format)}");
        }

        var export = OutputFormats.ExportOf(format);
        if (settings.Raw && export is not null)
        {
            throw new CliException(ExitCodes.Usage,
                $"--raw is for json, ndjson and medline; {OutputFormats.NameOf(format)} is made from typed citations");
        }

        if (settings.LongTables != ExportTable.None && (format is not (OutputFormat.Csv or OutputFormat.Parquet) || plan is not { IsFile: true }))
        {
            throw new CliException(ExitCodes.Usage, format is OutputFormat.Csv or OutputFormat.Parquet
                ? "--tables writes files beside the output file: give -o out." + OutputFormats.NameOf(format)
                : $"--tables is for csv and parquet, not {OutputFormats.NameOf(format)}");
        }

        var tablePlans = LongTables.Plans(settings.LongTables, plan, inputs);
        if (settings.EmptyLists && (settings.Raw || format is not (OutputFormat.Json or OutputFormat.Ndjson)))
        {
            throw new CliException(ExitCodes.Usage, settings.Raw
                ? "--empty-lists is for typed citations, not --raw (a record's fields are always written)"
                : $"--empty-lists is for json and ndjson only, not {OutputFormats.NameOf(format)}");
        }

        context.AnnounceStdin(inputs);
        using var target = plan is null
            ? OutputTarget.ForStandardOutput(context.Environment.OpenStandardOutput())
            : OutputTarget.Open(plan, context.Environment.OpenStandardOutput, ExpectedOutputLength(inputs, settings.Raw));
        // Ctrl+C while a read blocks (a slow pipe) may end the process before the worker sees the token: unlink the
        // temporary file at once; the worker then stops at the next record and writes nothing more that is kept.
        using var unlink = target.TempPath is { } temp
            ? context.CancellationToken.Register(() => OutputTarget.TryDelete(temp))
            : default;
        using var tableTargets = new LongTables.Targets(tablePlans, context.Environment.OpenStandardOutput);
        var counter = new ByteCounter();
        bool completed;
        DiagnosticReporter reporter;
        InputRunner runner;
        using (var progress = new ProgressDisplay(context.Environment, context.Error, inputs, counter, !settings.Quiet))
        {
            reporter = CommandRunner.CreateReporter(progress, settings.Quiet, settings.Verbose);
            runner = new InputRunner(context.Environment, reporter, counter, settings.Strict, settings.Reading);
            completed = export is { } exportFormat
                ? WriteExport(context, runner, inputs, target, tableTargets.Options(settings.LongTables), settings, exportFormat)
                : format == OutputFormat.Medline
                    ? WriteMedline(context, runner, inputs, target, settings, progress.WriteLine)
                    : WriteJson(context, runner, inputs, target, settings, format);
        }

        // A JSON input with an error is incomplete output, which JSON input never gives (issue 10 §4): no file, exit 1.
        completed &= !runner.JsonFailed;
        if (completed)
        {
            tableTargets.Commit();
            target.Commit();
        }
        else
        {
            tableTargets.Abort();
            target.Abort();
        }

        context.Error.WriteLine(reporter.Summary(context.Clock.Elapsed));
        return completed ? ExitCodes.Success : ExitCodes.DataErrors;
    }

    /// <summary>Typed citations (or, with <c>--raw</c>, the records) as JSON or NDJSON, on all cores unless <c>--strict</c> or <c>--indent</c>.</summary>
    /// <returns><see langword="false"/> when <c>--strict</c> stopped the run.</returns>
    private static bool WriteJson(
        RunContext context, InputRunner runner, IReadOnlyList<InputSource> inputs, OutputTarget target, ConvertSettings settings, OutputFormat format)
    {
        using var json = new JsonOutput(target.Stream, format, settings.Indent);
        var options = settings.EmptyLists ? new MedlineJsonOptions { EmptyLists = true } : MedlineJsonOptions.Default;
        bool completed;
        if (!settings.Strict && !settings.Indent)
        {
            runner.Json = settings.Raw
                ? JsonInput.Records(record => Append(json, format, writer => TypedCitations.WriteRaw(writer, record)))
                : JsonInput.Citations(citation => Append(json, format, writer => TypedCitations.Write(writer, citation, options)));
            // All cores: chunks of records are parsed and written as JSON in parallel, appended in order.
            runner.RunChunked(
                inputs,
                chunk => JsonChunk.Convert(chunk, settings.Raw, format, json, options),
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
            runner.Json = settings.Raw
                ? JsonInput.Records(record => WriteValue(json, writer => TypedCitations.WriteRaw(writer, record)))
                : JsonInput.Citations(citation => WriteValue(json, writer => TypedCitations.Write(writer, citation, options)));
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
                        var diagnostics = TypedCitations.Write(json.Writer, citation, options);
                        json.EndValue();
                        return diagnostics;
                    },
                    context.CancellationToken);
        }

        if (completed)
        {
            json.Complete();
        }

        return completed;
    }

    // An object read from JSON input, between the chunks of MEDLINE inputs (the parallel path).
    private static IReadOnlyList<MedlineDiagnostic> Append(JsonOutput json, OutputFormat format, Func<Utf8JsonWriter, IReadOnlyList<MedlineDiagnostic>> write)
    {
        IReadOnlyList<MedlineDiagnostic> diagnostics = [];
        using var chunk = JsonChunk.Single(format, writer => diagnostics = write(writer));
        json.WriteChunk(chunk);
        return diagnostics;
    }

    // An object read from JSON input, on the one writer of the record-by-record path.
    private static IReadOnlyList<MedlineDiagnostic> WriteValue(JsonOutput json, Func<Utf8JsonWriter, IReadOnlyList<MedlineDiagnostic>> write)
    {
        var diagnostics = write(json.Writer);
        json.EndValue();
        return diagnostics;
    }

    /// <summary>
    /// MEDLINE text: citations in the canonical layout (parsed on all cores, written in order), or with <c>--raw</c>
    /// the records exactly as read; <c>--strict</c> stops at the first error.
    /// </summary>
    /// <returns><see langword="false"/> when <c>--strict</c> stopped the run.</returns>
    private static bool WriteMedline(
        RunContext context, InputRunner runner, IReadOnlyList<InputSource> inputs, OutputTarget target, ConvertSettings settings, Action<string> say)
    {
        using var writer = MedlineWriter.ToStream(target.Stream, leaveOpen: true);
        var writeCitation = CitationWriting.Writes(writer);
        bool completed;
        if (settings.Raw)
        {
            Func<MedlineRecord, IReadOnlyList<MedlineDiagnostic>> writeRecord = record =>
            {
                writer.Write(record);
                return record.Diagnostics;
            };
            runner.Json = JsonInput.Records(writeRecord);
            completed = runner.Run(inputs, writeRecord, context.CancellationToken);
        }
        else if (settings.Strict)
        {
            runner.Json = JsonInput.Citations(writeCitation);
            completed = runner.Run(inputs, TypedCitations.Prepare, (_, citation) => writeCitation(citation), context.CancellationToken);
        }
        else
        {
            CitationWriting.Run(runner, inputs, writer, context.CancellationToken); // JSON inputs too
            completed = true;
        }

        writer.Flush();
        CitationWriting.ReportUnwritten(say, writer.UnwrittenFieldCount);
        return completed;
    }

    /// <summary>
    /// An export format (CSL-JSON, RIS, BibTeX, CSV, Parquet) by the library's exporter: chunks of citations are
    /// prepared on all cores and appended in input order; <c>--strict</c> goes record by record and stops at the first error.
    /// </summary>
    /// <returns><see langword="false"/> when <c>--strict</c> stopped the run.</returns>
    private static bool WriteExport(
        RunContext context, InputRunner runner, IReadOnlyList<InputSource> inputs, OutputTarget target, ExportOptions options,
        ConvertSettings settings, ExportFormat format)
    {
        using var exporter = CitationExporter.Create(target.Stream, format, options, leaveOpen: true);
        Func<MedlineCitation, IReadOnlyList<MedlineDiagnostic>> write = citation =>
        {
            exporter.Write(citation);
            return citation.Diagnostics;
        };
        runner.Json = JsonInput.Citations(write); // our JSON in: one object at a time, in order, on this thread
        bool completed;
        if (settings.Strict)
        {
            completed = runner.Run(inputs, TypedCitations.Prepare, (_, citation) => write(citation), context.CancellationToken);
        }
        else
        {
            runner.RunChunked(
                inputs,
                chunk => ExportChunk.Prepare(chunk, exporter),
                chunk => exporter.Append(chunk.Batch),
                context.CancellationToken);
            completed = true;
        }

        if (completed)
        {
            exporter.Complete();
        }

        return completed;
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

    /// <summary>
    /// The format: <c>--format</c>, else the output file's extension. A file whose extension we do not write
    /// (<c>out.csv</c>) is a usage error: it would get JSON under a name that says otherwise. FIFOs, devices and
    /// standard output have no format of their own.
    /// </summary>
    internal static OutputFormat ResolveFormat(string? format, OutputPlan? plan)
    {
        var fromExtension = plan is { IsFile: true } ? OutputFormats.FromExtension(plan.DisplayName) : OutputFormat.Json;
        if (fromExtension is null)
        {
            throw new CliException(ExitCodes.Usage,
                $"the output {plan!.DisplayName} has an extension medline does not write; use {OutputFormats.ExtensionList} (or no extension)");
        }

        return format is null ? fromExtension.Value : OutputFormats.FromName(format)!.Value;
    }

    private sealed record ConvertSettings(
        IReadOnlyList<string> Inputs,
        string? Output,
        string? Format,
        bool Indent,
        ExportTable LongTables,
        bool EmptyLists,
        bool Raw,
        bool Strict,
        bool Quiet,
        bool Verbose,
        MedlineReaderOptions Reading);
}
