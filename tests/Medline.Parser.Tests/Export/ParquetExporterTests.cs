using Medline.Parser.Export;
using Medline.Parser.Export.Tables;
using Medline.Parser.Tests.TestSupport;
using static Medline.Parser.Tests.Export.ParquetDuckDb;

namespace Medline.Parser.Tests.Export;

public sealed class ParquetExporterTests : IDisposable
{
    private const ExportTable LongTables = ExportTable.Authors | ExportTable.Mesh | ExportTable.Grants | ExportTable.Links;

    private readonly string _directory = Directory.CreateTempSubdirectory("medline-parquet-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Every_column_has_the_duckdb_type_of_its_logical_type_in_every_table()
    {
        var path = Export("seed.parquet", [SharedData.SeedCitation()], LongTables);

        foreach (var table in ExportTables.All)
        {
            var file = table.Table == ExportTable.Citations ? path : ExportOptions.TablePath(path, table.Table);
            Describe(file).Should().Equal(table.Columns.Select(c => $"{c.Name} {DuckDbType(c.Type)}"), table.Name);
        }
    }

    [Fact]
    public void Seed_citation_reads_back_with_its_values_typed()
    {
        var path = Export("seed.parquet", [SharedData.SeedCitation()]);

        Lines($"SELECT pmid, year, month, day, date_completed, is_retracted, len(authors), authors[1], issns FROM read_parquet({Literal(path)})")
            .Should().Equal("32756149|2020|7|31|2020-08-24|False|16|Liang B|[0025-7974, 1536-5964]");
    }

    [Fact]
    public void An_empty_list_is_an_empty_list_and_a_missing_text_is_null_not_an_empty_string()
    {
        var citation = MedlineCitation.Build("1").Title("A trial.").Build();

        var path = Export("one.parquet", [citation]);

        Lines($"SELECT keywords IS NULL, len(keywords), len(authors), pmcid IS NULL, doi IS NULL, title, year IS NULL, date_completed IS NULL, is_retracted FROM read_parquet({Literal(path)})")
            .Should().Equal("False|0|0|True|True|A trial|True|True|False");
    }

    [Fact]
    public void Lists_keep_their_order_and_rows_keep_their_own_lists()
    {
        var first = MedlineCitation.Build("1").Title("First.").Author("Smith", "John").Author("Doe", "Jane").Build();
        var second = MedlineCitation.Build("2").Title("Second.").Build();
        var third = MedlineCitation.Build("3").Title("Third.").CorporateAuthor("STRATIS Investigators").Build();

        var path = Export("three.parquet", [first, second, third]);

        Lines($"SELECT pmid, authors FROM read_parquet({Literal(path)})")
            .Should().Equal("1|[Smith J, Doe J]", "2|[]", "3|[STRATIS Investigators]");
    }

    [Fact]
    public void No_citation_gives_a_file_with_the_schema_and_no_row()
    {
        var path = Export("none.parquet", [], LongTables);

        Scalar($"SELECT count(*) FROM read_parquet({Literal(path)})").Should().Be(0L);
        Scalar($"SELECT count(*) FROM read_parquet({Literal(ExportOptions.TablePath(path, ExportTable.Grants))})").Should().Be(0L);
        Describe(path).Should().HaveCount(CitationsTable.Definition.Columns.Count);
    }

    [Fact]
    public void A_batch_of_the_cli_s_size_is_one_row_group_and_citations_written_one_by_one_are_gathered()
    {
        var batch = Enumerable.Range(1, ParquetExporter.OwnRowGroupCitations).Select(i => Citation(i)).ToList();
        var path = Path.Combine(_directory, "groups.parquet");
        using (var exporter = CitationExporter.ToFile(path, ExportFormat.Parquet))
        {
            exporter.Append(exporter.Prepare(batch));
            exporter.Append(exporter.Prepare(batch));
            for (var i = 0; i < 5; i++)
            {
                exporter.Write(Citation(1000 + i));
            }

            exporter.Append(exporter.Prepare(batch));
            exporter.Write(Citation(2000));
            exporter.Complete();
        }

        Lines($"SELECT row_group_id, row_group_num_rows FROM parquet_metadata({Literal(path)}) WHERE column_id = 0 ORDER BY row_group_id")
            .Should().Equal("0|100", "1|100", "2|5", "3|100", "4|1");
        Lines($"SELECT pmid FROM read_parquet({Literal(path)})").Should().Equal(
            [.. batch.Select(c => c.Pmid!), .. batch.Select(c => c.Pmid!), "1000", "1001", "1002", "1003", "1004", .. batch.Select(c => c.Pmid!), "2000"]);
    }

    [Fact]
    public void Written_to_a_stream_that_cannot_seek_the_file_is_whole()
    {
        var sink = new MemoryStream();
        using (var exporter = CitationExporter.Create(new ForwardOnlyStream(sink), ExportFormat.Parquet))
        {
            exporter.Write(SharedData.SeedCitation());
            exporter.Complete();
        }

        var path = Path.Combine(_directory, "piped.parquet");
        File.WriteAllBytes(path, sink.ToArray());
        Scalar($"SELECT pmid FROM read_parquet({Literal(path)})").Should().Be("32756149");
    }

    [Fact]
    public void An_export_disposed_before_complete_has_no_footer_and_duckdb_refuses_it()
    {
        var path = Path.Combine(_directory, "cut.parquet");
        using (var exporter = CitationExporter.ToFile(path, ExportFormat.Parquet))
        {
            exporter.Append(exporter.Prepare(Enumerable.Range(1, 200).Select(i => Citation(i)).ToList()));
        }

        var read = () => Query($"SELECT count(*) FROM read_parquet({Literal(path)})");
        read.Should().Throw<Exception>().Where(e => e.Message.Contains("No magic bytes found at end of file", StringComparison.Ordinal), "DuckDB's words");
    }

    [Fact]
    public void A_long_table_without_a_stream_to_write_to_is_an_argument_error_naming_the_option()
    {
        var create = () => CitationExporter.Create(new MemoryStream(), ExportFormat.Parquet, new ExportOptions { Tables = ExportTable.Mesh });

        create.Should().Throw<ArgumentException>()
            .WithMessage("ExportOptions.Tables selects the mesh table but ExportOptions.TableStream is null: give it a stream for each long table, or write with CitationExporter.ToFile (Parameter 'options')");
    }

    [Fact]
    public void Long_tables_go_to_the_streams_the_options_open_and_are_keyed_by_pmid()
    {
        var written = new Dictionary<ExportTable, byte[]>();
        var options = new ExportOptions { Tables = ExportTable.Authors, TableStream = table => new CapturingStream(bytes => written[table] = bytes) };
        var main = new MemoryStream();
        using (var exporter = CitationExporter.Create(main, ExportFormat.Parquet, options, leaveOpen: false))
        {
            exporter.Write(SharedData.SeedCitation());
            exporter.Complete();
        }

        written.Keys.Should().Equal(ExportTable.Authors);
        var authors = Path.Combine(_directory, "authors.parquet");
        File.WriteAllBytes(authors, written[ExportTable.Authors]);
        Lines($"SELECT pmid, count(DISTINCT position) FROM read_parquet({Literal(authors)}) GROUP BY pmid").Should().Equal("32756149|16");
    }

    /// <summary>DuckDB's name of the Parquet type a column of this logical type is written as.</summary>
    internal static string DuckDbType(ColumnType type) => type switch
    {
        ColumnType.Text => "VARCHAR",
        ColumnType.Integer => "INTEGER",
        ColumnType.Boolean => "BOOLEAN",
        ColumnType.Date => "DATE",
        ColumnType.TextList => "VARCHAR[]",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static MedlineCitation Citation(int pmid) =>
        MedlineCitation.Build(pmid.ToString(System.Globalization.CultureInfo.InvariantCulture)).Title($"Title {pmid}.").Build();

    private string Export(string name, IReadOnlyList<MedlineCitation> citations, ExportTable tables = ExportTable.Citations)
    {
        var path = Path.Combine(_directory, name);
        using var exporter = CitationExporter.ToFile(path, ExportFormat.Parquet, new ExportOptions { Tables = tables });
        exporter.Append(exporter.Prepare(citations));
        exporter.Complete();
        return path;
    }

    /// <summary>A pipe's view of a stream: it writes forward and cannot seek or tell its position.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }

    /// <summary>A memory stream that hands over what was written when the exporter disposes it.</summary>
    private sealed class CapturingStream(Action<byte[]> disposed) : MemoryStream
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                disposed(ToArray());
            }

            base.Dispose(disposing);
        }
    }
}
