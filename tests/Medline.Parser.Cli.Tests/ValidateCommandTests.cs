namespace Medline.Parser.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Good_file_exits_0_with_only_the_summary()
    {
        var result = CliRun.Invoke(["validate", TestPaths.Sample]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("medline: 1 file, 1 record, 0 warnings, 0 errors in ");
    }

    [Fact]
    public void Broken_lines_exit_1_with_path_line_and_column()
    {
        var broken = _dir.File("broken.txt", Inputs.Broken);
        var result = CliRun.Invoke(["validate", broken]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.StderrLines[0].Should().StartWith($"{broken}(3,1): error MED1001: malformed line 'this is broken'");
    }

    [Fact]
    public void Empty_file_is_a_warning_with_exit_0()
    {
        var empty = _dir.File("empty.nbib", "\n\n");
        var result = CliRun.Invoke(["validate", empty]);

        result.ExitCode.Should().Be(0);
        result.StderrLines.Should().HaveCount(2);
        result.StderrLines[0].Should().Be($"{empty}(1,1): warning MED1011: the input holds no MEDLINE record (it is empty or only blank lines)");
        result.StderrLines[1].Should().StartWith("medline: 1 file, 0 records, 1 warning, 0 errors");
    }

    [Fact]
    public void Binary_file_exits_1_with_positions()
    {
        var binary = _dir.File("data.bin");
        File.WriteAllBytes(binary, Inputs.Binary);
        var result = CliRun.Invoke(["validate", binary]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StderrLines.Should().Contain(l => l.StartsWith($"{binary}(1,1): error MED1010: ", StringComparison.Ordinal));
        result.Stderr.Should().NotContain("   at ");
    }

    [Fact]
    public void A_Latin1_export_gets_a_warning_at_each_line_it_garbles_and_exits_0()
    {
        var latin1 = _dir.File("latin1.nbib");
        File.WriteAllBytes(latin1, System.Text.Encoding.Latin1.GetBytes("PMID- 1\nTI  - Café\nAU  - Müller K\n"));
        var result = CliRun.Invoke(["validate", latin1]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Where(l => l.Contains("MED1012", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', latin1.Length)])
            .Should().Equal($"{latin1}(2,10)", $"{latin1}(3,8)");
        result.StderrLines[^1].Should().StartWith("medline: 1 file, 1 record, 2 warnings, 0 errors in ");
    }

    [Fact]
    public void Folder_with_good_and_bad_files_exits_1_and_names_the_bad_one()
    {
        _dir.File("in/good.txt", Inputs.Good);
        _dir.File("in/sub/bad.medline", Inputs.Broken);
        var result = CliRun.Invoke(["validate", Path.Combine(_dir.Path, "in")]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.StderrLines.Should().HaveCount(2);
        result.StderrLines[0].Should().StartWith(Path.Combine(_dir.Path, "in", "sub", "bad.medline") + "(3,1): error MED1001: ");
        result.StderrLines[1].Should().StartWith("medline: 2 files, 4 records, 0 warnings, 1 error in ");
    }

    [Fact]
    public void Strict_stops_at_the_first_error()
    {
        var text = Inputs.Broken + "\nPMID- 3\nagain broken\n";
        var broken = _dir.File("broken.txt", text);
        var all = CliRun.Invoke(["validate", broken]);
        var strict = CliRun.Invoke(["validate", "--strict", broken]);

        all.ExitCode.Should().Be(1);
        strict.ExitCode.Should().Be(1);
        all.StderrLines.Should().HaveCount(3);
        strict.StderrLines.Should().HaveCount(2);
    }

    [Fact]
    public void Reads_stdin()
    {
        var result = CliRun.Invoke(["validate", "-"], stdin: Inputs.Broken);

        result.ExitCode.Should().Be(1);
        result.StderrLines[0].Should().StartWith("<stdin>(3,1): error MED1001: ");
    }
}
