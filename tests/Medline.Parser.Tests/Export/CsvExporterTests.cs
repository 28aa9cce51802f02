using System.Text;
using Medline.Parser.Export;
using Medline.Parser.Model;
using nietras.SeparatedValues;

namespace Medline.Parser.Tests.Export;

public sealed class CsvExporterTests
{
    /// <summary>Writes <paramref name="citations"/> as CSV with <paramref name="tables"/>; the text of each table.</summary>
    internal static Dictionary<ExportTable, string> Export(ExportTable tables, params MedlineCitation[] citations)
    {
        var bytes = ExportBytes(tables, citations);
        var text = new Dictionary<ExportTable, string>();
        foreach (var (table, data) in bytes)
        {
            text[table] = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(data);
        }

        return text;
    }

    internal static Dictionary<ExportTable, byte[]> ExportBytes(ExportTable tables, IEnumerable<MedlineCitation> citations)
    {
        var streams = new Dictionary<ExportTable, MemoryStream>();
        var main = new MemoryStream();
        var options = new ExportOptions { Tables = tables, TableStream = table => streams[table] = new MemoryStream() };
        using (var exporter = CitationExporter.Create(main, ExportFormat.Csv, options))
        {
            foreach (var citation in citations)
            {
                exporter.Write(citation);
            }

            exporter.Complete();
        }

        var result = new Dictionary<ExportTable, byte[]> { [ExportTable.Citations] = main.ToArray() };
        foreach (var (table, stream) in streams)
        {
            result[table] = stream.ToArray();
        }

        return result;
    }

    private static string[] Lines(string text) => text.Split("\r\n");

    /// <summary>A row's field by column name, split by a CSV reader nobody here wrote (Sep's).</summary>
    private static string Field(string csv, string column, int row = 0)
    {
        using var reader = SepReaderExtensions.Reader(Sep.New(','), static o => o with { Unescape = true }).FromText(csv);
        var index = 0;
        foreach (var line in reader)
        {
            if (index++ == row)
            {
                return line[column].ToString();
            }
        }

        throw new InvalidOperationException($"no row {row}");
    }

    [Fact]
    public void The_header_names_the_columns_and_rows_end_with_crlf()
    {
        var csv = Export(ExportTable.Mesh, MedlineCitation.Build("7").Mesh("Humans").Build());

        csv[ExportTable.Mesh].Should().Be("pmid,descriptor,qualifier,major\r\n7,Humans,,false\r\n");
        Lines(csv[ExportTable.Citations])[0].Should().StartWith("pmid,pmcid,doi,kind,title,journal,journal_abbreviation,");
    }

    [Fact]
    public void Output_is_utf8_without_a_byte_order_mark_and_non_ascii_text_is_intact()
    {
        var citation = MedlineCitation.Build("1").Title("Étude des 𝛼-hélices à São Paulo.").Author("Müller", "Zoë").Build();

        var bytes = ExportBytes(ExportTable.Citations, [citation])[ExportTable.Citations];

        bytes.AsSpan(0, 4).ToArray().Should().Equal("pmid"u8.ToArray());
        var csv = Encoding.UTF8.GetString(bytes);
        Field(csv, "title").Should().Be("Étude des 𝛼-hélices à São Paulo");
        Field(csv, "authors").Should().Be("Müller Z");
    }

    [Fact]
    public void A_field_with_a_comma_a_quote_or_a_line_break_is_quoted_with_its_quotes_doubled()
    {
        var citation = MedlineCitation.Build("1").Build() with { Title = "Cats, \"dogs\"\r\nand mice." };

        var row = Export(ExportTable.Citations, citation)[ExportTable.Citations];

        row.Should().Contain(",\"Cats, \"\"dogs\"\"\r\nand mice\",");
        Field(row, "title").Should().Be("Cats, \"dogs\"\r\nand mice");
    }

    [Fact]
    public void A_field_without_comma_quote_or_line_break_is_not_quoted()
    {
        var row = Lines(Export(ExportTable.Citations, MedlineCitation.Build("1").Title("Plain; title.").Build())[ExportTable.Citations])[1];

        row.Should().StartWith("1,,,Document,Plain; title,");
    }

    [Fact]
    public void A_missing_value_is_an_empty_field_and_the_row_keeps_every_column()
    {
        var csv = Export(ExportTable.Citations, MedlineCitation.Build("1").Build())[ExportTable.Citations];
        var lines = Lines(csv);

        lines[1].Split(',').Should().HaveCount(lines[0].Split(',').Length);
        Field(csv, "doi").Should().BeEmpty();
        Field(csv, "year").Should().BeEmpty();
        Field(csv, "authors").Should().BeEmpty();
        Field(csv, "author_count").Should().Be("0");
        Field(csv, "is_retracted").Should().Be("false");
    }

    [Fact]
    public void Lists_are_joined_with_semicolon_space()
    {
        var citation = MedlineCitation.Build("1").PublicationType("Journal Article").PublicationType("Review")
            .Author("Smith", "John A").CorporateAuthor("STRATIS Investigators").Build();

        var csv = Export(ExportTable.Citations, citation)[ExportTable.Citations];

        Field(csv, "publication_types").Should().Be("Journal Article; Review");
        Field(csv, "authors").Should().Be("Smith JA; STRATIS Investigators");
        Field(csv, "author_count").Should().Be("2");
        Field(csv, "last_author").Should().Be("STRATIS Investigators");
    }

    [Fact]
    public void A_semicolon_space_inside_a_list_item_becomes_semicolon_no_break_space_so_splitting_gives_the_items_back()
    {
        var citation = MedlineCitation.Build("1").Keyword("stroke; ischemic").Keyword("rats").Build();

        var field = Field(Export(ExportTable.Citations, citation)[ExportTable.Citations], "keywords");

        field.Should().Be("stroke;\u00A0ischemic; rats");
        field.Split("; ").Should().Equal("stroke;\u00A0ischemic", "rats");
    }

    [Fact]
    public void Dates_are_iso_dates_and_booleans_are_true_or_false()
    {
        var citation = MedlineCitation.Build("1").Published(2020, 7, 31).DateCompleted(new DateOnly(2020, 8, 19))
            .EntrezDate(new DateTime(2020, 8, 7, 6, 0, 0)).RetractionIn("Medicine. 2021;100:e1", "33333333").Build();

        var csv = Export(ExportTable.Citations, citation)[ExportTable.Citations];

        (Field(csv, "year"), Field(csv, "month"), Field(csv, "day")).Should().Be(("2020", "7", "31"));
        Field(csv, "date_completed").Should().Be("2020-08-19");
        Field(csv, "entrez_date").Should().Be("2020-08-07");
        Field(csv, "is_retracted").Should().Be("true");
    }

    [Fact]
    public void An_export_without_citations_writes_the_header_of_every_table()
    {
        var csv = Export(ExportTable.Authors | ExportTable.Grants | ExportTable.Links);

        csv.Keys.Should().BeEquivalentTo([ExportTable.Citations, ExportTable.Authors, ExportTable.Grants, ExportTable.Links]);
        csv[ExportTable.Grants].Should().Be("pmid,grant_id,acronym,agency,country\r\n");
        csv[ExportTable.Links].Should().Be("pmid,type,reference,linked_pmid\r\n");
        Lines(csv[ExportTable.Citations]).Should().HaveCount(2);
    }

    [Fact]
    public void Long_tables_without_a_table_stream_are_an_argument_error_naming_the_table()
    {
        var create = () => CitationExporter.Create(new MemoryStream(), ExportFormat.Csv, new ExportOptions { Tables = ExportTable.Mesh });

        create.Should().Throw<ArgumentException>().WithMessage(
            "ExportOptions.Tables selects the mesh table but ExportOptions.TableStream is null: give it a stream for each long table, or write with CitationExporter.ToFile (Parameter 'options')");
    }

    [Fact]
    public void To_file_writes_each_long_table_beside_the_citations_file()
    {
        var directory = Directory.CreateTempSubdirectory("medline-csv-");
        try
        {
            var path = Path.Combine(directory.FullName, "out.csv");
            using (var exporter = CitationExporter.ToFile(path, ExportFormat.Csv, new ExportOptions { Tables = ExportTable.Authors | ExportTable.Mesh }))
            {
                exporter.Write(MedlineCitation.Build("5").Author("Smith", "John").Mesh("Humans").Build());
                exporter.Complete();
            }

            Directory.GetFiles(directory.FullName).Select(Path.GetFileName).Should().BeEquivalentTo(["out.csv", "out.authors.csv", "out.mesh.csv"]);
            File.ReadAllText(Path.Combine(directory.FullName, "out.mesh.csv")).Should().Be("pmid,descriptor,qualifier,major\r\n5,Humans,,false\r\n");
            ExportOptions.TablePath("/data/my.export.csv", ExportTable.Grants).Should().Be("/data/my.export.grants.csv");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Batches_prepared_on_several_threads_and_appended_in_order_give_the_bytes_of_writing_one_by_one()
    {
        var citations = Enumerable.Range(1, 40).Select(i => MedlineCitation.Build(i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Title($"Title {i}, with \"quotes\".").Author("Smith", "John", a => a.Affiliation($"Lab {i}").Affiliation("Clinic")).Mesh("Humans").Build()).ToArray();
        var sequential = ExportBytes(ExportTable.Authors | ExportTable.Mesh, citations);

        var streams = new Dictionary<ExportTable, MemoryStream>();
        var main = new MemoryStream();
        var options = new ExportOptions { Tables = ExportTable.Authors | ExportTable.Mesh, TableStream = table => streams[table] = new MemoryStream() };
        using (var exporter = CitationExporter.Create(main, ExportFormat.Csv, options))
        {
            var batches = citations.Chunk(7).AsParallel().AsOrdered().Select(chunk => exporter.Prepare(chunk)).ToArray();
            foreach (var batch in batches)
            {
                exporter.Append(batch);
            }

            exporter.Complete();
        }

        main.ToArray().Should().Equal(sequential[ExportTable.Citations]);
        streams[ExportTable.Authors].ToArray().Should().Equal(sequential[ExportTable.Authors]);
        streams[ExportTable.Mesh].ToArray().Should().Equal(sequential[ExportTable.Mesh]);
    }

    [Fact]
    public void A_list_longer_than_the_join_buffer_is_written_whole_not_out_of_range()
    {
        var builder = MedlineCitation.Build("1");
        for (var i = 0; i < 200; i++)
        {
            builder.Keyword($"keyword number {i}");
        }

        var field = Field(Export(ExportTable.Citations, builder.Build())[ExportTable.Citations], "keywords");

        field.Split("; ").Should().HaveCount(200).And.EndWith("keyword number 199");
    }

    [Fact]
    public void The_seed_record_is_one_row_with_its_journal_date_byline_and_identifiers()
    {
        var csv = Export(ExportTable.Authors | ExportTable.Mesh, Medline.Parser.Tests.TestSupport.SharedData.SeedCitation());
        var citations = csv[ExportTable.Citations];

        Lines(citations).Should().HaveCount(3, "a header, one row and the final line end");
        (Field(citations, "pmid"), Field(citations, "pmcid"), Field(citations, "doi")).Should().Be(("32756149", "PMC7402800", "10.1097/MD.0000000000021429"));
        (Field(citations, "journal_abbreviation"), Field(citations, "volume"), Field(citations, "issue"), Field(citations, "pages")).Should().Be(("Medicine (Baltimore)", "99", "31", "e21429"));
        (Field(citations, "publication_date"), Field(citations, "year"), Field(citations, "month"), Field(citations, "day")).Should().Be(("2020 Jul 31", "2020", "7", "31"));
        (Field(citations, "author_count"), Field(citations, "first_author")).Should().Be(("16", "Liang B"));
        Field(citations, "issns").Should().Be("0025-7974; 1536-5964");
        Field(citations, "languages").Should().Be("en");
        Field(csv[ExportTable.Authors], "name").Should().Be("Liang B");
        Field(csv[ExportTable.Authors], "position").Should().Be("1");
    }
}
