using System.Text;
using System.Text.Json;

namespace Medline.Parser.Cli.Tests;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Sample_to_stdout_is_a_json_array_of_raw_records()
    {
        var result = CliRun.Invoke(["convert", "--raw", TestPaths.Sample]);

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        json.RootElement.GetArrayLength().Should().Be(1);
        var first = json.RootElement[0].GetProperty("fields")[0];
        first.GetProperty("tag").GetString().Should().Be("PMID");
        first.GetProperty("value").GetString().Should().Be("32756149");
        first.GetProperty("line").GetInt32().Should().Be(1);
        result.StderrLines.Should().ContainSingle().Which.Should().MatchRegex(
            @"^medline: 1 file, 1 record, 0 warnings, 0 errors in \d+\.\d\d s$");
    }

    [Fact]
    public void Sample_converts_to_typed_citations_by_default()
    {
        var result = CliRun.Invoke(["convert", TestPaths.Sample]);

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetArrayLength().Should().Be(1);
        var citation = json.RootElement[0];
        citation.GetProperty("pmid").GetString().Should().Be("32756149");
        citation.GetProperty("doi").GetString().Should().Be("10.1097/MD.0000000000021429");
        citation.GetProperty("publicationDate").GetProperty("year").GetInt32().Should().Be(2020);
        citation.GetProperty("title").GetString().Should().StartWith("Clinical remission of a critically ill COVID-19 patient");
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("medline: 1 file, 1 record, 0 warnings, 0 errors");
    }

    [Fact]
    public void Typed_ndjson_from_stdin_is_one_citation_per_line()
    {
        var result = CliRun.Invoke(["convert", "-f", "ndjson", "-"], stdin: Inputs.Good);

        result.ExitCode.Should().Be(0, result.ToString());
        var pmids = result.Stdout.TrimEnd('\n').Split('\n')
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("pmid").GetString()).ToArray();
        pmids.Should().Equal("10", "11");
    }

    [Fact]
    public void Typed_strict_stops_at_a_reader_error()
    {
        var broken = _dir.File("broken.txt", Inputs.Broken);
        var output = _dir.File("out.json");
        var result = CliRun.Invoke(["convert", "--strict", broken, "-o", output]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StderrLines[0].Should().StartWith($"{broken}(3,1): error MED1001: ");
        _dir.Entries().Should().Equal("broken.txt");
    }

    [Fact]
    public void Typed_diagnostics_include_the_reader_diagnostics_once()
    {
        var broken = _dir.File("broken.txt", Inputs.Broken);
        var result = CliRun.Invoke(["convert", broken]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Count(l => l.Contains("MED1001", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void Stdin_dash_to_stdout()
    {
        var result = CliRun.Invoke(["convert", "--raw", "-"], stdin: Inputs.Good);

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetArrayLength().Should().Be(2);
        json.RootElement[1].GetProperty("fields")[1].GetProperty("value").GetString().Should().Be("second continued");
    }

    [Fact]
    public void No_input_reads_stdin()
    {
        var result = CliRun.Invoke(["convert", "--raw", "--format", "ndjson"], stdin: Inputs.Good);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
    }

    [Fact]
    public void Ndjson_is_one_valid_json_object_per_line()
    {
        var result = CliRun.Invoke(["convert", "--raw", "--format", "ndjson", TestPaths.Sample, "-"], stdin: Inputs.Good);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().EndWith("\n");
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(3);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            json.RootElement.ValueKind.Should().Be(JsonValueKind.Object);
        }
    }

    [Theory]
    [InlineData("out.ndjson", true)]
    [InlineData("out.jsonl", true)]
    [InlineData("out.JSONL", true)]
    [InlineData("out.json", false)]
    [InlineData("out", false)]
    public void Format_follows_the_output_extension(string name, bool ndjson)
    {
        var output = _dir.File(name);
        var result = CliRun.Invoke(["convert", "--raw", TestPaths.Sample, "-", "-o", output], stdin: Inputs.Good);

        result.ExitCode.Should().Be(0, result.ToString());
        var text = File.ReadAllText(output);
        if (ndjson)
        {
            text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3);
        }
        else
        {
            using var json = JsonDocument.Parse(text);
            json.RootElement.GetArrayLength().Should().Be(3);
        }
    }

    [Fact]
    public void Explicit_format_beats_the_extension()
    {
        var output = _dir.File("out.ndjson");
        var result = CliRun.Invoke(["convert", "--raw", "--format", "json", TestPaths.Sample, "-o", output]);

        result.ExitCode.Should().Be(0, result.ToString());
        File.ReadAllText(output).Should().StartWith("[");
    }

    [Fact]
    public void Indent_writes_indented_json()
    {
        var result = CliRun.Invoke(["convert", "--raw", "--indent", "-"], stdin: Inputs.Good);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("\n  {");
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void Empty_input_gives_an_empty_array_and_a_warning()
    {
        var empty = _dir.File("empty.txt", string.Empty);
        var result = CliRun.Invoke(["convert", "--raw", empty]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Trim().Should().Be("[]");
        result.StderrLines[0].Should().Be($"{empty}(1,1): warning MED1011: the input holds no MEDLINE record (it is empty or only blank lines)");
    }

    [Fact]
    public void Output_file_is_written_and_no_temporary_file_remains()
    {
        var output = _dir.File("out.json");
        var result = CliRun.Invoke(["convert", "--raw", TestPaths.Sample, "-o", output]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().BeEmpty();
        _dir.Entries().Should().Equal("out.json");
    }

    [Fact]
    public void Strict_stops_at_the_first_error_with_exit_1_and_leaves_no_output_file()
    {
        var broken = _dir.File("broken.txt", Inputs.Broken);
        var output = _dir.File("out.json");
        var result = CliRun.Invoke(["convert", "--raw", "--strict", broken, "-o", output]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StderrLines[0].Should().StartWith($"{broken}(3,1): error MED1001: ");
        result.Stderr.Should().NotContain("   at ");
        _dir.Entries().Should().Equal("broken.txt");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Strict_stop_deep_in_a_large_input_does_not_hang_the_pipeline(bool raw)
    {
        var text = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            text.Append("PMID- ").Append(i + 1).Append("\nTI  - title\n\n");
            if (i == 1500)
            {
                text.Append("PMID- 99999\nbroken line\n\n");
            }
        }

        var input = _dir.File("big.txt", text.ToString());
        var output = Path.Combine(_dir.Path, "out.ndjson");
        string[] args = raw ? ["convert", "--raw", "--strict", input, "-o", output] : ["convert", "--strict", input, "-o", output];
        var result = CliRun.Invoke(args);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StderrLines[0].Should().Contain("error MED1001");
        result.StderrLines[^1].Should().StartWith("medline: 1 file, 1501 records, ");
        _dir.Entries().Should().Equal("big.txt");
    }

    [Fact]
    public void Many_records_come_out_in_input_order()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            text.Append("PMID- ").Append(i + 1).Append("\nTI  - title\n\n");
        }

        var result = CliRun.Invoke(["convert", "-f", "ndjson", "-"], stdin: text.ToString());

        result.ExitCode.Should().Be(0);
        var pmids = result.Stdout.TrimEnd('\n').Split('\n')
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("pmid").GetString()).ToArray();
        pmids.Should().Equal(Enumerable.Range(1, 2000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_failed_run_keeps_an_existing_output_file_unchanged()
    {
        var broken = _dir.File("broken.txt", Inputs.Broken);
        var output = _dir.File("out.json", "OLD");
        var result = CliRun.Invoke(["convert", "--raw", "--strict", broken, "-o", output]);

        result.ExitCode.Should().Be(1);
        File.ReadAllText(output).Should().Be("OLD");
        _dir.Entries().Should().Equal("broken.txt", "out.json");
    }

    [Fact]
    public void Without_strict_errors_are_reported_and_the_records_converted_with_exit_0()
    {
        var broken = _dir.File("broken.txt", Inputs.Broken);
        var result = CliRun.Invoke(["convert", "--raw", broken]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().HaveCount(2);
        result.StderrLines[0].Should().Be($"{broken}(3,1): error MED1001: malformed line 'this is broken': expected a tag line ('TAG - value', hyphen in column 5), a continuation line (six spaces) or a blank line");
        result.StderrLines[1].Should().MatchRegex(@"^medline: 1 file, 2 records, 0 warnings, 1 error in ");
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void Output_equal_to_an_input_is_refused_with_exit_2()
    {
        var input = _dir.File("data.txt", Inputs.Good);
        var result = CliRun.Invoke(["convert", "--raw", input, "-o", input]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("is also an input");
        File.ReadAllText(input).Should().Be(Inputs.Good);
        _dir.Entries().Should().Equal("data.txt");
    }

    [Fact]
    public void Output_equal_to_a_file_found_in_an_input_folder_is_refused()
    {
        var input = _dir.File("in/data.txt", Inputs.Good);
        var result = CliRun.Invoke(["convert", "--raw", Path.Combine(_dir.Path, "in"), "-o", Path.Combine(_dir.Path, "in", ".", "data.txt")]);

        result.ExitCode.Should().Be(2, result.ToString());
        File.ReadAllText(input).Should().Be(Inputs.Good);
    }

    [Fact]
    public void Folder_of_good_and_bad_files_converts_all_in_path_order_and_reports_the_bad()
    {
        _dir.File("in/b.nbib", Inputs.Broken);
        _dir.File("in/a/good.txt", Inputs.Good);
        _dir.File("in/c.medline", Inputs.Good);
        _dir.File("in/readme.md", "not medline");
        var output = _dir.File("out.ndjson");
        var result = CliRun.Invoke(["convert", "--raw", Path.Combine(_dir.Path, "in"), "-o", output]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().HaveCount(2);
        result.StderrLines[0].Should().MatchRegex(@"b\.nbib\(3,1\): error MED1001: ");
        result.StderrLines[1].Should().StartWith("medline: 3 files, 6 records, 0 warnings, 1 error in ");
        var pmids = File.ReadAllLines(output)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("fields")[0].GetProperty("value").GetString())
            .ToArray();
        pmids.Should().Equal("10", "11", "1", "2", "10", "11");
    }

    [Fact]
    public void Binary_file_gives_control_character_errors_with_positions_and_valid_json()
    {
        var binary = _dir.File("binary.nbib");
        File.WriteAllBytes(binary, Inputs.Binary);
        var result = CliRun.Invoke(["convert", "--raw", binary]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().Contain(l => l.StartsWith($"{binary}(1,1): error MED1010: ", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public void Diagnostics_are_capped_per_file_with_a_count_of_the_rest()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 130; i++)
        {
            text.Append("PMID- ").Append(i + 1).Append("\nbroken line\n\n");
        }

        var input = _dir.File("many.txt", text.ToString());
        var result = CliRun.Invoke(["validate", "--raw", input]);

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().HaveCount(102);
        result.StderrLines[100].Should().Be($"{input}: 30 more diagnostics not shown (the first 100 are)");
        result.StderrLines[101].Should().StartWith("medline: 1 file, 130 records, 0 warnings, 130 errors in ");
    }

    [Fact]
    public void Quiet_hides_diagnostics_but_keeps_the_summary()
    {
        var broken = _dir.File("broken.txt", Inputs.Broken);
        var result = CliRun.Invoke(["convert", "--raw", "--quiet", broken]);

        result.ExitCode.Should().Be(0);
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("medline: 1 file, 2 records, 0 warnings, 1 error");
    }

    [Fact]
    public void Verbose_shows_info_diagnostics()
    {
        var input = _dir.File("unknown.txt", "PMID- 1\nZZZZ- odd tag\n");
        var quiet = CliRun.Invoke(["validate", "--raw", input]);
        var verbose = CliRun.Invoke(["validate", "--raw", "--verbose", input]);

        quiet.StderrLines.Should().ContainSingle();
        verbose.StderrLines.Should().Contain(l => l.Contains(": info MED1006: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Cancellation_exits_130_and_leaves_no_file()
    {
        var output = _dir.File("out.json");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var result = CliRun.Invoke(["convert", "--raw", TestPaths.Sample, "-o", output], cancellationToken: cts.Token);

        result.ExitCode.Should().Be(130, result.ToString());
        _dir.Entries().Should().BeEmpty();
    }
}
