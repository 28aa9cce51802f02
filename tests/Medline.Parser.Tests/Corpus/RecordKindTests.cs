using Medline.Parser.Model;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Corpus;

/// <summary>
/// One record of each kind of format §5, read as a careful reader of the format reference expects: real corpus
/// records where the corpus has the kind, records written after the reference's examples where it does not.
/// </summary>
public class RecordKindTests
{
    private static MedlineCitation FromCorpus(string file, string pmid)
    {
        using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
        return reader.ReadCitations().Single(c => c.Pmid == pmid);
    }

    private static MedlineCitation Cite(string text) => MedlineCitation.FromRecord(Read.Single(text));

    [Fact]
    public void Publisher_ahead_of_print_takes_its_doi_from_the_typed_LID_not_the_first()
    {
        var c = FromCorpus("gbi6-exam/data_pubmed_results.txt", "35914565");

        c.Status.Should().Be("Publisher");
        c.LocationIds.Select(l => (l.Value, l.Type)).Should().Equal(("S0001-706X(22)00317-5", "pii"), ("10.1016/j.actatropica.2022.106625", "doi"));
        c.Doi.Should().Be("10.1016/j.actatropica.2022.106625");
        c.PublicationDate!.IsoDate.Should().Be("2022-07-29");
        c.MeshHeadings.Should().BeEmpty();
        c.DateCompleted.Should().BeNull();
    }

    [Fact]
    public void Book_chapter_records_carry_book_fields_editors_and_the_bookshelf_accession()
    {
        var c = FromCorpus("zotero-translators/MEDLINEnbib_testcase02.txt", "21249755");

        c.Book.Should().BeEquivalentTo(new
        {
            Title = "Cancer Syndromes",
            Publisher = "National Center for Biotechnology Information (US)",
            Place = "Bethesda (MD)",
        });
        c.Book!.ContributionDate!.Date.Should().Be(new DateOnly(2008, 7, 18));
        c.Book.DateRevised!.Date.Should().Be(new DateOnly(2008, 8, 9));
        c.DateCreated!.Date.Should().Be(new DateOnly(2011, 1, 21));
        c.Journal.Should().BeNull("a book has no journal; PL is the book's place");
        c.Editors.Select(e => e.LastName).Should().Equal("Riegert-Johnson", "Boardman", "Hefferon", "Roberts");
        c.Authors.Should().HaveCount(7);
        c.Authors[4].Should().BeEquivalentTo(new { LastName = "Wong Kee Song", ForeName = "Louis M.", Initials = "LM" });
        c.ArticleIds.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Value = "NBK1826", Type = "bookaccession" });
        c.PublicationTypes.Should().Equal("Book Chapter");
        c.Abstract!.Copyright.Should().Be("Copyright (c) 2009-, Douglas L Riegert-Johnson");
        c.OtherFields.Should().ContainSingle().Which.Should().Be(new OtherField("CDAT", "2011/01/21 06:00", 127));
        c.EntrezDate!.Time.Should().Be(new TimeOnly(6, 0));
    }

    [Fact]
    public void Preprints_link_to_their_published_version_with_the_PMID_on_a_wrapped_line()
    {
        var c = FromCorpus("bibliometrico-hospitales/PUBMED_21032026_240.txt", "37797027");

        c.CommentsCorrections.Should().Contain(l => l.Type == CommentCorrectionType.UpdateOf && l.Pmid == "35860221");
    }

    [Fact]
    public void Retraction_notice_erratum_expression_of_concern_and_republication_are_typed_links()
    {
        var notice = Cite("PMID- 30000001\nSTAT- MEDLINE\nTI  - Retraction notice to: A study.\nPT  - Retraction of Publication\nROF - Lancet. 2015 Jan;385(9963):100-9. PMID: 24000001\n");
        var erratum = Cite("PMID- 30000002\nPT  - Published Erratum\nEFR - Stroke. 2014 Jan;45(1):141-5. PMID: 24302483\n");
        var concern = Cite("PMID- 30000003\nPT  - Expression of Concern\nECF - Cell. 2019;1:2. PMID: 24000003\n");
        var republished = Cite("PMID- 30000004\nPT  - Corrected and Republished Article\nCRF - JAMA. 2018;3:4. PMID: 24000004\nRRF - JAMA. 2017;5:6.\n");

        notice.IsRetracted.Should().BeFalse("the notice retracts another article");
        notice.CommentsCorrections.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Type = CommentCorrectionType.RetractionOf,
            RefSource = "Lancet. 2015 Jan;385(9963):100-9.",
            Pmid = "24000001",
        });
        erratum.CommentsCorrections.Single().Type.Should().Be(CommentCorrectionType.ErratumFor);
        erratum.HasErratum.Should().BeFalse("EFR marks the erratum itself; the original carries EIN");
        concern.CommentsCorrections.Single().Type.Should().Be(CommentCorrectionType.ExpressionOfConcernFor);
        republished.CommentsCorrections.Select(l => (l.Type, l.Pmid)).Should().Equal(
            (CommentCorrectionType.CorrectedAndRepublishedFrom, "24000004"), (CommentCorrectionType.RetractedAndRepublishedFrom, null));
    }

    [Fact]
    public void Pmc_medlars_records_start_with_PMC_and_have_untyped_LIDs_and_empty_abstracts()
    {
        var path = SharedData.CorpusPath("nbib-py/pmc_medlars.txt");

        using var reader = MedlineReader.FromFile(path);
        var citations = reader.ReadCitations().ToList();

        citations.Should().HaveCount(5).And.OnlyContain(c => c.PmcId != null && c.Pmid != null && c.Owner == null);
        citations.SelectMany(c => c.LocationIds).Should().Contain(l => l.Type == null);
        citations.Should().Contain(c => c.Abstract == null && c.OtherAbstracts.Count > 0, "an empty 'AB  - ' is no abstract; its OAB is");
    }

    [Fact]
    public void Oldmedline_and_legacy_records_keep_au_only_authors_and_legacy_tags()
    {
        var c = Cite("PMID- 13976125\nOWN - NLM\nSTAT- OLDMEDLINE\nDA  - 19630601\nDP  - 1962 2rd Semest\nTI  - [On a case].\nAU  - DUPONT J\nAU  - MARTIN P\nLA  - fre\nSB  - OM\nUI  - 63012345\n");

        c.Status.Should().Be("OLDMEDLINE");
        c.PublicationDate.Should().BeEquivalentTo(new { Year = 1962, Precision = DatePrecision.FreeText, Raw = "1962 2rd Semest" });
        c.Authors.Select(a => (a.LastName, a.Initials)).Should().Equal(("DUPONT", "J"), ("MARTIN", "P"));
        c.Subsets.Should().Equal("OM");
        c.OtherFields.Should().ContainSingle().Which.Tag.Should().Be("UI");
    }

    [Fact]
    public void Eric_records_have_no_pmid_and_comma_form_authors()
    {
        var path = SharedData.CorpusPath("zotero-translators/MEDLINEnbib_testcase05.txt");

        using var reader = MedlineReader.FromFile(path);
        var first = reader.ReadCitations().First();

        first.Pmid.Should().BeNull();
        first.Owner.Should().Be("ERIC");
        first.Authors[0].Should().BeEquivalentTo(new { LastName = "van Groen", ForeName = "Maaike M." });
        first.OtherIds.Should().ContainSingle().Which.Value.Should().Be("EJ1227990");
        first.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.MissingPmid);
    }
}
