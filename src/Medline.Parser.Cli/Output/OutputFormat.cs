using Medline.Parser.Export;

namespace Medline.Parser.Cli.Output;

/// <summary>What <c>convert</c> writes: our JSON (one array, or one object per line), MEDLINE text, or an export format.</summary>
internal enum OutputFormat
{
    Json,
    Ndjson,
    Medline,
    CslJson,
    Ris,
    BibTex,
    BibLaTeX,
    Csv,
    Parquet,
}

/// <summary>The one table of output formats: the name <c>--format</c> takes, the extensions that mean it, and the library's exporter.</summary>
internal static class OutputFormats
{
    private readonly record struct Row(OutputFormat Format, string Name, string[] Extensions, ExportFormat? Export);

    // Longest extensions first among those that end alike: out.csl.json is CSL-JSON, not our JSON.
    private static readonly Row[] s_rows =
    [
        new(OutputFormat.Json, "json", [".json"], null),
        new(OutputFormat.Ndjson, "ndjson", [".ndjson", ".jsonl"], null),
        new(OutputFormat.Medline, "medline", [".nbib", ".txt", ".medline"], null),
        new(OutputFormat.CslJson, "csl-json", [".csl.json"], ExportFormat.CslJson),
        new(OutputFormat.Ris, "ris", [".ris"], ExportFormat.Ris),
        new(OutputFormat.BibTex, "bibtex", [".bib"], ExportFormat.BibTex),
        new(OutputFormat.BibLaTeX, "biblatex", [], ExportFormat.BibLaTeX),
        new(OutputFormat.Csv, "csv", [".csv"], ExportFormat.Csv),
        new(OutputFormat.Parquet, "parquet", [".parquet"], ExportFormat.Parquet),
    ];

    /// <summary><c>json, ndjson, …</c>: every name <c>--format</c> takes, for help and messages.</summary>
    public static string NameList { get; } = string.Join(", ", s_rows.Select(static r => r.Name));

    /// <summary><c>json|ndjson|…</c>, for the option's help name.</summary>
    public static string NameChoices { get; } = string.Join('|', s_rows.Select(static r => r.Name));

    /// <summary><c>.json, .ndjson, …</c>: every extension we write, for messages.</summary>
    public static string ExtensionList { get; } = string.Join(", ", s_rows.SelectMany(static r => r.Extensions));

    /// <summary>The format named <paramref name="name"/> (<c>csl-json</c>), or <see langword="null"/>.</summary>
    public static OutputFormat? FromName(string name)
    {
        foreach (var row in s_rows)
        {
            if (string.Equals(row.Name, name, StringComparison.Ordinal))
            {
                return row.Format;
            }
        }

        return null;
    }

    /// <summary>The name <c>--format</c> takes for <paramref name="format"/>.</summary>
    public static string NameOf(OutputFormat format) => s_rows[(int)format].Name;

    /// <summary>The library's exporter format, or <see langword="null"/> for our JSON and MEDLINE text.</summary>
    public static ExportFormat? ExportOf(OutputFormat format) => s_rows[(int)format].Export;

    /// <summary>
    /// The format <paramref name="path"/>'s extension names; <see cref="OutputFormat.Json"/> when it has none;
    /// <see langword="null"/> for an extension we do not write (<c>out.xlsx</c>).
    /// </summary>
    public static OutputFormat? FromExtension(string path)
    {
        var name = Path.GetFileName(path);
        if (Path.GetExtension(name).Length <= 1)
        {
            return OutputFormat.Json;
        }

        OutputFormat? found = null;
        var longest = 0;
        foreach (var row in s_rows)
        {
            foreach (var extension in row.Extensions)
            {
                if (extension.Length > longest && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    (found, longest) = (row.Format, extension.Length);
                }
            }
        }

        return found;
    }
}
