using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using Medline.Parser.Export;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Export;

/// <summary>
/// The corpus exported as CSV and read back by consumers nobody here wrote: DuckDB (read_csv, auto-detected) and
/// Debian's python3 pandas (read_csv with no options). Row counts, citations per year, author and MeSH rows per PMID,
/// and every title and abstract must be what we wrote.
/// </summary>
public sealed class CsvConsumerTests : IClassFixture<CsvConsumerTests.CorpusExport>
{
    private const ExportTable LongTables = ExportTable.Authors | ExportTable.Mesh | ExportTable.Grants | ExportTable.Links;

    private readonly CorpusExport _export;

    public CsvConsumerTests(CorpusExport export) => _export = export;

    [Fact]
    public void Duckdb_reads_the_whole_corpus_in_one_file_with_our_counts_years_titles_and_abstracts()
    {
        var all = _export.All;

        ReadWithDuckDb(all).WithNumericPmids().Should().BeEquivalentTo(all.Expected, static o => o.WithStrictOrdering());
    }

    [Fact]
    public void Duckdb_reads_each_corpus_file_exported_alone_with_our_counts_years_titles_and_abstracts()
    {
        _export.PerFile.Should().NotBeEmpty();
        foreach (var file in _export.PerFile)
        {
            ReadWithDuckDb(file).WithNumericPmids().Should().BeEquivalentTo(file.Expected, o => o.WithStrictOrdering(), file.Name);
        }
    }

    [Fact]
    public void Pandas_read_csv_with_no_options_reads_the_whole_corpus_and_each_file_with_our_counts_years_titles_and_abstracts()
    {
        var exports = _export.PerFile.Prepend(_export.All).ToList();
        var arguments = new List<string> { "-c", PandasScript };
        foreach (var export in exports)
        {
            arguments.Add(export.CitationsPath);
            arguments.Add(export.TablePath(ExportTable.Authors));
            arguments.Add(export.TablePath(ExportTable.Mesh));
        }

        var result = Consumers.Run(Consumers.Python, arguments).EnsureSuccess("python3 with pandas");
        var read = JsonSerializer.Deserialize<List<Readback>>(result.Output)!;

        read.Should().HaveCount(exports.Count);
        for (var i = 0; i < exports.Count; i++)
        {
            read[i].WithNumericPmids().Should().BeEquivalentTo(exports[i].Expected, o => o.WithStrictOrdering(), exports[i].Name);
        }
    }

    // pandas reads a PMID column with a missing value as float: the key is normalised to the integer's text.
    private const string PandasScript = """
        import json, sys
        import pandas as pd
        def key(v):
            return str(int(v)) if isinstance(v, float) else str(v)
        def text(v):
            return None if pd.isna(v) else v
        def per_pmid(path):
            df = pd.read_csv(path)
            return {key(k): int(n) for k, n in df.groupby('pmid').size().items()}
        out = []
        args = sys.argv[1:]
        for i in range(0, len(args), 3):
            df = pd.read_csv(args[i])
            out.append({
                'Rows': len(df),
                'PerYear': {key(k): int(n) for k, n in df.groupby('year').size().items()},
                'Titles': [text(v) for v in df['title']],
                'Abstracts': [text(v) for v in df['abstract']],
                'AuthorRowsPerPmid': per_pmid(args[i + 1]),
                'MeshRowsPerPmid': per_pmid(args[i + 2]),
            })
        print(json.dumps(out))
        """;

    private static Readback ReadWithDuckDb(Export export)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var citations = Sql(export.CitationsPath);
        var titles = new List<string?>();
        var abstracts = new List<string?>();
        Query(connection, $"SELECT title, abstract FROM {citations}", reader =>
        {
            titles.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
            abstracts.Add(reader.IsDBNull(1) ? null : reader.GetString(1));
        });

        return new Readback
        {
            Rows = Scalar(connection, $"SELECT count(*) FROM {citations}"),
            PerYear = Counts(connection, $"SELECT CAST(year AS VARCHAR), count(*) FROM {citations} WHERE year IS NOT NULL GROUP BY year"),
            Titles = titles,
            Abstracts = abstracts,
            AuthorRowsPerPmid = Counts(connection, $"SELECT CAST(pmid AS VARCHAR), count(*) FROM {Sql(export.TablePath(ExportTable.Authors))} WHERE pmid IS NOT NULL GROUP BY pmid"),
            MeshRowsPerPmid = Counts(connection, $"SELECT CAST(pmid AS VARCHAR), count(*) FROM {Sql(export.TablePath(ExportTable.Mesh))} WHERE pmid IS NOT NULL GROUP BY pmid"),
        };
    }

    private static string Sql(string path) => $"read_csv('{path.Replace("'", "''", StringComparison.Ordinal)}')";

    private static int Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, int> Counts(DuckDBConnection connection, string sql)
    {
        var counts = new Dictionary<string, int>();
        Query(connection, sql, reader => counts.Add(reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)));
        return counts;
    }

    private static void Query(DuckDBConnection connection, string sql, Action<System.Data.Common.DbDataReader> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    /// <summary>What a consumer read back (and what we wrote, computed from the model, not from the tables).</summary>
    public sealed record Readback
    {
        public int Rows { get; init; }

        public Dictionary<string, int> PerYear { get; init; } = [];

        public List<string?> Titles { get; init; } = [];

        public List<string?> Abstracts { get; init; } = [];

        public Dictionary<string, int> AuthorRowsPerPmid { get; init; } = [];

        public Dictionary<string, int> MeshRowsPerPmid { get; init; } = [];

        /// <summary>
        /// The counts keyed by the PMID read as a number, as both consumers read the column by default: the corpus's
        /// placeholder PMID <c>000000000000</c> (a Zotero test case) is read back as 0.
        /// </summary>
        public Readback WithNumericPmids() => this with { AuthorRowsPerPmid = Numeric(AuthorRowsPerPmid), MeshRowsPerPmid = Numeric(MeshRowsPerPmid) };

        private static Dictionary<string, int> Numeric(Dictionary<string, int> counts)
        {
            var numeric = new Dictionary<string, int>();
            foreach (var (pmid, count) in counts)
            {
                var key = pmid.All(char.IsAsciiDigit) && pmid.TrimStart('0') is var trimmed ? (trimmed.Length == 0 ? "0" : trimmed) : pmid;
                numeric[key] = numeric.GetValueOrDefault(key) + count;
            }

            return numeric;
        }
    }

    /// <summary>One CSV export (a citations file and its long tables) and what it must read back as.</summary>
    public sealed record Export(string Name, string CitationsPath, Readback Expected)
    {
        public string TablePath(ExportTable table) => ExportOptions.TablePath(CitationsPath, table);
    }

    /// <summary>The corpus exported once per test run: all files into one output, and each file alone.</summary>
    public sealed class CorpusExport : IDisposable
    {
        private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("medline-csv-corpus-");

        public CorpusExport()
        {
            var options = new ExportOptions { Tables = LongTables };
            var files = SharedData.CorpusFiles().ToList();
            var allPath = Path.Combine(_directory.FullName, "corpus.csv");
            var allExpected = new Expectation();
            using (var all = CitationExporter.ToFile(allPath, ExportFormat.Csv, options))
            {
                for (var f = 0; f < files.Count; f++)
                {
                    var path = Path.Combine(_directory.FullName, $"file{f}.csv");
                    var expected = new Expectation();
                    using (var one = CitationExporter.ToFile(path, ExportFormat.Csv, options))
                    {
                        using var reader = MedlineReader.FromFile(SharedData.CorpusPath(files[f]));
                        foreach (var batch in reader.ReadCitations().Chunk(100))
                        {
                            all.Append(all.Prepare(batch));
                            one.Append(one.Prepare(batch));
                            foreach (var citation in batch)
                            {
                                allExpected.Add(citation);
                                expected.Add(citation);
                            }
                        }

                        one.Complete();
                    }

                    PerFile.Add(new Export(files[f], path, expected.Readback.WithNumericPmids()));
                }

                all.Complete();
            }

            All = new Export("the whole corpus", allPath, allExpected.Readback.WithNumericPmids());
            All.Expected.Rows.Should().BeGreaterThan(2000);
        }

        public Export All { get; }

        public List<Export> PerFile { get; } = [];

        public void Dispose() => _directory.Delete(recursive: true);
    }

    private sealed class Expectation
    {
        public Readback Readback { get; private set; } = new();

        public void Add(MedlineCitation citation)
        {
            var item = BibliographicItem.From(citation);
            var expected = Readback;
            expected.Titles.Add(string.IsNullOrEmpty(item.Title) ? null : item.Title);
            expected.Abstracts.Add(string.IsNullOrEmpty(item.Abstract) ? null : item.Abstract);
            if (item.Issued?.Year is { } year)
            {
                Increment(expected.PerYear, year.ToString(CultureInfo.InvariantCulture));
            }

            if (citation.Pmid is { } pmid)
            {
                // One row per affiliation of each name of the byline, at least one per name.
                foreach (var person in citation.Authors)
                {
                    Increment(expected.AuthorRowsPerPmid, pmid, Math.Max(1, person.Affiliations.Count));
                }

                foreach (var group in citation.CorporateAuthors)
                {
                    Increment(expected.AuthorRowsPerPmid, pmid, Math.Max(1, group.Affiliations.Count));
                }

                foreach (var heading in citation.MeshHeadings)
                {
                    Increment(expected.MeshRowsPerPmid, pmid, 1 + heading.Qualifiers.Count);
                }
            }

            Readback = expected with { Rows = expected.Rows + 1 };
        }

        private static void Increment(Dictionary<string, int> counts, string key, int by = 1) =>
            counts[key] = counts.GetValueOrDefault(key) + by;
    }
}
