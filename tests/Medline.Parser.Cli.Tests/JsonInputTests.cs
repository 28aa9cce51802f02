using System.Text;
using System.Text.Json;

namespace Medline.Parser.Cli.Tests;

/// <summary>JSON inputs to the CLI (issue 10 §2/§4): our JSON back to MEDLINE text, and JSON that does not follow our schema.</summary>
public sealed class JsonInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Corpus => Path.Combine(TestPaths.Shared, "corpus");

    private static string Run(params string[] args)
    {
        var result = CliRun.Invoke([.. args, "-q"]);
        result.ExitCode.Should().Be(0, result.ToString());
        return result.Stdout;
    }

    [Fact]
    public void Corpus_as_json_converted_back_to_medline_equals_format_of_the_corpus()
    {
        var json = _dir.File("corpus.json");
        var back = _dir.File("back.nbib");
        var formatted = _dir.File("formatted.nbib");

        Run("convert", Corpus, "-o", json);
        var result = CliRun.Invoke(["convert", json, "-o", back]);
        Run("format", Corpus, "-o", formatted);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("medline: 1 file, 2786 records, 0 warnings, 0 errors");
        File.ReadAllBytes(back).Should().Equal(File.ReadAllBytes(formatted));
    }

    [Fact]
    public void Ndjson_on_stdin_is_told_by_its_first_byte_and_converts_to_medline()
    {
        var ndjson = Run("convert", TestPaths.Sample, "--format", "ndjson");
        var formatted = _dir.File("formatted.nbib");
        Run("format", TestPaths.Sample, "-o", formatted);

        var result = CliRun.Invoke(["convert", "--format", "medline", "-q"], stdin: "\n  " + ndjson);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(File.ReadAllText(formatted));
    }

    [Fact]
    public void A_json_file_converts_to_ndjson_by_the_output_name_and_to_json_again()
    {
        var json = _dir.File("in.json");
        Run("convert", TestPaths.Sample, "-o", json);
        var ndjson = _dir.File("out.ndjson");

        Run("convert", json, "-o", ndjson);
        var again = Run("convert", ndjson);

        File.ReadAllText(ndjson).Should().Be(Run("convert", TestPaths.Sample, "--format", "ndjson"));
        again.Should().Be(File.ReadAllText(json));
    }

    [Fact]
    public void A_json_file_named_otherwise_is_told_by_its_first_byte()
    {
        var json = _dir.File("export.txt", "\uFEFF " + Run("convert", TestPaths.Sample));

        Run("convert", json, "--format", "medline").Should().Be(Run("format", TestPaths.Sample));
    }

    [Fact]
    public void Raw_json_back_to_medline_keeps_every_tag_and_value_in_order_but_not_the_line_breaks()
    {
        var raw = _dir.File("raw.json");
        Run("convert", TestPaths.Sample, "--raw", "-o", raw);
        var back = _dir.File("back.nbib");

        Run("convert", raw, "--raw", "-o", back);

        // The JSON holds each field's value with its continuation lines joined: one line per field comes back.
        var original = File.ReadAllText(TestPaths.Sample);
        File.ReadAllText(back).Should().NotBe(original);
        TagsAndValues(back).Should().Equal(TagsAndValues(TestPaths.Sample));
        Run("format", back).Should().Be(Run("format", TestPaths.Sample));
    }

    [Fact]
    public void Raw_json_records_written_as_medline_do_not_run_into_each_other_across_the_corpus()
    {
        var raw = _dir.File("raw.json");
        var back = _dir.File("back.nbib");
        Run("convert", Corpus, "--raw", "-o", raw);

        Run("convert", raw, "--raw", "-o", back);

        // Records that do not start with PMID (the ERIC and JabRef files) merged when nothing stood between them.
        File.ReadAllText(Formatted("format", back)).Should().Be(File.ReadAllText(Formatted("format", Corpus)));
    }

    private string Formatted(string command, string input)
    {
        var output = Path.Combine(_dir.Path, Guid.NewGuid().ToString("N") + ".nbib");
        Run(command, input, "-o", output);
        return output;
    }

    private static List<string> TagsAndValues(string path)
    {
        using var json = JsonDocument.Parse(Run("convert", path, "--raw"));
        return [.. json.RootElement[0].GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("tag").GetString() + "|" + f.GetProperty("value").GetString())];
    }

    [Fact]
    public void A_json_file_with_two_bad_objects_gives_two_positioned_errors_exit_1_and_no_output_file()
    {
        var bad = _dir.File("bad.json", """[{"pmid":1},{"pmid":"2"},{"pmid":"3","title":5}]""");
        var output = Path.Combine(_dir.Path, "out.nbib");

        var result = CliRun.Invoke(["convert", bad, "-o", output]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StderrLines.Should().Equal(
            $"{bad}(1,10): error MED4002: $[0].pmid: expected a string, found a number",
            $"{bad}(1,46): error MED4002: $[2].title: expected a string, found a number",
            result.StderrLines[^1]);
        result.StderrLines[^1].Should().StartWith("medline: 1 file, 1 record, 0 warnings, 2 errors");
        _dir.Entries().Should().Equal("bad.json");
    }

    [Fact]
    public void Strict_stops_at_the_first_error_of_a_json_input_and_writes_no_file()
    {
        var bad = _dir.File("bad.ndjson", "{\"pmid\":\"1\"}\n{\"pmid\":2}\n{\"pmid\":3}\n");
        var output = Path.Combine(_dir.Path, "out.json");

        var result = CliRun.Invoke(["convert", bad, "-o", output, "--strict"]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StderrLines.Should().HaveCount(2);
        result.StderrLines[0].Should().Be($"{bad}(2,9): error MED4002: $.pmid: expected a string, found a number");
        _dir.Entries().Should().Equal("bad.ndjson");
    }

    [Fact]
    public void A_bad_json_input_among_medline_inputs_still_fails_the_run_and_leaves_no_file()
    {
        var bad = _dir.File("bad.json", """{"pmid":"1","title":["T"]}""");
        var output = Path.Combine(_dir.Path, "out.json");

        var result = CliRun.Invoke(["convert", TestPaths.Sample, bad, "-o", output]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StderrLines.Should().Contain($"{bad}(1,21): error MED4002: $.title: expected a string, found an array");
        _dir.Entries().Should().Equal("bad.json");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("ndjson")]
    [InlineData("medline")]
    public void Mixed_medline_and_json_inputs_convert_in_input_order(string format)
    {
        var json = _dir.File("one.json");
        Run("convert", TestPaths.Sample, "-o", json);
        var other = _dir.File("other.nbib", File.ReadAllText(TestPaths.Sample).Replace("PMID- 32756149", "PMID- 1", StringComparison.Ordinal));

        foreach (var strict in new[] { false, true })
        {
            string[] options = strict ? ["--format", format, "--strict"] : ["--format", format];
            var mixed = Run(["convert", other, json, other, .. options]);

            var expected = Run(["convert", other, TestPaths.Sample, other, .. options]);
            mixed.Should().Be(expected, strict ? "record by record" : "on all cores");
        }
    }

    [Fact]
    public void Validate_of_a_json_file_reports_its_errors_and_exits_1()
    {
        var bad = _dir.File("bad.json", """[{"pmid":"1","colour":"blue"},{"pmid":2}]""");

        var result = CliRun.Invoke(["validate", bad]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StderrLines.Should().Equal(
            $"{bad}(1,14): warning MED4003: $[0].colour: unknown property 'colour' of MedlineCitation; it is not read",
            $"{bad}(1,39): error MED4002: $[1].pmid: expected a string, found a number",
            result.StderrLines[^1]);
        result.StderrLines[^1].Should().StartWith("medline: 1 file, 1 record, 1 warning, 1 error");
    }

    [Fact]
    public void Stats_of_a_json_file_counts_its_citations_like_those_of_the_medline_file()
    {
        var json = _dir.File("sample.json");
        Run("convert", TestPaths.Sample, "-o", json);

        Run("stats", json, "--json").Should().Be(Run("stats", TestPaths.Sample, "--json"));
    }

    [Fact]
    public void An_empty_json_file_is_one_warning_not_two()
    {
        var empty = _dir.File("empty.json", "  \n");

        var result = CliRun.Invoke(["validate", empty]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().HaveCount(2);
        result.StderrLines[0].Should().Be($"{empty}(1,1): warning MED1011: the input holds no JSON (it is empty or only whitespace); expected a JSON array, an object or NDJSON");
    }

    [Fact]
    public void Medline_text_on_stdin_is_still_medline()
    {
        var result = CliRun.Invoke(["convert", "--format", "medline", "-q"], stdinBytes: Encoding.UTF8.GetBytes(File.ReadAllText(TestPaths.Sample)));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(Run("format", TestPaths.Sample));
        JsonDocument.Parse(Run("convert", TestPaths.Sample)).RootElement.GetArrayLength().Should().Be(1);
    }
}
