using Medline.Parser.Model;

namespace Medline.Parser.Testing.Tests;

/// <summary>Each fixture has what its kind promises.</summary>
public sealed class FixtureKindTests
{
    [Fact]
    public void Journal_article_has_a_structured_abstract_non_ascii_names_valid_orcids_and_mesh()
    {
        var c = MedlineFixtures.JournalArticle.Citation;

        c.Status.Should().Be("MEDLINE");
        c.Abstract!.Sections.Select(s => s.Label).Should().Equal("BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS");
        c.Authors.Select(a => a.LastName).Should().Equal("Müller", "Gómez-Peña", "Østergaard", "Çelik", "Nguyễn");
        c.Authors.Select(a => a.ForeName).Should().Contain("María José");
        c.Authors.Where(a => a.Orcid is not null).Should().HaveCount(2)
            .And.AllSatisfy(a => a.Identifiers.Should().AllSatisfy(i => i.IsValid.Should().BeTrue()));
        c.Authors[4].Affiliations.Should().HaveCount(2);
        c.Journal!.Issns.Should().AllSatisfy(i => i.IsValidChecksum.Should().BeTrue());
        c.MeshHeadings.Should().Contain(m => m.Descriptor == "Depression" && m.MajorTopic && m.Qualifiers.Count == 2);
        c.Grants.Should().HaveCount(2);
        c.Doi.Should().Be("10.5555/s12889-024-18123-4");
        c.PmcId.Should().Be("PMC10930111");
    }

    [Fact]
    public void Corporate_author_fixture_has_the_group_between_person_authors_and_its_investigators()
    {
        var c = MedlineFixtures.CorporateAuthor.Citation;

        c.CorporateAuthors.Should().ContainSingle().Which.Should().Match<CorporateAuthor>(g =>
            g.Name == "GlobalSurg Respiratory Collaborative" && g.Position == 2);
        c.Authors.Select(a => a.Position).Should().Equal(0, 1, 3);
        c.Investigators.Select(i => i.FullName).Should().Equal("Adeyemi, Adebayo", "Bianchi, Francesca", "Kowalski, Piotr");
        c.Investigators.Should().AllSatisfy(i => i.Affiliations.Should().ContainSingle());
    }

    [Fact]
    public void Book_fixture_has_editors_an_isbn_a_publisher_and_no_journal()
    {
        var c = MedlineFixtures.Book.Citation;

        c.Book!.Title.Should().StartWith("Long-Term Care Workforce");
        c.Book.Isbns.Should().Equal("978-0-309-01245-4");
        c.Book.Publisher.Should().Be("National Academies Press (US)");
        c.Book.Place.Should().Be("Washington (DC)");
        c.Editors.Select(e => e.FullName).Should().Equal("Whitaker, Eleanor M", "Ramírez, Tomás");
        c.Authors.Should().BeEmpty();
        c.Journal.Should().BeNull();
        c.PublicationTypes.Should().Contain("Book");
        c.ArticleIds.Should().Contain(a => a.Value == "NBK587011" && a.Type == "bookaccession");
    }

    [Fact]
    public void Book_chapter_fixture_has_its_authors_the_book_editors_and_the_collection()
    {
        var c = MedlineFixtures.BookChapter.Citation;

        c.Title.Should().Be("Hereditary Hemorrhagic Telangiectasia");
        c.Book!.Title.Should().Be("GeneReviews(®)");
        c.Book.CollectionTitles.Should().Equal("GeneReviews(®)");
        c.Book.ContributionDate!.Date.Year.Should().Be(2019);
        c.Editors.Should().HaveCount(3);
        c.Authors.Select(a => a.LastName).Should().Equal("Lefèvre", "Brennan");
        c.PublicationTypes.Should().Contain("Book Chapter");
    }

    [Fact]
    public void Eric_fixture_is_owned_by_eric_and_has_no_pmid()
    {
        var c = MedlineFixtures.Eric.Citation;

        c.Owner.Should().Be("ERIC");
        c.Pmid.Should().BeNull();
        c.OtherIds.Should().ContainSingle(o => o.Value == "EJ1312406");
        c.Authors.Select(a => a.LastName).Should().Equal("Andersson", "de Souza");
        c.PublicationTypes.Should().Equal("Journal Articles", "Reports - Research");
    }

    [Fact]
    public void Pmc_first_fixture_starts_with_its_pmcid_and_has_an_empty_abstract_and_a_publisher_note()
    {
        var fixture = MedlineFixtures.PmcFirst;

        fixture.Text.Should().StartWith("PMC - PMC8123456\nPMID- 39000105\n");
        fixture.Citation.PmcId.Should().Be("PMC8123456");
        fixture.Citation.Pmid.Should().Be("39000105");
        fixture.Citation.Owner.Should().BeNull();
        fixture.Citation.Status.Should().BeNull();
        fixture.Citation.OtherAbstracts.Should().ContainSingle();
    }

    [Fact]
    public void In_process_fixture_has_no_mesh_and_no_completion_date()
    {
        var c = MedlineFixtures.InProcess.Citation;

        c.Status.Should().Be("In-Process");
        c.MeshHeadings.Should().BeEmpty();
        c.DateCompleted.Should().BeNull();
        c.MeshDate.Should().Be(c.EntrezDate);
    }

    [Fact]
    public void Publisher_fixture_is_ahead_of_print_with_no_volume_issue_or_pages()
    {
        var c = MedlineFixtures.Publisher.Citation;

        c.Status.Should().Be("Publisher");
        c.PublicationStatus.Should().Be("aheadofprint");
        c.Journal!.Volume.Should().BeNull();
        c.Journal.Issue.Should().BeNull();
        c.Pagination.Should().BeNull();
        c.Doi.Should().Be("10.5555/NEJMoa2412345");
    }

    [Fact]
    public void Retracted_article_and_its_retraction_notice_name_each_other_by_pmid()
    {
        var article = MedlineFixtures.RetractedArticle.Citation;
        var notice = MedlineFixtures.RetractionNotice.Citation;

        article.IsRetracted.Should().BeTrue();
        article.PublicationTypes.Should().Contain("Retracted Publication");
        article.CommentsCorrections.Should().ContainSingle(l => l.Type == CommentCorrectionType.RetractionIn)
            .Which.Pmid.Should().Be(notice.Pmid);
        notice.IsRetracted.Should().BeFalse();
        notice.PublicationTypes.Should().Equal("Retraction of Publication");
        notice.CommentsCorrections.Should().ContainSingle(l => l.Type == CommentCorrectionType.RetractionOf)
            .Which.Pmid.Should().Be(article.Pmid);
    }

    [Fact]
    public void Corrected_article_and_its_erratum_name_each_other_by_pmid()
    {
        var article = MedlineFixtures.CorrectedArticle.Citation;
        var erratum = MedlineFixtures.ErratumNotice.Citation;

        article.HasErratum.Should().BeTrue();
        article.CommentsCorrections.Should().ContainSingle(l => l.Type == CommentCorrectionType.ErratumIn)
            .Which.Pmid.Should().Be(erratum.Pmid);
        erratum.PublicationTypes.Should().Equal("Published Erratum");
        erratum.CommentsCorrections.Should().ContainSingle(l => l.Type == CommentCorrectionType.ErratumFor)
            .Which.Pmid.Should().Be(article.Pmid);
    }

    [Fact]
    public void Et_al_fixture_has_an_incomplete_author_list_of_three_persons()
    {
        var c = MedlineFixtures.EtAlAuthorList.Citation;

        c.AuthorListIncomplete.Should().BeTrue();
        c.Authors.Select(a => a.ShortName).Should().Equal("Whitfield RJ", "Da Silva L", "Mbeki T");
    }
}
