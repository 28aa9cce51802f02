using System.Diagnostics;
using System.Text.Json;
using DuckDB.NET.Data;

namespace Medline.Parser.Cli.Tests;

/// <summary>The whole corpus as NDJSON, converted once with and once without <c>--empty-lists</c>.</summary>
public sealed class EmptyListsCorpus : IDisposable
{
    private readonly TempDir _dir = new();

    public EmptyListsCorpus()
    {
        var corpus = Path.Combine(TestPaths.Shared, "corpus");
        WithOption = Convert(corpus, "with.ndjson", "--empty-lists");
        WithoutOption = Convert(corpus, "without.ndjson");
        foreach (var line in File.ReadLines(WithOption))
        {
            using var json = JsonDocument.Parse(line);
            Records++;
            Authors += json.RootElement.GetProperty("authors").GetArrayLength();
        }
    }

    /// <summary>The corpus NDJSON written with <c>--empty-lists</c>.</summary>
    public string WithOption { get; }

    /// <summary>The corpus NDJSON written without it.</summary>
    public string WithoutOption { get; }

    public int Records { get; }

    /// <summary>How many authors our JSON holds, summed over all records.</summary>
    public int Authors { get; }

    public void Dispose() => _dir.Dispose();

    private string Convert(string corpus, string name, params string[] options)
    {
        var output = Path.Combine(_dir.Path, name);
        var result = CliRun.Invoke(["convert", "--quiet", .. options, corpus, "-o", output]);
        result.ExitCode.Should().Be(0, result.ToString());
        return output;
    }
}

/// <summary><c>medline convert --empty-lists</c>: every list written, so dataframe tools see one shape (issue 11).</summary>
public sealed class ConvertEmptyListsTests(EmptyListsCorpus corpus) : IClassFixture<EmptyListsCorpus>, IDisposable
{
    private const string Python = "/usr/bin/python3"; // Debian's, with python3-pandas (.ci/run installs it)

    // The recipe of docs/json.md: one row per author with the record's PMID. errors='ignore' because a record without a
    // PMID has no "pmid" (--empty-lists writes every list, not nulls).
    private const string AuthorsScript = """
        import json, sys
        import pandas as pd
        with open(sys.argv[1], encoding='utf-8') as f:
            recs = [json.loads(line) for line in f if line.strip()]
        df = pd.json_normalize(recs, record_path='authors', meta=['pmid'], errors='ignore')
        print(json.dumps({'rows': len(df), 'columns': sorted(df.columns), 'pmids': int(df['pmid'].notna().sum())}))
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Empty_lists_ndjson_of_the_whole_corpus_validates_against_the_schema()
    {
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(TestPaths.RepoRoot, "docs", "medline-citation.schema.json"));
        var failures = new List<string>();
        var count = 0;
        foreach (var line in File.ReadLines(corpus.WithOption))
        {
            count++;
            var errors = schema.Validate(line);
            if (errors.Count > 0 && failures.Count < 5)
            {
                failures.Add($"record {count}: {string.Join("; ", errors.Take(3))}");
            }
        }

        count.Should().Be(corpus.Records).And.BeGreaterThan(1000);
        failures.Should().BeEmpty();
    }

    [Fact]
    public void Pandas_json_normalize_of_the_authors_of_empty_lists_ndjson_gives_one_row_per_author_of_the_corpus()
    {
        var result = RunPython(AuthorsScript, corpus.WithOption);

        result.ExitCode.Should().Be(0, result.Error);
        using var output = JsonDocument.Parse(result.Output);
        output.RootElement.GetProperty("rows").GetInt32().Should().Be(corpus.Authors).And.BeGreaterThan(10_000);
        output.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).Should().Contain(["lastName", "foreName", "position", "affiliations", "pmid"]);
        output.RootElement.GetProperty("pmids").GetInt32().Should().BeGreaterThan(corpus.Authors * 9 / 10, "almost every author's record has a PMID");
    }

    [Fact]
    public void Pandas_json_normalize_of_the_authors_fails_without_empty_lists_on_a_corpus_with_a_record_without_authors()
    {
        // Proof of the need: a record without authors has no "authors" key at all by default.
        File.ReadLines(corpus.WithoutOption).Should().Contain(line => !line.Contains("\"authors\":", StringComparison.Ordinal));

        var result = RunPython(AuthorsScript, corpus.WithoutOption);

        result.ExitCode.Should().NotBe(0);
        result.Error.Should().Contain("KeyError: 'authors'");
    }

    [Fact]
    public void DuckDB_read_json_auto_of_empty_lists_ndjson_gives_every_record_and_authors_as_one_list_type_for_every_row()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT count(*), count(DISTINCT typeof(authors)), min(typeof(authors)), sum(len(authors))::BIGINT, count(*) FILTER (WHERE authors IS NULL), " +
            "count(DISTINCT typeof(meshHeadings)), count(*) FILTER (WHERE meshHeadings IS NULL) " +
            $"FROM read_json_auto('{corpus.WithOption.Replace("'", "''", StringComparison.Ordinal)}')";
        using var reader = command.ExecuteReader();
        reader.Read().Should().BeTrue();

        reader.GetInt64(0).Should().Be(corpus.Records).And.BeGreaterThan(1000);
        reader.GetInt64(1).Should().Be(1, "authors has one type on every row");
        reader.GetString(2).Should().StartWith("STRUCT(").And.EndWith("[]", "authors is a LIST of author structs");
        reader.GetString(2).Should().Contain("lastName VARCHAR").And.Contain("affiliations VARCHAR[]");
        reader.GetInt64(3).Should().Be(corpus.Authors);
        reader.GetInt64(4).Should().Be(0, "no row lacks its authors list");
        reader.GetInt64(5).Should().Be(1);
        reader.GetInt64(6).Should().Be(0);

        // The recipe of docs/json.md: one row per author.
        using var unnest = connection.CreateCommand();
        unnest.CommandText = "SELECT count(*), count(lastName) FROM (SELECT pmid, unnest(authors, recursive := true) " +
            $"FROM read_json_auto('{corpus.WithOption.Replace("'", "''", StringComparison.Ordinal)}'))";
        using var rows = unnest.ExecuteReader();
        rows.Read().Should().BeTrue();
        rows.GetInt64(0).Should().Be(corpus.Authors);
        rows.GetInt64(1).Should().BePositive();
    }

    [Fact]
    public void DuckDB_read_json_auto_reads_a_left_out_list_as_null_without_empty_lists()
    {
        // Proof of the need: by default a citation without authors has a NULL, not an empty list, in DuckDB.
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FILTER (WHERE authors IS NULL) " +
            $"FROM read_json_auto('{corpus.WithoutOption.Replace("'", "''", StringComparison.Ordinal)}')";

        ((long)command.ExecuteScalar()!).Should().BePositive();
    }

    [Theory]
    [InlineData("drug-repurposing/pubmed.txt")]
    [InlineData("gwascat/medline.txt")]
    public void Empty_lists_writes_the_same_objects_in_json_and_ndjson_on_the_parallel_and_the_sequential_path(string file)
    {
        // Files without errors, so --strict (record by record on one thread) reads them whole; --indent is sequential too.
        var input = Path.Combine(TestPaths.Shared, "corpus", file);
        var ndjson = Convert([input, "--empty-lists", "-f", "ndjson"]);
        var ndjsonStrict = Convert([input, "--empty-lists", "-f", "ndjson", "--strict"]);
        var array = Convert([input, "--empty-lists", "-f", "json"]);
        var indented = Convert([input, "--empty-lists", "-f", "json", "--indent"]);

        ndjsonStrict.Should().Be(ndjson);
        var lines = ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCountGreaterThan(10).And.AllSatisfy(line => line.Should().Contain("\"authors\":[").And.Contain("\"otherFields\":["));
        array.Should().Be("[" + string.Join(",", lines) + "]\n");
        using var pretty = JsonDocument.Parse(indented);
        pretty.RootElement.EnumerateArray().Select(e => e.GetRawText().ReplaceLineEndings("")).Should().HaveCount(lines.Length);
        pretty.RootElement.EnumerateArray().Zip(lines).Should().AllSatisfy(pair =>
            JsonElement.DeepEquals(pair.First, JsonDocument.Parse(pair.Second).RootElement).Should().BeTrue());
    }

    [Theory]
    [InlineData("--strict")]
    [InlineData("--quiet")]
    public void Empty_lists_from_our_json_input_writes_what_it_writes_from_the_medline_text(string path)
    {
        // --strict reads JSON input record by record; without it JSON objects are appended between the chunks.
        var input = Path.Combine(TestPaths.Shared, "corpus", "drug-repurposing", "pubmed.txt");
        var json = _dir.File("plain.ndjson", Convert([input, "-f", "ndjson"]));

        var fromJson = Convert([json, "--empty-lists", "-f", "ndjson", path]);

        fromJson.Should().Be(Convert([input, "--empty-lists", "-f", "ndjson"]));
    }

    [Theory]
    [InlineData("medline: error: --empty-lists is for json and ndjson only, not medline", "-f", "medline")]
    [InlineData("medline: error: --empty-lists is for typed citations, not --raw (a record's fields are always written)", "--raw")]
    public void Empty_lists_with_an_output_that_has_no_lists_of_its_own_is_a_usage_error(string message, params string[] options)
    {
        var result = CliRun.Invoke(["convert", "-", "--empty-lists", .. options], stdin: "PMID- 1\n");

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().Equal(message);
        result.Stdout.Should().BeEmpty();
    }

    private static string Convert(string[] arguments)
    {
        var result = CliRun.Invoke(["convert", "--quiet", .. arguments]);
        result.ExitCode.Should().Be(0, result.ToString());
        return result.Stdout;
    }

    private static (int ExitCode, string Output, string Error) RunPython(string script, string argument)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            // A missing consumer fails the test, never skips it.
            throw new InvalidOperationException($"{Python} is not installed ({e.Message}); .ci/run installs python3-pandas", e);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }
    }
}
