namespace Medline.Parser.Cli.Tests;

public sealed class UsageAndExitCodeTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("--help")]
    [InlineData("convert", "--help")]
    [InlineData("validate", "-h")]
    [InlineData("stats", "--help")]
    public void Help_documents_the_exit_codes(params string[] args)
    {
        var result = CliRun.Invoke(args);

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("Exit codes:").And.Contain("  3    an input is missing or unreadable");
        result.Stdout.Should().Contain("medline");
    }

    [Theory]
    [InlineData("convert", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData("convert", "--format", "xml", "-")]
    [InlineData("stats", "--top", "0", "-")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var result = CliRun.Invoke(args, stdin: Inputs.Good);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines[0].Should().StartWith("medline: error: ");
        result.Stderr.Should().NotContain("   at ");
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        CliRun.Invoke([]).ExitCode.Should().Be(2);
    }

    [Fact]
    public void Indent_with_ndjson_is_a_usage_error()
    {
        var result = CliRun.Invoke(["convert", "--raw", "--indent", "--format", "ndjson", "-"], stdin: Inputs.Good);

        result.ExitCode.Should().Be(2);
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("--indent");
    }

    [Theory]
    [InlineData("convert", "--raw")]
    [InlineData("validate")]
    [InlineData("stats")]
    public void A_missing_file_exits_3_with_one_line(params string[] command)
    {
        var missing = Path.Combine(_dir.Path, "nope.txt");
        var output = Path.Combine(_dir.Path, "out.json");
        string[] args = command[0] == "convert" ? [.. command, TestPaths.Sample, missing, "-o", output] : [.. command, missing];
        var result = CliRun.Invoke(args);

        result.ExitCode.Should().Be(3, result.ToString());
        result.StderrLines.Should().Equal($"medline: error: input not found: {missing}");
        result.Stdout.Should().BeEmpty();
        _dir.Entries().Should().BeEmpty();
    }

    [Fact]
    public void A_folder_without_medline_files_exits_3()
    {
        _dir.File("in/readme.md", "hello");
        var result = CliRun.Invoke(["validate", Path.Combine(_dir.Path, "in")]);

        result.ExitCode.Should().Be(3);
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("medline: error: no MEDLINE files");
    }

    [Fact]
    public void An_output_in_a_missing_folder_exits_3()
    {
        var output = Path.Combine(_dir.Path, "missing", "out.json");
        var result = CliRun.Invoke(["convert", "--raw", TestPaths.Sample, "-o", output]);

        result.ExitCode.Should().Be(3, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith($"medline: error: cannot write output {output}: folder ");
    }

    [Fact]
    public void An_output_that_is_a_folder_exits_3()
    {
        var result = CliRun.Invoke(["convert", "--raw", TestPaths.Sample, "-o", _dir.Path]);

        result.ExitCode.Should().Be(3, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().EndWith("it is a folder");
    }

    [Fact]
    public void Stdin_given_twice_is_a_usage_error()
    {
        CliRun.Invoke(["validate", "-", "-"], stdin: Inputs.Good).ExitCode.Should().Be(2);
    }
}
