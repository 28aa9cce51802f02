using System.Text.Json;
using NJsonSchema;

namespace Medline.Parser.Cli.Tests;

/// <summary>Every file of ../shared/corpus converts to valid JSON with one value per record (needs ../shared; under CI=true its absence fails).</summary>
public sealed class CorpusTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Whole_corpus_converts_to_ndjson_with_one_valid_object_per_record()
    {
        var shared = TestPaths.Shared;

        var corpus = Path.Combine(shared, "corpus");
        var output = Path.Combine(_dir.Path, "corpus.ndjson");
        var result = CliRun.Invoke(["convert", "--raw", "--quiet", corpus, "-o", output]);

        result.ExitCode.Should().Be(0, result.ToString());
        var summary = result.StderrLines.Should().ContainSingle().Subject;
        var records = 0;
        foreach (var line in File.ReadLines(output))
        {
            using var json = JsonDocument.Parse(line);
            json.RootElement.GetProperty("fields").ValueKind.Should().Be(JsonValueKind.Array);
            records++;
        }

        records.Should().BeGreaterThan(1000);
        summary.Should().Contain($" {records} records,");
    }

    [Theory]
    [InlineData("pybibx/pubmed.txt", "json")]
    [InlineData("drug-repurposing/pubmed.txt", "ndjson")]
    [InlineData("gwascat/medline.txt", "ndjson")]
    public void Parallel_conversion_writes_the_same_bytes_as_the_sequential_strict_path(string file, string format)
    {
        var shared = TestPaths.Shared;

        // Files without errors, so --strict (which runs record by record on one reading thread) reads them whole.
        var input = Path.Combine(shared, "corpus", file);
        var parallel = CliRun.Invoke(["convert", "--quiet", "--format", format, input]);
        var sequential = CliRun.Invoke(["convert", "--quiet", "--strict", "--format", format, input]);

        parallel.ExitCode.Should().Be(0, parallel.ToString());
        sequential.ExitCode.Should().Be(0, sequential.ToString());
        parallel.Stdout.Should().Be(sequential.Stdout);
        parallel.StderrLines[^1].Split(" in ")[0].Should().Be(sequential.StderrLines[^1].Split(" in ")[0]);
    }

    [Fact]
    public async Task Typed_json_of_every_corpus_record_validates_against_the_schema()
    {
        var shared = TestPaths.Shared;

        var output = Path.Combine(_dir.Path, "corpus.jsonl");
        var result = CliRun.Invoke(["convert", "--quiet", Path.Combine(shared, "corpus"), "-o", output]);
        result.ExitCode.Should().Be(0, result.ToString());

        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestPaths.RepoRoot, "docs", "medline-citation.schema.json"));
        var failures = new List<string>();
        var count = 0;
        foreach (var line in File.ReadLines(output))
        {
            count++;
            var errors = schema.Validate(line);
            if (errors.Count > 0 && failures.Count < 5)
            {
                failures.Add($"record {count}: {string.Join("; ", errors.Take(3))}");
            }
        }

        count.Should().BeGreaterThan(1000);
        failures.Should().BeEmpty();
    }

    [Fact]
    public void Every_corpus_file_validates_without_crashing()
    {
        var shared = TestPaths.Shared;

        var result = CliRun.Invoke(["validate", "--raw", Path.Combine(shared, "corpus")]);

        result.ExitCode.Should().BeOneOf(0, 1);
        result.Stderr.Should().NotContain("internal error");
        result.StderrLines[^1].Should().MatchRegex(@"^medline: \d+ files, \d+ records, \d+ warnings?, \d+ errors? in ");
    }
}
