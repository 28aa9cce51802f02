using System.Text;
using System.Text.Json.Nodes;
using Medline.Parser.Export;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Export;

public sealed class CslJsonExporterTests
{
    /// <summary>The CSL-JSON of <paramref name="citations"/>, written through the public exporter.</summary>
    internal static string Export(IEnumerable<MedlineCitation> citations)
    {
        using var stream = new MemoryStream();
        using (var exporter = CitationExporter.Create(stream, ExportFormat.CslJson, leaveOpen: true))
        {
            foreach (var citation in citations)
            {
                exporter.Write(citation);
            }

            exporter.Complete();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonObject Item(MedlineCitation citation) => (JsonObject)JsonNode.Parse(Export([citation]))!.AsArray().Single()!;

    private static MedlineCitation Parse(string text) => MedlineCitation.FromRecord(Read.Single(text));

    [Fact]
    public void Empty_export_is_an_empty_array()
    {
        var text = Export([]);

        text.Should().Be("[\n]\n");
        JsonNode.Parse(text)!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public void Items_stand_one_per_line_between_the_brackets()
    {
        var text = Export([MedlineCitation.Build("1").Title("A.").Build(), MedlineCitation.Build("2").Title("B.").Build()]);

        text.Should().Be("[\n{\"id\":\"1\",\"type\":\"document\",\"title\":\"A\",\"PMID\":\"1\",\"URL\":\"https://pubmed.ncbi.nlm.nih.gov/1/\"},\n" +
                         "{\"id\":\"2\",\"type\":\"document\",\"title\":\"B\",\"PMID\":\"2\",\"URL\":\"https://pubmed.ncbi.nlm.nih.gov/2/\"}\n]\n");
    }

    [Fact]
    public void Seed_is_a_journal_article_with_its_container_date_and_identifiers()
    {
        var item = Item(SharedData.SeedCitation());

        item["id"]!.GetValue<string>().Should().Be("32756149");
        item["type"]!.GetValue<string>().Should().Be("article-journal");
        item["container-title"]!.GetValue<string>().Should().Be("Medicine");
        item["container-title-short"]!.GetValue<string>().Should().Be("Medicine (Baltimore)");
        item["issued"]!.ToJsonString().Should().Be("{\"date-parts\":[[2020,7,31]]}");
        (item["volume"]!.GetValue<string>(), item["issue"]!.GetValue<string>(), item["page"]!.GetValue<string>()).Should().Be(("99", "31", "e21429"));
        item["DOI"]!.GetValue<string>().Should().Be("10.1097/MD.0000000000021429");
        item["ISSN"]!.GetValue<string>().Should().Be("0025-7974, 1536-5964");
        item["language"]!.GetValue<string>().Should().Be("en");
        item["author"]![0]!.ToJsonString().Should().Be("{\"family\":\"Liang\",\"given\":\"Bing\"}");
        item.Should().NotContainKey("editor").And.NotContainKey("number-of-pages");
    }

    [Fact]
    public void Corporate_authors_are_literal_names_in_byline_order()
    {
        var citation = MedlineCitation.Build("1")
            .Author("Smith", "John A", static a => a.Suffix("Jr"))
            .CorporateAuthor("STRATIS Investigators")
            .Build();

        Item(citation)["author"]!.ToJsonString().Should().Be(
            "[{\"family\":\"Smith\",\"given\":\"John A\",\"suffix\":\"Jr\"},{\"literal\":\"STRATIS Investigators\"}]");
    }

    [Fact]
    public void Chapter_has_its_book_as_container_with_editors_publisher_and_place()
    {
        var citation = MedlineCitation.Build("2")
            .Title("Chapter one.")
            .Editor("Adam", "Margaret P")
            .Editor("Feldman", "Jerry")
            .Book(static b => b.Title("GeneReviews((R)).").Publisher("University of Washington, Seattle").Place("Seattle (WA)").Edition("2nd").Isbn("978-0-00-000000-2"))
            .Build();

        var item = Item(citation);

        item["type"]!.GetValue<string>().Should().Be("chapter");
        item["title"]!.GetValue<string>().Should().Be("Chapter one");
        item["container-title"]!.GetValue<string>().Should().Be("GeneReviews((R))");
        item["editor"]!.ToJsonString().Should().Be("[{\"family\":\"Adam\",\"given\":\"Margaret P\"},{\"family\":\"Feldman\",\"given\":\"Jerry\"}]");
        item["publisher"]!.GetValue<string>().Should().Be("University of Washington, Seattle");
        item["publisher-place"]!.GetValue<string>().Should().Be("Seattle (WA)");
        item["edition"]!.GetValue<string>().Should().Be("2nd");
        item["ISBN"]!.GetValue<string>().Should().Be("978-0-00-000000-2");
    }

    [Fact]
    public void Non_ascii_names_and_titles_are_written_as_utf8_not_escaped()
    {
        var citation = MedlineCitation.Build("3").Title("Études über Ärzte.").Author("Müller-Łukasiewicz", "Zoë").Author("王", "小明").Build();

        var text = Export([citation]);

        text.Should().Contain("\"family\":\"Müller-Łukasiewicz\",\"given\":\"Zoë\"").And.Contain("\"family\":\"王\",\"given\":\"小明\"")
            .And.Contain("\"title\":\"Études über Ärzte\"").And.NotContain("\\u");
    }

    [Fact]
    public void Date_range_is_two_date_parts()
    {
        var citation = MedlineCitation.Build("4").PublishedRange(2019, 12, 30, 2020, 1, 2).Build();

        Item(citation)["issued"]!.ToJsonString().Should().Be("{\"date-parts\":[[2019,12,30],[2020,1,2]]}");
    }

    [Fact]
    public void Month_range_within_a_year_is_two_date_parts()
    {
        Item(Parse("PMID- 5\nDP  - 2020 Jul-Aug\n"))["issued"]!.ToJsonString().Should().Be("{\"date-parts\":[[2020,7],[2020,8]]}");
    }

    [Theory]
    [InlineData("Spring", 1)]
    [InlineData("Summer", 2)]
    [InlineData("Fall", 3)]
    [InlineData("Autumn", 3)]
    [InlineData("Winter", 4)]
    public void Season_is_numbered_from_spring_with_the_year(string season, int number)
    {
        var citation = MedlineCitation.Build("6").Published(2019, season).Build();

        Item(citation)["issued"]!.ToJsonString().Should().Be($"{{\"date-parts\":[[2019]],\"season\":{number}}}");
    }

    [Fact]
    public void Season_range_keeps_the_years_and_the_printed_text_as_literal()
    {
        var citation = MedlineCitation.Build("7").PublishedRange(2019, "Winter", 2020, "Spring").Build();

        var issued = Item(citation)["issued"]!;

        issued["date-parts"]!.ToJsonString().Should().Be("[[2019],[2020]]");
        issued["literal"]!.GetValue<string>().Should().Be(citation.PublicationDate!.Raw);
    }

    [Fact]
    public void Free_text_date_keeps_its_year_for_sorting_and_its_text_as_literal()
    {
        Item(Parse("PMID- 8\nDP  - 1962 Christmas\n"))["issued"]!.ToJsonString()
            .Should().Be("{\"date-parts\":[[1962]],\"literal\":\"1962 Christmas\"}");
    }

    [Fact]
    public void Pages_are_written_as_printed_with_the_first_page()
    {
        var item = Item(Parse("PMID- 9\nPG  - 1439-41\n"));

        (item["page"]!.GetValue<string>(), item["page-first"]!.GetValue<string>()).Should().Be(("1439-41", "1439"));
    }

    [Fact]
    public void Journal_known_only_by_its_abbreviation_has_it_as_container_title_so_styles_print_it()
    {
        var item = Item(MedlineCitation.Build("10").Journal(null, "J Test").Build());

        (item["container-title"]!.GetValue<string>(), item["container-title-short"]!.GetValue<string>()).Should().Be(("J Test", "J Test"));
    }

    [Fact]
    public void Record_without_a_pmid_gets_the_same_id_on_every_run()
    {
        var first = Item(Parse("TI  - A title.\nDP  - 2001\nFAU - Doe, Jane\n"))["id"]!.GetValue<string>();
        var second = Item(Parse("TI  - A title.\nDP  - 2001\nFAU - Doe, Jane\n"))["id"]!.GetValue<string>();
        var other = Item(Parse("TI  - Another title.\nDP  - 2001\nFAU - Doe, Jane\n"))["id"]!.GetValue<string>();

        first.Should().MatchRegex("^item-[0-9a-f]{16}$").And.Be(second).And.NotBe(other);
    }

    [Fact]
    public void Keywords_are_comma_joined_mesh_descriptors_then_author_keywords()
    {
        var citation = MedlineCitation.Build("11").Mesh("Humans").Mesh("COVID-19", major: true).Keyword("remission").Build();

        Item(citation)["keyword"]!.GetValue<string>().Should().Be("Humans, COVID-19, remission");
    }

    [Fact]
    public void Batches_prepared_apart_are_appended_with_one_separator_each()
    {
        using var stream = new MemoryStream();
        using (var exporter = CitationExporter.Create(stream, ExportFormat.CslJson, leaveOpen: true))
        {
            var first = exporter.Prepare([MedlineCitation.Build("1").Build(), MedlineCitation.Build("2").Build()]);
            var second = exporter.Prepare([MedlineCitation.Build("3").Build()]);
            exporter.Append(first);
            exporter.Append(second);
            exporter.Complete();
        }

        var ids = JsonNode.Parse(stream.ToArray())!.AsArray().Select(static n => n!["id"]!.GetValue<string>());

        ids.Should().Equal("1", "2", "3");
    }

    [Fact]
    public void Article_without_pages_has_its_electronic_location_as_article_number()
    {
        var item = Item(MedlineCitation.Build("12").Journal("PLoS One", "PLoS One").LocationId("10.1371/journal.pone.0159994", "doi").LocationId("e0159994", "pii").Build());

        item["number"]!.GetValue<string>().Should().Be("e0159994");
        item.Should().NotContainKey("page");
    }

    [Fact]
    public void Untyped_electronic_location_is_the_article_number_before_a_pii()
    {
        var item = Item(MedlineCitation.Build("16").LocationId("134973", "pii").LocationId("e134973").Build());

        item["number"]!.GetValue<string>().Should().Be("e134973");
    }

    [Fact]
    public void Article_ahead_of_print_has_no_article_number_from_its_publisher_item_id()
    {
        var citation = MedlineCitation.Build("13").PublicationStatus("aheadofprint").LocationId("S1542-3565(25)00751-7", "pii").Build();

        Item(citation).Should().NotContainKey("number");
    }

    [Fact]
    public void Electronic_only_article_is_issued_on_its_electronic_publication_day_as_pubmed_cites_it()
    {
        var citation = MedlineCitation.Build("14").Published(2016).PublicationStatus("epublish").ElectronicPublicationDate(new DateOnly(2016, 8, 10)).Build();

        Item(citation)["issued"]!.ToJsonString().Should().Be("{\"date-parts\":[[2016,8,10]]}");
    }

    [Fact]
    public void Article_published_in_print_is_issued_on_its_publication_date_not_its_epub_day()
    {
        var citation = MedlineCitation.Build("15").Published(2020, 7).PublicationStatus("ppublish").ElectronicPublicationDate(new DateOnly(2020, 1, 23)).Build();

        Item(citation)["issued"]!.ToJsonString().Should().Be("{\"date-parts\":[[2020,7]]}");
    }
}
