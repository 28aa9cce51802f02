using Medline.Parser.Export;
using Medline.Parser.Tests.TestSupport;
using static Medline.Parser.Tests.Export.BibTexExporterTests;

namespace Medline.Parser.Tests.Export;

public sealed class BibLaTeXExporterTests
{
    [Fact]
    public void Seed_has_journaltitle_shortjournal_iso_date_pubmed_eprint_and_langid()
    {
        var bib = Write(ExportFormat.BibLaTeX, SharedData.SeedCitation());

        bib.Should().StartWith("@article{Liang2020,\n  author = {Liang, Bing and ");
        bib.Should().Contain("\n  journaltitle = {Medicine},\n  shortjournal = {Medicine (Baltimore)},\n  date = {2020-07-31},\n  volume = {99},\n  number = {31},\n  pages = {e21429},");
        bib.Should().Contain("\n  doi = {10.1097/MD.0000000000021429},\n  eprint = {32756149},\n  eprinttype = {pubmed},\n  url = {https://pubmed.ncbi.nlm.nih.gov/32756149/},\n  langid = {english},");
        bib.Should().NotContain("\n  year = ").And.NotContain("\n  journal = ");
    }

    [Theory]
    [InlineData("2020", "2020")]
    [InlineData("2020 Jul", "2020-07")]
    [InlineData("2020 Jul 31", "2020-07-31")]
    [InlineData("2020 Jul-Aug", "2020-07/2020-08")]
    [InlineData("2020 Jul 31-Aug 2", "2020-07-31/2020-08-02")]
    [InlineData("2019 Dec-2020 Jan", "2019-12/2020-01")]
    [InlineData("1995-1997", "1995/1997")]
    [InlineData("2019 Winter", "2019-24")]
    [InlineData("2019 Fall", "2019-23")]
    [InlineData("2020 Spring-Summer", "2020-21/2020-22")]
    [InlineData("1962 Christmas", "1962")]
    [InlineData("1999 Apr 31", "1999-04")]
    public void Publication_date_is_an_ISO_8601_date_with_ranges_and_EDTF_seasons(string dp, string date)
    {
        var bib = Write(ExportFormat.BibLaTeX, Read("PMID- 1\nDP  - " + dp + "\nTI  - A paper.\n"));

        bib.Should().Contain("\n  date = {" + date + "},");
    }

    [Fact]
    public void Chapter_is_incollection_with_its_book_as_booktitle_editors_publisher_and_location()
    {
        var citation = Read("""
            PMID- 1
            TI  - The chapter.
            BTI - The book.
            FED - Adam, Ann
            ED  - Adam A
            PB  - Academic Press
            PL  - Boston (MA)
            DP  - 2001
            """);

        var bib = Write(ExportFormat.BibLaTeX, citation);

        bib.Should().StartWith("@incollection{Adam2001,\n  editor = {Adam, Ann},\n  title = {The chapter},\n  booktitle = {The book},\n  date = {2001},");
        bib.Should().Contain("\n  publisher = {Academic Press},\n  location = {Boston (MA)},");
    }

    private static MedlineCitation Read(string text)
    {
        using var reader = MedlineReader.FromText(text.Replace("\r", "", StringComparison.Ordinal) + "\n");
        return reader.ReadCitations().Single();
    }
}
