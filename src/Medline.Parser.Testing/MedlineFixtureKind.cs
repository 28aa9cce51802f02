namespace Medline.Parser.Testing;

/// <summary>The record kinds of the MEDLINE format that <see cref="MedlineFixtures"/> holds one fixture for.</summary>
public enum MedlineFixtureKind
{
    /// <summary>An indexed MEDLINE journal article: structured abstract, non-ASCII names, ORCIDs, MeSH, grants.</summary>
    JournalArticle,

    /// <summary>A group author (<c>CN</c>) between two person authors, with the group's investigators (<c>IR</c>/<c>FIR</c>/<c>IRAD</c>).</summary>
    CorporateAuthor,

    /// <summary>A whole book from the NCBI Bookshelf: book title, editors, ISBN, publisher, no journal.</summary>
    Book,

    /// <summary>A book chapter from the NCBI Bookshelf: chapter title and authors, book title, editors, collection title.</summary>
    BookChapter,

    /// <summary>An ERIC record: <c>OWN - ERIC</c>, no PMID, <c>OID</c> and an ERIC URL as location.</summary>
    Eric,

    /// <summary>A PMC MEDLARS export record: it starts with <c>PMC -</c>, has no OWN/STAT, an empty <c>AB</c> and an <c>OAB</c>.</summary>
    PmcFirst,

    /// <summary>An In-Process record: bibliographic data, no MeSH and no DCOM yet.</summary>
    InProcess,

    /// <summary>A publisher-supplied record ahead of print: no volume, issue or pages; <c>PST - aheadofprint</c>.</summary>
    Publisher,

    /// <summary>A retracted article: <c>PT - Retracted Publication</c> and <c>RIN</c> naming <see cref="RetractionNotice"/> by PMID.</summary>
    RetractedArticle,

    /// <summary>The retraction notice of <see cref="RetractedArticle"/>: <c>PT - Retraction of Publication</c> and <c>ROF</c> naming it by PMID.</summary>
    RetractionNotice,

    /// <summary>An article with an erratum: <c>EIN</c> naming <see cref="ErratumNotice"/> by PMID.</summary>
    CorrectedArticle,

    /// <summary>The erratum of <see cref="CorrectedArticle"/>: <c>PT - Published Erratum</c> and <c>EFR</c> naming it by PMID.</summary>
    ErratumNotice,

    /// <summary>An old record whose author list ends with <c>AU - et al.</c> (the list is incomplete).</summary>
    EtAlAuthorList,
}
