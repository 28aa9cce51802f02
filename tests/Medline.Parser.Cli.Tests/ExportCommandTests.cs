using Medline.Parser.Cli.Output;

namespace Medline.Parser.Cli.Tests;

/// <summary><c>medline convert</c> to the exports of issue 11: by extension and by <c>--format</c>, on all cores or record by record, from text or our JSON.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Corpus => Path.Combine(TestPaths.Shared, "corpus");

    private static void Run(params string[] args)
    {
        var result = CliRun.Invoke([.. args, "-q"]);
        result.ExitCode.Should().Be(0, result.ToString());
    }

    public static TheoryData<string, string> TextExports => new()
    {
        { "out.csl.json", "csl-json" },
        { "out.ris", "ris" },
        { "out.bib", "bibtex" },
        { "out.bibtex.bib", "biblatex" },
        { "out.csv", "csv" },
    };

    [Theory]
    [MemberData(nameof(TextExports))]
    public void Export_on_all_cores_equals_the_library_writing_one_citation_at_a_time(string name, string format)
    {
        // The CLI prepares 64 KiB chunks in parallel and appends them in order: what depends on order (BibTeX keys
        // made unique, a JSON array's commas, a CSV header) must come out as one exporter fed citation by citation writes it.
        string[] files = ["gwascat/medline.txt", "pybibx/pubmed.txt", "jabref/MedlinePlainImporterTestMultipleEntries.txt", "gbi6-exam/data_pubmed_results.txt"];
        var paths = files.Select(static f => Path.Combine(Corpus, f)).ToArray();
        var parallel = Path.Combine(_dir.Path, "parallel-" + name);
        var sequential = Path.Combine(_dir.Path, "sequential-" + name);

        Run(["convert", .. paths, "-o", parallel, "--format", format]);
        var exportFormat = OutputFormats.ExportOf(OutputFormats.FromName(format)!.Value)!.Value;
        using (var exporter = Medline.Parser.Export.CitationExporter.ToFile(sequential, exportFormat))
        {
            foreach (var path in paths)
            {
                using var reader = MedlineReader.FromFile(path);
                foreach (var citation in reader.ReadCitations())
                {
                    exporter.Write(citation);
                }
            }

            exporter.Complete();
        }

        new FileInfo(parallel).Length.Should().BeGreaterThan(1_000_000);
        File.ReadAllBytes(parallel).Should().Equal(File.ReadAllBytes(sequential));
    }

    [Theory]
    [MemberData(nameof(TextExports))]
    public void Export_of_our_json_equals_the_export_of_the_text_it_was_made_from(string name, string format)
    {
        var json = Path.Combine(_dir.Path, "corpus.ndjson");
        var fromText = Path.Combine(_dir.Path, "text-" + name);
        var fromJson = Path.Combine(_dir.Path, "json-" + name);
        var file = Path.Combine(Corpus, "pybibx", "pubmed.txt");

        Run("convert", file, "-o", json);
        Run("convert", file, "-o", fromText, "--format", format);
        Run("convert", json, "-o", fromJson, "--format", format);

        File.ReadAllBytes(fromJson).Should().Equal(File.ReadAllBytes(fromText));
    }

    [Theory]
    [InlineData("out.csl.json", "[")]
    [InlineData("out.ris", "TY  - JOUR")]
    [InlineData("OUT.BIB", "@article{")]
    [InlineData("out.csv", "pmid,")]
    public void Output_extension_chooses_the_export(string name, string start)
    {
        var output = Path.Combine(_dir.Path, name);

        Run("convert", TestPaths.Sample, "-o", output);

        File.ReadAllText(output).TrimStart('\uFEFF').Should().StartWith(start);
    }

    [Fact]
    public void Csl_json_extension_is_csl_json_not_our_json()
    {
        var output = Path.Combine(_dir.Path, "refs.csl.json");

        Run("convert", TestPaths.Sample, "-o", output);

        var item = System.Text.Json.JsonDocument.Parse(File.ReadAllText(output)).RootElement[0];
        item.GetProperty("type").GetString().Should().Be("article-journal");
        item.TryGetProperty("pmid", out _).Should().BeFalse("our JSON's properties are not CSL's");
    }

    [Fact]
    public void Export_goes_to_standard_output_with_format()
    {
        var result = CliRun.Invoke(["convert", "-", "--format", "ris", "-q"], stdin: Inputs.Good);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Split("ER  - ").Should().HaveCount(3, "two records, each ended by ER");
    }

    [Theory]
    [InlineData("ris")]
    [InlineData("csv")]
    public void Raw_with_an_export_is_a_usage_error_not_an_export_of_something_else(string format)
    {
        var result = CliRun.Invoke(["convert", "-", "--raw", "--format", format], stdin: Inputs.Good);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().Equal(
            $"medline: error: --raw is for json, ndjson and medline; {format} is made from typed citations");
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Tables_write_long_tables_beside_the_csv_keyed_by_pmid()
    {
        var output = Path.Combine(_dir.Path, "out.csv");

        Run("convert", TestPaths.Sample, "-o", output, "--tables", "authors,mesh");

        _dir.Entries().Select(Path.GetFileName).Should().BeEquivalentTo("out.csv", "out.authors.csv", "out.mesh.csv");
        var authors = File.ReadAllLines(Path.Combine(_dir.Path, "out.authors.csv"));
        authors[0].Should().StartWith("pmid,");
        authors.Skip(1).Should().OnlyContain(static line => line.StartsWith("32756149,", StringComparison.Ordinal));
    }

    [Fact]
    public void Tables_all_writes_every_long_table()
    {
        var output = Path.Combine(_dir.Path, "out.csv");

        Run("convert", TestPaths.Sample, "-o", output, "--tables", "all");

        _dir.Entries().Select(Path.GetFileName).Should().BeEquivalentTo(
            "out.csv", "out.authors.csv", "out.mesh.csv", "out.grants.csv", "out.links.csv");
    }

    [Theory]
    [InlineData("medline: error: --tables takes authors, mesh, grants, links or all, comma-separated, not 'people' (see 'medline convert --help')", "-o", "out.csv", "--tables", "people")]
    [InlineData("medline: error: --tables is for csv and parquet, not ris", "-o", "out.ris", "--tables", "authors")]
    [InlineData("medline: error: --tables writes files beside the output file: give -o out.csv", "--format", "csv", "--tables", "authors")]
    public void Tables_that_cannot_be_written_are_a_usage_error(string message, params string[] args)
    {
        var result = CliRun.Invoke(["convert", "-", .. args.Select(a => a.StartsWith("out.", StringComparison.Ordinal) ? Path.Combine(_dir.Path, a) : a)], stdin: Inputs.Good);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().Equal(message);
        _dir.Entries().Should().BeEmpty();
    }

    [Fact]
    public void Tables_are_not_left_behind_when_the_run_fails()
    {
        var output = Path.Combine(_dir.Path, "out.csv");

        var result = CliRun.Invoke(["convert", "-", "-o", output, "--tables", "all", "--strict"], stdin: Inputs.Broken);

        result.ExitCode.Should().Be(1, result.ToString());
        _dir.Entries().Should().BeEmpty();
    }
}
