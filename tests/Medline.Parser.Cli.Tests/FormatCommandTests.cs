namespace Medline.Parser.Cli.Tests;

/// <summary><c>medline format</c> and <c>convert</c> to MEDLINE text (issue 10 §4).</summary>
public sealed class FormatCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string FlattenedSample => Path.Combine(TestPaths.RepoRoot, "samples", "data", "pmid-32756149.flattened.txt");

    private string Formatted(string input, params string[] options)
    {
        var output = Path.Combine(_dir.Path, Guid.NewGuid().ToString("N") + ".nbib");
        var result = CliRun.Invoke(["format", input, "-o", output, "-q", .. options]);
        result.ExitCode.Should().Be(0, result.ToString());
        return output;
    }

    [Fact]
    public void Format_is_idempotent_and_its_output_passes_check()
    {
        var once = Formatted(TestPaths.Sample);
        var twice = Formatted(once);

        File.ReadAllBytes(twice).Should().Equal(File.ReadAllBytes(once));
        var check = CliRun.Invoke(["format", "--check", once]);
        check.ExitCode.Should().Be(0, check.ToString());
        check.StderrLines.Should().ContainSingle().Which.Should().StartWith("medline: 1 file, 1 record, 0 warnings, 0 errors");
    }

    [Fact]
    public void Format_mends_a_record_that_lost_its_line_breaks()
    {
        var mended = Formatted(FlattenedSample);

        File.ReadAllText(mended).Should().Be(File.ReadAllText(Formatted(TestPaths.Sample)));
    }

    [Fact]
    public void Format_check_names_the_first_line_that_differs_and_exits_1()
    {
        var canonical = File.ReadAllText(Formatted(TestPaths.Sample));
        var lines = canonical.Split('\n');
        var moved = _dir.File("moved.nbib", string.Join('\n', lines[..4]) + "\n" + lines[5] + "\n" + lines[4] + "\n" + string.Join('\n', lines[6..]));

        var result = CliRun.Invoke(["format", "--check", moved, "-q"]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().Contain($"{moved}(5,1): not in the canonical layout from this line ('medline format' rewrites it)");
        result.StderrLines.Should().Contain("medline: 1 of 1 file is not in the canonical layout");
    }

    [Fact]
    public void Format_check_of_a_file_with_crlf_line_ends_differs_on_line_1_unless_crlf_is_asked_for()
    {
        var crlf = _dir.File("crlf.nbib", File.ReadAllText(Formatted(TestPaths.Sample)).Replace("\n", "\r\n", StringComparison.Ordinal));

        CliRun.Invoke(["format", "--check", crlf, "-q"]).StderrLines.Should().Contain($"{crlf}(1,1): not in the canonical layout from this line ('medline format' rewrites it)");
        CliRun.Invoke(["format", "--check", "--crlf", crlf, "-q"]).ExitCode.Should().Be(0);
    }

    [Fact]
    public void Format_crlf_ends_every_line_with_cr_lf()
    {
        var text = File.ReadAllText(Formatted(TestPaths.Sample, "--crlf"));

        text.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n").And.NotContain("\r");
    }

    [Fact]
    public void Format_check_with_an_output_is_a_usage_error()
    {
        var result = CliRun.Invoke(["format", "--check", TestPaths.Sample, "-o", Path.Combine(_dir.Path, "x.nbib")]);

        result.ExitCode.Should().Be(2);
        result.StderrLines.Should().Equal("medline: error: --check writes nothing: it cannot be used with --output");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("3")]
    [InlineData("-80")]
    public void Format_width_that_is_not_a_usable_number_is_a_usage_error(string width)
    {
        var result = CliRun.Invoke(["format", TestPaths.Sample, "--width", width]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().Contain($"--width takes a whole number of columns from 7, not '{width}'");
    }

    [Fact]
    public void Format_check_of_standard_input_is_a_usage_error()
    {
        var result = CliRun.Invoke(["format", "--check", "-q"], stdin: "PMID- 1\n");

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().Contain("medline: error: --check compares files with their canonical layout: give files, not standard input");
    }

    [Fact]
    public void Convert_to_an_nbib_file_writes_the_canonical_layout()
    {
        var output = Path.Combine(_dir.Path, "out.nbib");

        var result = CliRun.Invoke(["convert", TestPaths.Sample, "-o", output, "-q"]);

        result.ExitCode.Should().Be(0, result.ToString());
        File.ReadAllBytes(output).Should().Equal(File.ReadAllBytes(Formatted(TestPaths.Sample)));
    }

    [Fact]
    public void Convert_raw_to_medline_gives_the_input_back_byte_for_byte()
    {
        var result = CliRun.Invoke(["convert", TestPaths.Sample, "--format", "medline", "--raw", "-q"]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(File.ReadAllText(TestPaths.Sample));
    }

    [Fact]
    public void Convert_indent_with_medline_output_is_a_usage_error()
    {
        var result = CliRun.Invoke(["convert", TestPaths.Sample, "-o", Path.Combine(_dir.Path, "out.nbib"), "--indent"]);

        result.ExitCode.Should().Be(2);
        result.StderrLines.Should().Equal("medline: error: --indent is for json only, not medline");
    }

    [Fact]
    public void Format_reads_our_json_and_writes_the_canonical_layout()
    {
        var json = Path.Combine(_dir.Path, "sample.json");
        CliRun.Invoke(["convert", TestPaths.Sample, "-o", json, "-q"]).ExitCode.Should().Be(0);

        File.ReadAllBytes(Formatted(json)).Should().Equal(File.ReadAllBytes(Formatted(TestPaths.Sample)));
    }

    [Fact]
    public void Format_of_json_with_an_error_exits_1_and_leaves_no_output_file()
    {
        var json = _dir.File("bad.json", "[{\"pmid\":\"1\",\"title\":2}]");
        var output = Path.Combine(_dir.Path, "out.nbib");

        var result = CliRun.Invoke(["format", json, "-o", output]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StderrLines.Should().Contain(l => l.StartsWith($"{json}(1,", StringComparison.Ordinal) && l.Contains("error MED4002: $[0].title: expected a string, found a number", StringComparison.Ordinal));
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Format_check_of_a_json_file_is_a_usage_error()
    {
        var json = _dir.File("sample.json", "[]");

        var result = CliRun.Invoke(["format", "--check", json, "-q"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().Contain($"medline: error: --check compares MEDLINE files with their canonical layout; {json} is JSON (format it with 'medline format {json} -o FILE.nbib')");
    }
}
