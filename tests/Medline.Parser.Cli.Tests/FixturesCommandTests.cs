using Medline.Parser.Testing;

namespace Medline.Parser.Cli.Tests;

/// <summary><c>medline fixtures</c>: the generator's export (issue 10 §3).</summary>
public sealed class FixturesCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static byte[] GeneratorBytes(long seed, int count, MedlineGeneratorOptions? options = null)
    {
        using var bytes = new MemoryStream();
        new MedlineGenerator(seed, options).WriteExport(bytes, count);
        return bytes.ToArray();
    }

    [Fact]
    public void Fixtures_writes_the_generators_records_to_a_file_and_exits_0()
    {
        var path = Path.Combine(_dir.Path, "out.nbib");

        var result = CliRun.Invoke(["fixtures", "--count", "25", "--seed", "5", "-o", path]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().Equal($"medline: wrote 25 records (0 damaged) to {path}");
        File.ReadAllBytes(path).Should().Equal(GeneratorBytes(5, 25));
        using var reader = MedlineReader.FromFile(path);
        reader.ReadCitations().Should().HaveCount(25);
    }

    [Fact]
    public void Fixtures_without_output_writes_to_standard_output_with_seed_1_by_default()
    {
        var result = CliRun.Invoke(["fixtures", "-n", "3"]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Be(System.Text.Encoding.UTF8.GetString(GeneratorBytes(1, 3)));
        result.StderrLines.Should().Equal("medline: wrote 3 records (0 damaged) to -");
    }

    [Fact]
    public void Fixtures_kinds_and_damage_reach_the_generator()
    {
        var path = Path.Combine(_dir.Path, "eric.nbib");

        var result = CliRun.Invoke(["fixtures", "-n", "10", "--kinds", "eric, PMC-first", "--damage", "1", "-o", path]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().Equal($"medline: wrote 10 records (10 damaged) to {path}");
        File.ReadAllBytes(path).Should().Equal(GeneratorBytes(1, 10, new MedlineGeneratorOptions
        {
            Kinds = [MedlineFixtureKind.Eric, MedlineFixtureKind.PmcFirst],
            DamageRate = 1,
        }));
    }

    [Theory]
    [InlineData("--count", "0", "--count takes a whole number of records from 1 to 20000000, not '0'")]
    [InlineData("--count", "-3", "--count takes a whole number of records from 1 to 20000000, not '-3'")]
    [InlineData("--count", "20000001", "--count takes a whole number of records from 1 to 20000000, not '20000001'")]
    [InlineData("--count", "ten", "--count takes a whole number of records from 1 to 20000000, not 'ten'")]
    [InlineData("--seed", "1.5", "--seed takes a whole number, not '1.5'")]
    [InlineData("--kinds", "eric,thesis", "--kinds takes record kinds separated by commas (journal-article, corporate-author, book, book-chapter, eric, pmc-first, in-process, publisher, retracted-article, retraction-notice, corrected-article, erratum-notice, et-al), not 'eric,thesis'")]
    [InlineData("--damage", "1.5", "--damage takes a rate from 0 to 1, such as 0.05, not '1.5'")]
    [InlineData("--damage", "-0.1", "--damage takes a rate from 0 to 1, such as 0.05, not '-0.1'")]
    [InlineData("--damage", "NaN", "--damage takes a rate from 0 to 1, such as 0.05, not 'NaN'")]
    public void Fixtures_option_that_is_not_usable_is_a_one_line_usage_error_and_writes_nothing(string option, string value, string message)
    {
        var path = Path.Combine(_dir.Path, "never.nbib");
        string[] args = option == "--count" ? ["fixtures", option, value, "-o", path] : ["fixtures", "-n", "2", option, value, "-o", path];

        var result = CliRun.Invoke(args);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().Equal($"medline: error: {message} (see 'medline fixtures --help')");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public void Fixtures_without_count_is_a_usage_error()
    {
        var result = CliRun.Invoke(["fixtures"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().Equal("medline: error: Option '--count' is required. (see 'medline fixtures --help')");
    }

    [Fact]
    public void Fixtures_interrupted_exits_130_and_leaves_no_file()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var result = CliRun.Invoke(["fixtures", "-n", "1000", "-o", _dir.File("out.nbib")], cancellationToken: cts.Token);

        result.ExitCode.Should().Be(130, result.ToString());
        result.StderrLines.Should().Equal("medline: interrupted; no output file was written");
        _dir.Entries().Should().BeEmpty();
    }
}
