using Medline.Parser.Export;
using Medline.Parser.Export.Tables;
using Medline.Parser.Model;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Export;

public sealed class TablesTests
{
    private static List<TRow> Rows<TRow>(TableDefinition<TRow> table, MedlineCitation citation)
    {
        var rows = new List<TRow>();
        table.AddRows(BibliographicItem.From(citation), rows);
        return rows;
    }

    [Fact]
    public void An_author_has_one_row_per_affiliation_and_one_row_with_no_affiliation_when_it_has_none()
    {
        var citation = MedlineCitation.Build("9")
            .Author("Smith", "John", static a => a.Affiliation("Lab A").Affiliation("Clinic B").Orcid("0000-0002-9533-1384"))
            .CorporateAuthor("STRATIS Investigators")
            .Author("Doe", "Jane")
            .Build();

        var rows = Rows(LongTables.Authors, citation);

        rows.Select(static r => (r.Pmid, r.Position, r.Entry.Name, r.AffiliationIndex, r.Affiliation)).Should().Equal(
            ("9", 1, "Smith J", 1, "Lab A"),
            ("9", 1, "Smith J", 2, "Clinic B"),
            ("9", 2, "STRATIS Investigators", null, null),
            ("9", 3, "Doe J", null, null));
        rows[0].Entry.Person!.Orcid.Should().Be("0000-0002-9533-1384");
        rows[2].Entry.Group!.Name.Should().Be("STRATIS Investigators");
    }

    [Fact]
    public void A_mesh_heading_has_a_row_for_its_descriptor_and_one_per_qualifier_each_with_its_own_major_flag()
    {
        var citation = MedlineCitation.Build("9").Mesh("Humans").Mesh("COVID-19", qualifiers: static q => q.Qualifier("therapy", major: true).Qualifier("virology")).Build();

        Rows(LongTables.Mesh, citation).Should().Equal(
            new MeshRow("9", "Humans", null, false),
            new MeshRow("9", "COVID-19", null, false),
            new MeshRow("9", "COVID-19", "therapy", true),
            new MeshRow("9", "COVID-19", "virology", false));
    }

    [Fact]
    public void Mesh_major_counts_a_descriptor_starred_through_one_of_its_qualifiers_as_pubmed_does()
    {
        var citation = MedlineCitation.Build("9").Mesh("Humans").Mesh("COVID-19", qualifiers: static q => q.Qualifier("therapy", major: true)).Mesh("Lung", major: true).Build();
        var row = Rows(CitationsTable.Definition, citation).Single();

        Column<IReadOnlyList<string>>("mesh_major", row).Should().Equal("COVID-19", "Lung");
        Column<IReadOnlyList<string>>("mesh", row).Should().Equal("Humans", "COVID-19", "Lung");
    }

    [Fact]
    public void Grants_and_links_have_one_row_each_keyed_by_pmid()
    {
        var citation = MedlineCitation.Build("9").Grant("R01 CA12345", "CA", "NCI NIH HHS", "United States")
            .RetractionIn("Medicine. 2021;100:e1", "33333333").ErratumIn("Medicine. 2020;99:e2").Build();

        Rows(LongTables.Grants, citation).Select(static r => (r.Pmid, r.Grant.GrantId, r.Grant.Agency)).Should().Equal(("9", "R01 CA12345", "NCI NIH HHS"));
        var links = Rows(LongTables.Links, citation);
        links.Select(r => (Column<string?>("type", r), Column<string?>("linked_pmid", r))).Should().Equal(("RetractionIn", "33333333"), ("ErratumIn", (string?)null));
    }

    [Fact]
    public void A_date_column_holds_full_dates_only()
    {
        var citation = MedlineCitation.Build("9").Build() with { DateRevised = new CompactDate { Date = new DateOnly(2020, 3, 1), Precision = DatePrecision.Month } };
        var row = Rows(CitationsTable.Definition, citation).Single();

        Column<DateOnly?>("date_revised", row).Should().BeNull();
    }

    [Fact]
    public void Every_table_has_pmid_first_unique_snake_case_column_names_and_one_getter_of_its_type()
    {
        foreach (var table in ExportTables.All)
        {
            table.Columns[0].Name.Should().Be("pmid");
            table.Columns.Select(static c => c.Name).Should().OnlyHaveUniqueItems().And.OnlyContain(static n => n.All(static c => c == '_' || char.IsAsciiLetterLower(c)));
            table.Columns.Should().OnlyContain(static c => c.Description.Length > 0);
        }

        foreach (var column in CitationsTable.Definition.TypedColumns)
        {
            var getters = new object?[] { column.Text, column.Integer, column.Boolean, column.Date, column.List };
            getters.Count(static g => g is not null).Should().Be(1, column.Name);
        }
    }

    [Fact]
    public void Selected_tables_always_start_with_citations_in_the_listed_order()
    {
        ExportTables.Selected(ExportTable.Links | ExportTable.Authors).Select(static t => t.Name).Should().Equal("citations", "authors", "links");
        ExportTables.Selected(ExportTable.None).Select(static t => t.Name).Should().Equal("citations");
    }

    [Fact]
    public void Docs_exports_md_lists_every_column_of_every_table_with_its_type_and_description()
    {
        var docs = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "exports.md")).ReplaceLineEndings("\n");

        docs.Should().Contain(RenderColumns());
    }

    /// <summary>The tables' columns as docs/exports.md lists them (the code's descriptions are the one source).</summary>
    internal static string RenderColumns()
    {
        var text = new System.Text.StringBuilder();
        foreach (var table in ExportTables.All)
        {
            text.Append("#### `").Append(table.Name).Append("`: ").Append(table.Description).Append("\n\n");
            text.Append("| column | type | what it holds |\n|---|---|---|\n");
            foreach (var column in table.Columns)
            {
                var type = column.Type switch
                {
                    ColumnType.Text => "text",
                    ColumnType.Integer => "integer",
                    ColumnType.Boolean => "boolean",
                    ColumnType.Date => "date",
                    _ => "list of text",
                };
                text.Append("| `").Append(column.Name).Append("` | ").Append(type).Append(" | ").Append(column.Description).Append(" |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static T Column<T>(string name, CitationRow row) => (T)Value(CitationsTable.Definition.TypedColumns.Single(c => c.Name == name), row)!;

    private static T Column<T>(string name, LinkRow row) => (T)Value(LongTables.Links.TypedColumns.Single(c => c.Name == name), row)!;

    private static object? Value<TRow>(TableColumn<TRow> column, TRow row) => column.Type switch
    {
        ColumnType.Text => column.Text!(row),
        ColumnType.Integer => column.Integer!(row),
        ColumnType.Boolean => column.Boolean!(row),
        ColumnType.Date => column.Date!(row),
        _ => column.List!(row),
    };
}
