using Medline.Parser.Export;
using Medline.Parser.Model;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Export;

public sealed class BibliographicItemTests
{
    [Fact]
    public void Seed_is_a_journal_article_with_its_byline_dates_and_identifiers()
    {
        var item = BibliographicItem.From(SharedData.SeedCitation());

        item.Kind.Should().Be(ItemKind.JournalArticle);
        item.Title.Should().StartWith("Clinical remission of a critically ill COVID-19 patient").And.NotEndWith(".");
        item.ContainerTitle.Should().Be("Medicine");
        item.ContainerTitleShort.Should().Be("Medicine (Baltimore)");
        item.Authors[0].Should().Be(new BibliographicName { Family = "Liang", Given = "Bing", Initials = "B" });
        item.Authors.Should().HaveCount(16).And.OnlyContain(static a => !a.IsOrganization);
        item.Issued!.Raw.Should().Be("2020 Jul 31");
        (item.Volume, item.Issue, item.Pages!.Raw).Should().Be(("99", "31", "e21429"));
        item.Doi.Should().Be("10.1097/MD.0000000000021429");
        item.Pmid.Should().Be("32756149");
        item.Issns.Should().Equal("0025-7974", "1536-5964");
        item.Languages.Should().Equal("en");
        item.Url.Should().Be("https://pubmed.ncbi.nlm.nih.gov/32756149/");
        item.Keywords.Should().Contain("COVID-19").And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Corporate_authors_stand_in_the_byline_between_persons_as_the_record_lists_them()
    {
        var citation = MedlineCitation.Build("1")
            .Title("A trial.")
            .Author("Smith", "John A")
            .CorporateAuthor("STRATIS Investigators")
            .Author("Doe", null, static a => a.Initials("JB"))
            .Build();

        var names = BibliographicItem.From(citation).Authors;

        names.Select(static n => n.Literal ?? n.Family).Should().Equal("Smith", "STRATIS Investigators", "Doe");
        names[2].Given.Should().Be("J B", "initials alone are spaced so that a style initialises each");
    }

    [Theory]
    [InlineData("Preprint", ItemKind.Preprint)]
    [InlineData("Technical Report", ItemKind.Report)]
    [InlineData("JOURNAL ARTICLE", ItemKind.JournalArticle)]
    [InlineData("Congress", ItemKind.ConferencePaper)]
    public void Publication_type_chooses_the_kind(string publicationType, ItemKind kind)
    {
        var citation = MedlineCitation.Build("1").Journal("J Test", "Journal of tests").PublicationType(publicationType).Build();

        BibliographicItem.From(citation).Kind.Should().Be(kind);
    }

    [Fact]
    public void Data_paper_in_a_journal_is_a_journal_article_and_a_dataset_outside_one_is_a_dataset()
    {
        // PMID 35538103 (Scientific Data) is typed Dataset and Journal Article: RIS DATA lost its journal in citation-js.
        var paper = MedlineCitation.Build("1").Journal("Scientific data", "Sci Data").PublicationType("Dataset").PublicationType("Journal Article").Build();
        var dataset = MedlineCitation.Build("2").PublicationType("Dataset").Build();

        BibliographicItem.From(paper).Kind.Should().Be(ItemKind.JournalArticle);
        BibliographicItem.From(dataset).Kind.Should().Be(ItemKind.Dataset);
    }

    [Theory]
    [InlineData("Title.", "Title")]
    [InlineData("Why?", "Why?")]
    [InlineData("Wait...", "Wait...")]
    [InlineData("Smith et al.", "Smith et al.")]
    [InlineData("[A translated title].", "[A translated title]")]
    public void Title_loses_only_the_period_MEDLINE_ends_it_with(string title, string expected) =>
        BibliographicItem.WithoutFinalPeriod(title).Should().Be(expected);

    [Fact]
    public void Book_and_chapter_records_are_books_and_chapters_with_the_book_as_container()
    {
        var kinds = new Dictionary<ItemKind, int>();
        foreach (var file in SharedData.CorpusFiles())
        {
            using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
            foreach (var citation in reader.ReadCitations())
            {
                var item = BibliographicItem.From(citation);
                kinds[item.Kind] = kinds.GetValueOrDefault(item.Kind) + 1;
                if (item.Kind == ItemKind.Chapter)
                {
                    item.ContainerTitle.Should().Be(BibliographicItem.WithoutFinalPeriod(citation.Book!.Title));
                }
            }
        }

        kinds[ItemKind.JournalArticle].Should().BeGreaterThan(2000);
        kinds.Should().ContainKey(ItemKind.Book).And.ContainKey(ItemKind.Preprint);
    }

    [Fact]
    public void Every_kind_has_a_type_in_every_format()
    {
        var rows = ExportTypes.Rows.ToArray();
        rows.Select(static r => r.Kind).Should().Equal(Enum.GetValues<ItemKind>());
        rows.Should().OnlyContain(static r => r.Csl.Length > 0 && r.Ris.Length > 0 && r.BibTex.Length > 0 && r.BibLaTeX.Length > 0);
    }
}
