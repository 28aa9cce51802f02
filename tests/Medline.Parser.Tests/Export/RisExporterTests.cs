using System.Text;
using Medline.Parser.Export;
using Medline.Parser.Model;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Export;

public sealed class RisExporterTests
{
    internal static string Export(params MedlineCitation[] citations)
    {
        using var stream = new MemoryStream();
        using (var exporter = CitationExporter.Create(stream, ExportFormat.Ris, leaveOpen: true))
        {
            exporter.Append(exporter.Prepare(citations));
            exporter.Complete();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string[] Lines(string ris) => ris.Split("\r\n");

    [Fact]
    public void Seed_is_a_journal_article_with_every_fact_on_its_own_tag_line()
    {
        var ris = Export(SharedData.SeedCitation());

        var lines = Lines(ris);
        lines[0].Should().Be("TY  - JOUR");
        lines[^2].Should().Be("ER  - ");
        lines[^1].Should().BeEmpty("the file ends with the ER line's CR LF");
        lines.Should().Contain([
            "AU  - Liang, Bing",
            "TI  - Clinical remission of a critically ill COVID-19 patient treated by human umbilical cord mesenchymal stem cells: A case report",
            "JF  - Medicine",
            "JA  - Medicine (Baltimore)",
            "PY  - 2020",
            "DA  - 2020/07/31/",
            "VL  - 99",
            "IS  - 31",
            "SP  - e21429",
            "SN  - 0025-7974",
            "SN  - 1536-5964",
            "DO  - 10.1097/MD.0000000000021429",
            "AN  - 32756149",
            "C2  - PMC7402800",
            "LA  - en",
            "UR  - https://pubmed.ncbi.nlm.nih.gov/32756149/",
            "DB  - PubMed",
        ]);
        lines.Should().NotContain(static l => l.StartsWith("EP  - ", StringComparison.Ordinal), "a single page has no end page");
        lines.Count(static l => l.StartsWith("AU  - ", StringComparison.Ordinal)).Should().Be(16);
        ris.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContainAny("\r", "\n");
    }

    [Fact]
    public void Every_line_is_a_two_character_tag_two_spaces_a_hyphen_and_a_space()
    {
        var lines = Lines(Export(SharedData.SeedCitation()));

        lines[..^1].Should().OnlyContain(static l => l.Length >= 6 && char.IsAsciiLetterUpper(l[0]) && char.IsAsciiLetterOrDigit(l[1]) &&
            l.Substring(2, 4) == "  - ");
    }

    [Fact]
    public void Line_breaks_tabs_and_runs_of_spaces_in_a_value_become_one_space_so_a_value_stays_on_its_line()
    {
        var citation = MedlineCitation.Build("1").Title("A title.").Journal("Journal of tests", "J Test").Build() with
        {
            Title = "  First line\r\nsecond\tline  - with  a   gap.\n",
            Abstract = new Abstract { Text = "Background\n\nMethods\u2028end\u0007" },
        };

        var lines = Lines(Export(citation));

        lines.Should().Contain("TI  - First line second line - with a gap.")
            .And.Contain("AB  - Background Methods end");
    }

    [Fact]
    public void A_value_of_white_space_only_writes_no_line()
    {
        var citation = MedlineCitation.Build("1").Journal("Journal of tests", "J Test").Build() with { Title = " \r\n\t" };

        Lines(Export(citation)).Should().NotContain(static l => l.StartsWith("TI", StringComparison.Ordinal));
    }

    [Fact]
    public void A_citation_without_authors_writes_no_author_line_and_still_starts_with_TY_and_ends_with_ER()
    {
        var citation = MedlineCitation.Build("7").Title("Anonymous editorial.").Journal("Journal of tests", "J Test").Build();

        var ris = Export(citation);

        ris.Should().Be(
            "TY  - JOUR\r\nTI  - Anonymous editorial\r\nJF  - Journal of tests\r\nJA  - J Test\r\nAN  - 7\r\n" +
            "UR  - https://pubmed.ncbi.nlm.nih.gov/7/\r\nDB  - PubMed\r\nER  - \r\n");
    }

    [Fact]
    public void Non_ascii_text_is_written_as_utf8_without_a_byte_order_mark()
    {
        var citation = MedlineCitation.Build("1").Title("Étude über Ærø – ½ dose.").Journal("Journal of tests", "J Test")
            .Author("Müller-Lüdenscheidt", "Jörg").Author("Ñúñez", "José-María").Build();

        using var stream = new MemoryStream();
        using (var exporter = CitationExporter.Create(stream, ExportFormat.Ris, leaveOpen: true))
        {
            exporter.Write(citation);
            exporter.Complete();
        }

        var bytes = stream.ToArray();
        bytes.AsSpan().StartsWith("TY"u8).Should().BeTrue("RIS starts with TY, no byte order mark");
        var lines = Lines(Encoding.UTF8.GetString(bytes));
        lines.Should().Contain("TI  - Étude über Ærø – ½ dose")
            .And.Contain("AU  - Müller-Lüdenscheidt, Jörg")
            .And.Contain("AU  - Ñúñez, José-María");
    }

    [Fact]
    public void A_corporate_author_is_written_whole_in_its_byline_place_and_a_suffix_after_the_given_names()
    {
        var citation = MedlineCitation.Build("1").Title("A trial.").Journal("Journal of tests", "J Test")
            .Author("Smith", "John A", static a => a.Suffix("Jr"))
            .CorporateAuthor("STRATIS Investigators")
            .Author("Doe", null, static a => a.Initials("JB"))
            .Build();

        Lines(Export(citation)).Where(static l => l.StartsWith("AU", StringComparison.Ordinal)).Should().Equal(
            "AU  - Smith, John A, Jr",
            "AU  - STRATIS Investigators",
            "AU  - Doe, J B");
    }

    [Fact]
    public void A_book_chapter_is_CHAP_with_its_book_as_T2_and_BT_editors_as_A2_publisher_place_and_isbn()
    {
        var citation = MedlineCitation.Build("20301295").Title("Cystic Fibrosis.")
            .Author("Brown", "Anna")
            .Editor("Adam", "Margaret P")
            .Editor("Feldman", "Jerry")
            .Book(static b => b.Title("GeneReviews(®).").Publisher("University of Washington, Seattle").Place("Seattle (WA)")
                .Isbn("978-0-00-000000-2").Edition("2nd").CollectionTitle("GeneReviews series."))
            .Published(1993)
            .Build();

        var lines = Lines(Export(citation));

        lines[0].Should().Be("TY  - CHAP");
        lines.Should().ContainInOrder(
            "AU  - Brown, Anna",
            "A2  - Adam, Margaret P",
            "A2  - Feldman, Jerry",
            "TI  - Cystic Fibrosis",
            "T2  - GeneReviews(®)",
            "BT  - GeneReviews(®)",
            "T3  - GeneReviews series",
            "PY  - 1993",
            "DA  - 1993///",
            "ET  - 2nd",
            "PB  - University of Washington, Seattle",
            "CY  - Seattle (WA)",
            "SN  - 978-0-00-000000-2");
        lines.Should().NotContain(static l => l.StartsWith("JF", StringComparison.Ordinal) || l.StartsWith("C2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_whole_book_has_its_editors_as_A3_which_citation_js_reads_as_a_books_editors()
    {
        var citation = MedlineCitation.Build("1").Editor("Adam", "Margaret P")
            .Book(static b => b.Title("A book.").Publisher("A press")).Build();

        var lines = Lines(Export(citation));

        lines[0].Should().Be("TY  - BOOK");
        lines.Should().Contain(["TI  - A book", "A3  - Adam, Margaret P", "PB  - A press"]);
    }

    [Theory]
    [InlineData("2020 Jul 31", "2020/07/31/")]
    [InlineData("2020 Jul", "2020/07//")]
    [InlineData("2009", "2009///")]
    [InlineData("2019 Winter", "2019///Winter")]
    [InlineData("2020 Jul-Aug", "2020/07//Jul-Aug")]
    [InlineData("1995-1997", "1995///-1997")]
    [InlineData("1962 Christmas", "1962///Christmas")]
    public void The_date_is_PY_with_the_year_and_DA_with_year_month_day_and_the_rest_of_DP(string published, string da)
    {
        var text = $"PMID- 1\nTI  - A title.\nDP  - {published}\nJT  - Journal of tests\nTA  - J Test\n";
        using var reader = MedlineReader.FromText(text);
        var citation = reader.ReadCitations().Single();

        var lines = Lines(Export(citation));

        lines.Should().Contain(["PY  - " + published[..4], "DA  - " + da]);
    }

    [Fact]
    public void Pages_are_the_first_page_and_the_expanded_last_page()
    {
        var citation = MedlineCitation.Build("1").Title("T.").Journal("Journal of tests", "J Test").Pages("1439", "1441").Build();

        Lines(Export(citation)).Should().ContainInOrder("SP  - 1439", "EP  - 1441");
    }

    [Fact]
    public void Records_follow_each_other_with_no_blank_line_and_an_empty_export_is_empty()
    {
        var one = MedlineCitation.Build("1").Title("One.").Journal("Journal of tests", "J Test").Build();
        var two = MedlineCitation.Build("2").Title("Two.").Journal("Journal of tests", "J Test").Build();

        var ris = Export(one, two);

        ris.Should().Contain("ER  - \r\nTY  - JOUR\r\n").And.NotContain("\r\n\r\n");
        Export().Should().BeEmpty();
    }

    [Fact]
    public void The_RIS_type_of_each_kind_comes_from_the_one_type_table()
    {
        var preprint = MedlineCitation.Build("1").Title("P.").Journal("bioRxiv", "bioRxiv").PublicationType("Preprint").Build();
        var kind = BibliographicItem.From(preprint).Kind;

        Lines(Export(preprint))[0].Should().Be("TY  - " + ExportTypes.Of(kind).Ris);
    }
}
