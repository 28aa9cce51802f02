using System.Diagnostics;
using Medline.Parser.Cli.Commands;
using Medline.Parser.Cli.Output;

namespace Medline.Parser.Cli.Tests;

/// <summary>Issue 9 §3, "the CLI around the data": each bug found trying the tool as a new user would, by its name.</summary>
public sealed class Issue9CliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string ConvertedSample() => CliRun.Invoke(["convert", "-q", TestPaths.Sample]).Stdout;

    private static void Run(string fileName, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"{fileName} {string.Join(' ', args)}: {error}");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2.5")]
    [InlineData("99999999999")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("")]
    public void Stats_top_that_is_not_a_number_is_a_usage_error_not_a_stack_trace(string top)
    {
        var result = CliRun.Invoke(["stats", TestPaths.Sample, "--top", top]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().Equal(
            $"medline: error: --top takes a whole number from 1 to 2147483647, not '{top}' (see 'medline stats --help')");
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Stats_top_that_is_a_number_is_taken()
    {
        var result = CliRun.Invoke(["stats", TestPaths.Sample, "--json", "--top", "2"]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("\"topMeshDescriptors\"");
        System.Text.Json.JsonDocument.Parse(result.Stdout).RootElement.GetProperty("topMeshDescriptors").GetArrayLength().Should().Be(2);
    }

    [Theory]
    [InlineData("medline: error: --format takes json, ndjson, medline, csl-json, ris, bibtex, biblatex, csv, parquet, not 'xml' (see 'medline convert --help')", "convert", "--format", "xml", "-")]
    [InlineData("medline: error: --format takes json, ndjson, medline, csl-json, ris, bibtex, biblatex, csv, parquet, not 'JSON' (see 'medline convert --help')", "convert", "-f", "JSON", "-")]
    [InlineData("medline: error: Required argument missing for option: '--format'. (see 'medline convert --help')", "convert", "-", "--format")]
    [InlineData("medline: error: an empty output path was given to --output (see 'medline convert --help')", "convert", "-", "-o", "")]
    [InlineData("medline: error: an empty output path was given to --output (see 'medline convert --help')", "convert", "-", "-o", "a\0b.json")]
    [InlineData("medline: error: Option '-o' expects a single argument but 2 were provided. (see 'medline convert --help')", "convert", "-", "-o", "a.json", "-o", "b.json")]
    [InlineData("medline: error: Required argument missing for option: '--top'. (see 'medline stats --help')", "stats", "-", "--top")]
    [InlineData("medline: error: --indent is for json only, not ndjson", "convert", "-", "--indent", "-f", "ndjson")]
    [InlineData("medline: error: an empty input path was given", "validate", "")]
    [InlineData("medline: error: unknown option --no-such", "validate", "--no-such")]
    public void Every_bad_option_value_is_a_one_line_usage_error(string message, params string[] args)
    {
        var result = CliRun.Invoke(args, stdin: Inputs.Good);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().Equal(message);
        result.Stdout.Should().BeEmpty();
    }

    [Theory]
    [InlineData("out.xlsx")]
    [InlineData("out.xml")]
    [InlineData("out.json.tmp")]
    public void Output_with_an_extension_we_do_not_write_is_a_usage_error(string name)
    {
        var output = Path.Combine(_dir.Path, name);
        var result = CliRun.Invoke(["convert", TestPaths.Sample, "-o", output]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().Equal(
            $"medline: error: the output {output} has an extension medline does not write; use .json, .ndjson, .jsonl, .nbib, .txt, .medline, .csl.json, .ris, .bib, .csv, .parquet (or no extension)");
        _dir.Entries().Should().BeEmpty();
    }

    [Theory]
    [InlineData("out.JSON", "[")]
    [InlineData("out.jsonl", "{")]
    [InlineData("out", "[")]
    public void Output_with_an_extension_we_write_gets_its_format(string name, string start)
    {
        var output = Path.Combine(_dir.Path, name);
        var result = CliRun.Invoke(["convert", "-q", TestPaths.Sample, "-o", output]);

        result.ExitCode.Should().Be(0, result.ToString());
        File.ReadAllText(output).Should().StartWith(start);
    }

    [Fact]
    public void Help_says_medline_whatever_the_executable_is_called()
    {
        // In-process the executable is the test host; the native AVX2 build is medline-x86-64-v3: neither shows.
        var root = CliRun.Invoke(["--help"]);
        var convert = CliRun.Invoke(["convert", "--help"]);

        root.Stdout.Should().Contain("Usage:\n  medline [command] [options]\n");
        convert.Stdout.Should().Contain("Usage:\n  medline convert [<INPUT>...] [options]\n");
        (root.Stdout + convert.Stdout).Should().NotContain("testhost").And.NotContain(NativeVariant.FileName);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("stats", "--json")]
    [InlineData("convert", "-")]
    public void Reading_stdin_from_a_terminal_says_so_on_stderr(params string[] args)
    {
        var result = CliRun.Invoke(args, stdin: Inputs.Good, inputIsTerminal: true);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines[0].Should().Be(
            "medline: reading MEDLINE text from standard input (end it with Ctrl+D; give a file or folder to read that instead)");
    }

    [Fact]
    public void Reading_stdin_from_a_pipe_or_a_file_says_nothing_more()
    {
        var result = CliRun.Invoke(["validate"], stdin: Inputs.Good);

        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("medline: 1 file, 2 records, ");
    }

    [Fact]
    public void Reading_files_with_a_terminal_on_stdin_says_nothing_more()
    {
        var result = CliRun.Invoke(["validate", TestPaths.Sample], inputIsTerminal: true);

        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("medline: 1 file, 1 record, ");
    }

    [Fact]
    public void Output_to_dev_stdout_goes_to_standard_output_not_to_a_file()
    {
        var result = CliRun.Invoke(["convert", "-q", TestPaths.Sample, "-o", "/dev/stdout"]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(ConvertedSample());
    }

    [Fact]
    public void Output_through_a_symlink_writes_its_target_and_keeps_the_link()
    {
        var target = _dir.File("data/target.json", "old content");
        var link = Path.Combine(_dir.Path, "link.json");
        File.CreateSymbolicLink(link, "data/target.json");

        var result = CliRun.Invoke(["convert", "-q", TestPaths.Sample, "-o", link]);

        result.ExitCode.Should().Be(0, result.ToString());
        new FileInfo(link).LinkTarget.Should().Be("data/target.json");
        File.ReadAllText(target).Should().Be(ConvertedSample());
        _dir.Entries().Should().Equal("data", "data/target.json", "link.json");
    }

    [Fact]
    public void Output_through_a_dangling_symlink_creates_its_target()
    {
        var link = Path.Combine(_dir.Path, "link.json");
        File.CreateSymbolicLink(link, "new.json");

        var result = CliRun.Invoke(["convert", "-q", TestPaths.Sample, "-o", link]);

        result.ExitCode.Should().Be(0, result.ToString());
        new FileInfo(link).LinkTarget.Should().Be("new.json");
        File.ReadAllText(Path.Combine(_dir.Path, "new.json")).Should().Be(ConvertedSample());
    }

    [Fact]
    public void Output_through_a_symlink_onto_an_input_is_refused()
    {
        var input = _dir.File("in.json", File.ReadAllText(TestPaths.Sample));
        var link = Path.Combine(_dir.Path, "link.json");
        File.CreateSymbolicLink(link, input);

        var result = CliRun.Invoke(["convert", input, "-o", link]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().Equal($"medline: error: the output {link} is also an input; refusing to overwrite it");
    }

    [Fact]
    public async Task Output_onto_a_fifo_is_written_into_it_not_replaced()
    {
        var fifo = Path.Combine(_dir.Path, "out.fifo");
        Run("mkfifo", fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var result = CliRun.Invoke(["convert", "-q", TestPaths.Sample, "-o", fifo]);

        result.ExitCode.Should().Be(0, result.ToString());
        (await reader.WaitAsync(TimeSpan.FromMinutes(1))).Should().Be(ConvertedSample());
        FileKinds.Of(fifo).Should().Be(FileKind.Fifo);
        _dir.Entries().Should().Equal("out.fifo");
    }

    [Fact]
    public void Output_onto_a_character_device_writes_into_it_and_leaves_the_device()
    {
        // As root, the same device as /dev/null made in the test folder, so that a regression cannot replace the
        // machine's /dev/null; as another user /dev/null itself (which a regression cannot replace, only fail on).
        var device = Path.Combine(_dir.Path, "null");
        using (var mknod = Process.Start(new ProcessStartInfo("mknod", [device, "c", "1", "3"]) { RedirectStandardError = true })!)
        {
            mknod.WaitForExit();
            if (mknod.ExitCode != 0)
            {
                device = "/dev/null";
            }
        }

        var result = CliRun.Invoke(["convert", "-q", TestPaths.Sample, "-o", device]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("medline: 1 file, 1 record, ");
        FileKinds.Of(device).Should().Be(FileKind.CharacterDevice);
        Directory.GetFiles(Path.GetDirectoryName(device)!, ".null.*").Should().BeEmpty();
    }

    [Fact]
    public void A_full_disk_names_the_output_path_not_the_temporary_file()
    {
        // A 64 KiB tmpfs when this may mount one (root); else /dev/full, which fails every write with ENOSPC.
        var folder = _dir.File("small");
        Directory.CreateDirectory(folder);
        string output;
        using (var mount = Process.Start(new ProcessStartInfo("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder])
        {
            RedirectStandardError = true,
        })!)
        {
            mount.WaitForExit();
            output = Path.Combine(folder, "out.json");
            if (mount.ExitCode != 0)
            {
                File.CreateSymbolicLink(output, "/dev/full");
            }
        }

        try
        {
            var inputs = Enumerable.Range(0, 30).Select(i => _dir.File($"in/{i}.txt", File.ReadAllText(TestPaths.Sample))).ToArray();
            var result = CliRun.Invoke(["convert", "-q", .. inputs, "-o", output]);

            result.ExitCode.Should().Be(3, result.ToString());
            result.StderrLines.Should().Equal($"medline: error: cannot write output {output}: No space left on device");
            Directory.GetFiles(folder, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }).Should().BeEmpty();
        }
        finally
        {
            using var umount = Process.Start(new ProcessStartInfo("umount", [folder]) { RedirectStandardError = true })!;
            umount.WaitForExit();
        }
    }

    [Fact]
    public void A_write_error_names_the_output_path_not_the_temporary_file()
    {
        var failing = new FailingStream(new IOException("No space left on device : '/data/.out.json.0f3c.tmp'", 28));
        using var stream = new OutputStream(failing, "out.json");

        var write = () => stream.Write("[]"u8);

        write.Should().Throw<CliException>()
            .Which.Should().Match<CliException>(e => e.ExitCode == 3 && e.Message == "cannot write output out.json: No space left on device");
    }

    [Fact]
    public void Stats_into_a_closed_standard_output_is_exit_3_not_success()
    {
        var result = CliRun.InvokeWithStdout(["stats", TestPaths.Sample, "--json"], new FailingStream(new IOException("Broken pipe", 32)));

        result.ExitCode.Should().Be(3, result.ToString());
        result.StderrLines.Should().Equal("medline: error: cannot write output <stdout>: Broken pipe");
    }

    [Fact]
    public void Convert_into_a_closed_standard_output_is_exit_3_not_success()
    {
        var result = CliRun.InvokeWithStdout(["convert", TestPaths.Sample], new FailingStream(new IOException("Broken pipe", 32)));

        result.ExitCode.Should().Be(3, result.ToString());
        result.StderrLines.Should().Equal("medline: error: cannot write output <stdout>: Broken pipe");
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("validate")]
    [InlineData("stats")]
    public void No_recover_is_an_option_of_every_reading_command(string command)
    {
        var result = CliRun.Invoke([command, "--no-recover", "-q", TestPaths.Sample]);

        result.ExitCode.Should().Be(0, result.ToString());
        CliRun.Invoke([command, "--help"]).Stdout.Should().Contain("--no-recover");
    }

    /// <summary>The seed record with every line break collapsed into a space (../shared; its absence fails the test).</summary>
    private static string FlattenedSeed =>
        Path.Combine(TestPaths.Shared, "seed", "pmid-32756149.flattened.txt");

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "--strict")]
    public void Validate_counts_the_records_recovered_from_the_flattened_seed(params string[] command)
    {
        var result = CliRun.Invoke([.. command, FlattenedSeed]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().HaveCount(2);
        result.StderrLines[0].Should().Be(
            $"{FlattenedSeed}(1,1): warning MED1013: record recovered from text that lost its line breaks (expected one field per line): split into 110 fields at the tags it holds");
        result.StderrLines[1].Should().StartWith("medline: 1 file, 1 record, 1 warning, 0 errors in ")
            .And.EndWith(" s; 1 record recovered from lines that lost their breaks");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("convert")]
    [InlineData("stats")]
    public void No_recover_makes_the_flattened_seed_an_error_not_a_recovered_record(string command)
    {
        var result = CliRun.Invoke([command, "--no-recover", FlattenedSeed]);

        result.ExitCode.Should().Be(command == "validate" ? 1 : 0, result.ToString());
        result.StderrLines.Should().Contain(line => line.StartsWith($"{FlattenedSeed}(1,16): error MED1014: 110 fields run together on one line", StringComparison.Ordinal));
        result.StderrLines.Should().NotContain(line => line.Contains("MED1013", StringComparison.Ordinal));
        result.StderrLines[^1].Should().NotContain("recovered");
    }

    [Fact]
    public void The_validate_summary_counts_recovered_records_only_when_there_are_some()
    {
        ValidateCommand.RecoveredNote(0).Should().BeEmpty();
        ValidateCommand.RecoveredNote(1).Should().Be("; 1 record recovered from lines that lost their breaks");
        ValidateCommand.RecoveredNote(2).Should().Be("; 2 records recovered from lines that lost their breaks");
    }

    [Theory]
    [InlineData(0x1000, "Fifo")]
    [InlineData(0x2000, "CharacterDevice")]
    [InlineData(0x4000, "Directory")]
    [InlineData(0x6000, "BlockDevice")]
    [InlineData(0x8000, "Regular")]
    [InlineData(0xC000, "Socket")]
    public void File_kinds_come_from_the_type_bits_of_the_mode(int type, string kind) =>
        FileKinds.FromMode(type | 0x1B6).ToString().Should().Be(kind);

    [Fact]
    public void Output_onto_a_block_device_is_refused()
    {
        var device = Directory.GetFiles("/dev").FirstOrDefault(static d => FileKinds.Of(d) == FileKind.BlockDevice)
            ?? Path.Combine(_dir.Path, "block");
        if (!File.Exists(device))
        {
            Run("mknod", device, "b", "7", "200");
        }

        var result = CliRun.Invoke(["convert", TestPaths.Sample, "-o", device]);

        result.ExitCode.Should().Be(3, result.ToString());
        result.StderrLines.Should().Equal(
            $"medline: error: cannot write output {device}: it is a block device (a disk); medline writes files, FIFOs and character devices");
    }

    private sealed class FailingStream(IOException error) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw error;

        public override void Write(ReadOnlySpan<byte> buffer) => throw error;
    }
}
