using System.Globalization;
using Medline.Parser.Export;
using Medline.Parser.Export.Tables;
using Medline.Parser.Tests.TestSupport;
using static Medline.Parser.Tests.Export.ParquetDuckDb;

namespace Medline.Parser.Tests.Export;

/// <summary>
/// The whole corpus exported to Parquet twice, as a user would: one file of every corpus file (with its long tables
/// beside it), and one file per corpus file in a folder per table, read by DuckDB as one dataset with a glob.
/// </summary>
public sealed class ParquetCorpusExport : IDisposable
{
    /// <summary>Citations per batch: the CLI's chunks hold hundreds; the last of each file is smaller and gathered.</summary>
    private const int BatchSize = 250;

    public ParquetCorpusExport()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("medline-parquet-corpus-").FullName;
        OneFile = Path.Combine(System.IO.Directory.CreateDirectory(Path.Combine(Directory, "one")).FullName, "corpus.parquet");
        var all = ExportTable.Authors | ExportTable.Mesh | ExportTable.Grants | ExportTable.Links;
        foreach (var table in ExportTables.All)
        {
            System.IO.Directory.CreateDirectory(Folder(table));
        }

        using var single = CitationExporter.ToFile(OneFile, ExportFormat.Parquet, new ExportOptions { Tables = all });
        var index = 0;
        foreach (var file in SharedData.CorpusFiles())
        {
            using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
            var citations = reader.ReadCitations().ToList();
            Citations.AddRange(citations);

            // One file per corpus file, named so that the dataset's file order is the corpus order.
            var name = index++.ToString("D3", CultureInfo.InvariantCulture) + ".parquet";
            var options = new ExportOptions { Tables = all, TableStream = table => File.Create(Path.Combine(Folder(ExportTables.Get(table)), name)) };
            using var perFile = CitationExporter.ToFile(Path.Combine(Folder(CitationsTable.Definition), name), ExportFormat.Parquet, options);
            foreach (var batch in citations.Chunk(BatchSize))
            {
                single.Append(single.Prepare(batch));
                perFile.Append(perFile.Prepare(batch));
            }

            perFile.Complete();
        }

        single.Complete();
    }

    public string Directory { get; }

    /// <summary>The file of every corpus citation (its long tables beside it: corpus.authors.parquet…).</summary>
    public string OneFile { get; }

    /// <summary>Every corpus citation, in corpus order.</summary>
    public List<MedlineCitation> Citations { get; } = [];

    /// <summary>The glob of the per-file dataset of a table.</summary>
    internal string Dataset(TableDefinition table) => Path.Combine(Folder(table), "*.parquet");

    /// <summary>
    /// The folder of a table's per-file dataset, as docs/recipes.md lays it out (<c>exports/citations</c>,
    /// <c>exports/authors</c>…): a folder is one table to Spark, arrow and pandas, every file in it with the same columns.
    /// </summary>
    internal string Folder(TableDefinition table) => Path.Combine(Directory, table.Name);

    /// <summary>The single file of a table.</summary>
    internal string SingleFile(TableDefinition table) =>
        table.Table == ExportTable.Citations ? OneFile : ExportOptions.TablePath(OneFile, table.Table);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

public sealed class ParquetCorpusTests(ParquetCorpusExport export) : IClassFixture<ParquetCorpusExport>
{
    private readonly List<BibliographicItem> _items = export.Citations.Select(BibliographicItem.From).ToList();

    [Fact]
    public void Duckdb_counts_as_many_citations_as_we_read_in_the_single_file_and_in_the_dataset()
    {
        _items.Should().HaveCountGreaterThan(2000);

        Scalar($"SELECT count(*) FROM read_parquet({Literal(export.OneFile)})").Should().Be((long)_items.Count);
        Scalar($"SELECT count(*) FROM read_parquet({Literal(export.Dataset(CitationsTable.Definition))})").Should().Be((long)_items.Count);
    }

    [Fact]
    public void Duckdb_counts_per_year_equal_ours()
    {
        var ours = _items.GroupBy(i => i.Issued?.Year).OrderBy(g => g.Key ?? int.MinValue)
            .Select(g => $"{(g.Key is { } year ? year.ToString(CultureInfo.InvariantCulture) : "∅")}|{g.Count()}").ToList();
        ours.Should().HaveCountGreaterThan(10);

        foreach (var source in new[] { export.OneFile, export.Dataset(CitationsTable.Definition) })
        {
            Lines($"SELECT year, count(*) FROM read_parquet({Literal(source)}) GROUP BY year ORDER BY year NULLS FIRST")
                .Should().Equal(ours, source);
        }
    }

    [Fact]
    public void Titles_read_by_duckdb_equal_ours_in_corpus_order()
    {
        var ours = _items.Select(i => i.Title ?? "∅").ToList();

        Lines($"SELECT title FROM read_parquet({Literal(export.OneFile)})").Should().Equal(ours);
        Lines($"SELECT title FROM read_parquet({Literal(export.Dataset(CitationsTable.Definition))}, filename = true, file_row_number = true) ORDER BY filename, file_row_number")
            .Should().Equal(ours);
    }

    [Fact]
    public void Every_table_of_the_dataset_has_the_duckdb_types_of_its_columns()
    {
        foreach (var table in ExportTables.All)
        {
            Describe(export.Dataset(table)).Should().Equal(
                table.Columns.Select(c => $"{c.Name} {ParquetExporterTests.DuckDbType(c.Type)}"), table.Name);
        }
    }

    [Fact]
    public void Long_tables_rows_per_pmid_read_by_duckdb_equal_ours()
    {
        foreach (var table in ExportTables.All)
        {
            if (table.Table == ExportTable.Citations)
            {
                continue;
            }

            var ours = table.Accept(new RowsPerPmid(_items));
            ours.Should().NotBeEmpty(table.Name);
            foreach (var source in new[] { export.SingleFile(table), export.Dataset(table) })
            {
                Lines($"SELECT coalesce(pmid, '∅'), count(*) FROM read_parquet({Literal(source)}) GROUP BY 1 ORDER BY 1")
                    .Should().Equal(ours, source);
            }
        }
    }

    [Fact]
    public void List_columns_read_by_duckdb_hold_as_many_items_as_ours()
    {
        var ours = _items.Sum(i => (long)i.Languages.Count);

        Scalar($"SELECT sum(len(languages))::BIGINT FROM read_parquet({Literal(export.OneFile)})").Should().Be(ours);
        Scalar($"SELECT count(*) FROM read_parquet({Literal(export.OneFile)}) WHERE authors IS NULL OR mesh IS NULL OR keywords IS NULL")
            .Should().Be(0L, "a list is empty, never missing");
    }

    [Fact]
    public void Every_duckdb_query_of_docs_recipes_runs_on_the_corpus_dataset_and_gives_rows()
    {
        var recipes = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "recipes.md"));
        var queries = recipes.Split("```sql\n").Skip(1).Select(block => block[..block.IndexOf("```", StringComparison.Ordinal)]).ToList();
        queries.Should().HaveCountGreaterThanOrEqualTo(4);

        foreach (var query in queries)
        {
            var sql = query.Replace("'exports/", "'" + export.Directory + "/", StringComparison.Ordinal);
            Query(sql).Should().NotBeEmpty(query);
        }
    }

    /// <summary>Our rows of a table per PMID, as DuckDB's "pmid|count" lines in its order (byte order of the PMID).</summary>
    private sealed class RowsPerPmid(List<BibliographicItem> items) : ITableVisitor<List<string>>
    {
        public List<string> Visit<TRow>(TableDefinition<TRow> table)
        {
            var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var rows = new List<TRow>();
            foreach (var item in items)
            {
                rows.Clear();
                table.AddRows(item, rows);
                if (rows.Count > 0)
                {
                    var pmid = item.Pmid ?? "∅";
                    counts[pmid] = counts.GetValueOrDefault(pmid) + rows.Count;
                }
            }

            return counts.Select(c => $"{c.Key}|{c.Value}").ToList();
        }
    }
}
