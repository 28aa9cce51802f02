using System.IO.Compression;
using System.Text;

namespace Medline.Parser.Cli.Tests;

/// <summary>Issue 9 §5 and §3 in the tool: gzip and Latin-1 input, <c>--encoding</c>, folders with .gz files and symbolic link loops.</summary>
public sealed class InputFormatsAndFoldersTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static byte[] Gzip(string text, Encoding? encoding = null)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write((encoding ?? Encoding.UTF8).GetBytes(text));
        }

        return output.ToArray();
    }

    private static string[] Pmids(CliResult result) =>
        [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("pmid").GetString()!)];

    [Fact]
    public void A_gzip_export_converts_like_its_text_from_a_file_and_from_standard_input()
    {
        var plain = CliRun.Invoke(["convert", "-f", "ndjson", "-"], stdin: Inputs.Good);
        var file = _dir.File("export.nbib.gz");
        File.WriteAllBytes(file, Gzip(Inputs.Good));

        var fromFile = CliRun.Invoke(["convert", "-f", "ndjson", file]);
        var fromStdin = CliRun.Invoke(["convert", "-f", "ndjson", "-"], stdinBytes: Gzip(Inputs.Good));

        plain.ExitCode.Should().Be(0, plain.ToString());
        fromFile.ExitCode.Should().Be(0, fromFile.ToString());
        fromFile.Stdout.Should().Be(plain.Stdout);
        fromStdin.ExitCode.Should().Be(0, fromStdin.ToString());
        fromStdin.Stdout.Should().Be(plain.Stdout);
        Pmids(fromFile).Should().Equal("10", "11");
    }

    [Fact]
    public void Damaged_gzip_input_exits_3_with_one_line_naming_the_file()
    {
        var bytes = Gzip(string.Concat(Enumerable.Repeat(Inputs.Good + "\n", 100)));
        bytes.AsSpan(10).Fill(0xFF);
        var file = _dir.File("damaged.txt.gz");
        File.WriteAllBytes(file, bytes);

        var result = CliRun.Invoke(["validate", file]);

        result.ExitCode.Should().Be(3, result.ToString());
        result.StderrLines[0].Should().StartWith($"medline: error: cannot read {file}: the gzip-compressed data is damaged (");
        result.Stderr.Should().NotContain("   at ");
    }

    [Fact]
    public void A_folder_takes_gzip_exports_but_not_other_gzip_files()
    {
        File.WriteAllBytes(_dir.File("in/a.nbib.gz"), Gzip("PMID- 1\nTI  - one\n"));
        File.WriteAllBytes(_dir.File("in/b.gz"), Gzip("PMID- 2\nTI  - two\n"));
        _dir.File("in/c.txt", "PMID- 3\nTI  - three\n");
        File.WriteAllBytes(_dir.File("in/pubmed25n0001.xml.gz"), Gzip("<PubmedArticleSet/>"));

        var result = CliRun.Invoke(["convert", "-f", "ndjson", Path.Combine(_dir.Path, "in")]);

        result.ExitCode.Should().Be(0, result.ToString());
        Pmids(result).Should().Equal("1", "2", "3");
    }

    [Fact]
    public void Latin1_input_with_encoding_windows_1252_keeps_its_letters_and_without_it_the_warning_says_how()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var file = _dir.File("latin.nbib");
        File.WriteAllBytes(file, windows1252.GetBytes("PMID- 1\nTI  - “Naïve” results\nFAU - Müller, Hans\n"));

        var asUtf8 = CliRun.Invoke(["convert", "-f", "ndjson", file]);
        var read = CliRun.Invoke(["convert", "-f", "ndjson", "--encoding", "windows-1252", file]);
        var latin1 = CliRun.Invoke(["convert", "-f", "ndjson", "--encoding", "LATIN1", file]);

        asUtf8.StderrLines[0].Should().Be(
            $"{file}(2,7): warning MED1012: U+FFFD replacement character: bytes here were not valid UTF-8 or the text was " +
            "damaged before; it is kept as it is. If the file is Latin-1 or Windows-1252, use --encoding windows-1252 " +
            "(MedlineReaderOptions.Encoding)");
        read.ExitCode.Should().Be(0, read.ToString());
        read.StderrLines.Should().ContainSingle().Which.Should().StartWith("medline: 1 file, 1 record, 0 warnings, 0 errors");
        var citation = System.Text.Json.JsonDocument.Parse(read.Stdout).RootElement;
        citation.GetProperty("title").GetString().Should().Be("“Naïve” results");
        latin1.Stdout.Should().Contain("Müller").And.NotContain("\uFFFD");
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("validate")]
    [InlineData("stats")]
    public void An_unknown_encoding_is_a_usage_error_exit_2(string command)
    {
        var result = CliRun.Invoke([command, "--encoding", "ebcdic", "-"], stdin: Inputs.Good);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines[0].Should().Be($"medline: error: unknown encoding 'ebcdic' for --encoding; use utf-8, latin1, windows-1252 (see 'medline {command} --help')");
    }

    [Fact]
    public void A_folder_with_a_symlink_to_itself_converts_its_file_once()
    {
        var folder = Path.Combine(_dir.Path, "loop");
        _dir.File("loop/a.txt", "PMID- 1\nTI  - one\n");
        File.CreateSymbolicLink(Path.Combine(folder, "me"), ".");

        var result = CliRun.Invoke(["convert", "-f", "ndjson", folder]);

        result.ExitCode.Should().Be(0, result.ToString());
        Pmids(result).Should().Equal("1");
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("medline: 1 file, 1 record,");
    }

    [Fact]
    public void A_folder_with_two_folders_linking_to_each_other_ends_and_reads_each_file_once_by_its_own_path()
    {
        _dir.File("two/x/a.txt", "PMID- 1\nTI  - one\n");
        _dir.File("two/y/b.nbib", "PMID- 2\nTI  - two\n");
        Directory.CreateSymbolicLink(Path.Combine(_dir.Path, "two", "x", "to-y"), Path.Combine(_dir.Path, "two", "y"));
        Directory.CreateSymbolicLink(Path.Combine(_dir.Path, "two", "y", "to-x"), "../x");
        File.CreateSymbolicLink(Path.Combine(_dir.Path, "two", "y", "a-again.txt"), "../x/a.txt");

        var result = CliRun.Invoke(["validate", Path.Combine(_dir.Path, "two")]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("medline: 2 files, 2 records,");
    }

    [Fact]
    public void A_folder_given_through_a_link_reads_its_files_through_the_link()
    {
        _dir.File("real/a.txt", "PMID- 1\nTI  - one\n");
        var link = Path.Combine(_dir.Path, "link");
        Directory.CreateSymbolicLink(link, Path.Combine(_dir.Path, "real"));

        var result = CliRun.Invoke(["validate", "-v", link]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("medline: 1 file, 1 record,");
    }
}
