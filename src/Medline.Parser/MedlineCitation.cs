using System.Text.Json.Serialization;
using Medline.Parser.Mapping;
using Medline.Parser.Model;

namespace Medline.Parser;

/// <summary>
/// One citation, typed: identifiers, status, dates, journal, title and abstract, authors with their affiliations and
/// ORCIDs, MeSH headings, chemicals, keywords, grants, comment/correction links and more. Every field of the record is
/// either mapped here or kept in <see cref="OtherFields"/>, and the lossless <see cref="Record"/> stays reachable.
/// </summary>
/// <remarks>
/// Build one with <see cref="FromRecord"/> or read many with <see cref="MedlineReader.ReadCitations"/>. Lists are never
/// <see langword="null"/> (empty when absent); single values are <see langword="null"/> when absent. Values a grammar
/// cannot parse are kept as written in <see cref="OtherFields"/> with a diagnostic in <see cref="Diagnostics"/>.
/// Compare citations with a structural comparison (lists compare by reference under record equality).
/// </remarks>
public sealed record MedlineCitation
{
    /// <summary>The PubMed identifier (PMID), as written; <see langword="null"/> for ERIC and some PMC records.</summary>
    public string? Pmid { get; init; }

    /// <summary>The PubMed Central identifier (PMC), such as <c>PMC7402800</c>.</summary>
    public string? PmcId { get; init; }

    /// <summary>The DOI, taken from the article identifiers by type (<c>[doi]</c>), never by position.</summary>
    public string? Doi { get; init; }

    /// <summary>The article identifiers (AID) in record order: DOI, PII, book accession….</summary>
    public IReadOnlyList<ArticleIdentifier> ArticleIds { get; init => field = value ?? []; } = [];

    /// <summary>The location identifiers (LID) in record order: an electronic location used instead of pages.</summary>
    public IReadOnlyList<ArticleIdentifier> LocationIds { get; init => field = value ?? []; } = [];

    /// <summary>Author-manuscript identifiers (MID): <c>NIHMS1773706</c>.</summary>
    public IReadOnlyList<string> ManuscriptIds { get; init => field = value ?? []; } = [];

    /// <summary>Other identifiers (OID): <c>NLM: PMC38908</c>, ERIC's <c>ED189449</c>.</summary>
    public IReadOnlyList<OtherId> OtherIds { get; init => field = value ?? []; } = [];

    /// <summary>The owner of the citation (OWN): <c>NLM</c>, <c>NOTNLM</c>, <c>ERIC</c>….</summary>
    public string? Owner { get; init; }

    /// <summary>The NLM processing status (STAT): <c>MEDLINE</c>, <c>PubMed-not-MEDLINE</c>, <c>In-Process</c>, <c>Publisher</c>….</summary>
    public string? Status { get; init; }

    /// <summary>The publication status (PST): <c>ppublish</c>, <c>epublish</c>, <c>aheadofprint</c>.</summary>
    public string? PublicationStatus { get; init; }

    /// <summary>The publishing model (PUBM, legacy): <c>Print</c>, <c>Electronic</c>, <c>Print-Electronic</c>….</summary>
    public string? PublishingModel { get; init; }

    /// <summary>The date of publication (DP) in any of its shapes, with its text.</summary>
    public PublicationDate? PublicationDate { get; init; }

    /// <summary>The date indexing was completed (DCOM).</summary>
    public CompactDate? DateCompleted { get; init; }

    /// <summary>The date the citation was last revised (LR).</summary>
    public CompactDate? DateRevised { get; init; }

    /// <summary>The date the citation was created (DA, legacy).</summary>
    public CompactDate? DateCreated { get; init; }

    /// <summary>The date of electronic publication (DEP).</summary>
    public CompactDate? ElectronicPublicationDate { get; init; }

    /// <summary>The date the citation entered PubMed (EDAT).</summary>
    public Timestamp? EntrezDate { get; init; }

    /// <summary>The date MeSH headings were added (MHDA).</summary>
    public Timestamp? MeshDate { get; init; }

    /// <summary>The date the citation record was created (CRDT).</summary>
    public Timestamp? CreateDate { get; init; }

    /// <summary>The date the PMC copy becomes or became public (PMCR).</summary>
    public Timestamp? PmcReleaseDate { get; init; }

    /// <summary>The publication history (PHST): received, accepted, epublish, entrez, pubmed, medline… with their dates.</summary>
    public IReadOnlyList<HistoryDate> History { get; init => field = value ?? []; } = [];

    /// <summary>The journal (JT, TA, JID, IS, VI, IP, PL), when the record has any of them.</summary>
    public Journal? Journal { get; init; }

    /// <summary>The pagination (PG) as printed, with first and last page.</summary>
    public Pagination? Pagination { get; init; }

    /// <summary>The source (SO): the composite citation string.</summary>
    public string? Source { get; init; }

    /// <summary>The title (TI).</summary>
    public string? Title { get; init; }

    /// <summary>The title in the original language (TT).</summary>
    public string? VernacularTitle { get; init; }

    /// <summary>The abstract (AB) with its sections and copyright (CI).</summary>
    public Abstract? Abstract { get; init; }

    /// <summary>Other abstracts (OAB) with their type and language (OABL).</summary>
    public IReadOnlyList<OtherAbstract> OtherAbstracts { get; init => field = value ?? []; } = [];

    /// <summary>Other copyright statements (OCI).</summary>
    public IReadOnlyList<string> OtherCopyrights { get; init => field = value ?? []; } = [];

    /// <summary>The conflict of interest statement (COIS, or COI).</summary>
    public string? ConflictOfInterest { get; init; }

    /// <summary>General notes (GN).</summary>
    public IReadOnlyList<string> GeneralNotes { get; init => field = value ?? []; } = [];

    /// <summary>The number of references (RF), as written.</summary>
    public string? NumberOfReferences { get; init; }

    /// <summary>The languages (LA): <c>eng</c>, <c>fre</c>….</summary>
    public IReadOnlyList<string> Languages { get; init => field = value ?? []; } = [];

    /// <summary>The publication types (PT): <c>Journal Article</c>, <c>Review</c>, <c>Retracted Publication</c>….</summary>
    public IReadOnlyList<string> PublicationTypes { get; init => field = value ?? []; } = [];

    /// <summary>The authors (FAU/AU with AUID and AD) in byline order.</summary>
    public IReadOnlyList<Author> Authors { get; init => field = value ?? []; } = [];

    /// <summary>Whether the author list ends with <c>et al.</c>: older records list only the first authors.</summary>
    public bool AuthorListIncomplete { get; init; }

    /// <summary>The corporate authors (CN) with their byline positions, affiliations and identifiers.</summary>
    public IReadOnlyList<CorporateAuthor> CorporateAuthors { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Affiliations that precede every author in the record (some old or third-party files); an AD after the first
    /// author belongs to that author.
    /// </summary>
    public IReadOnlyList<string> Affiliations { get; init => field = value ?? []; } = [];

    /// <summary>The investigators (FIR/IR with AUID and IRAD), kept apart from the authors.</summary>
    public IReadOnlyList<Author> Investigators { get; init => field = value ?? []; } = [];

    /// <summary>The editors of a book (FED/ED).</summary>
    public IReadOnlyList<Author> Editors { get; init => field = value ?? []; } = [];

    /// <summary>Persons the article is about (FPS/PS).</summary>
    public IReadOnlyList<Author> PersonalNameSubjects { get; init => field = value ?? []; } = [];

    /// <summary>The MeSH headings (MH) with their qualifiers and major-topic flags.</summary>
    public IReadOnlyList<MeshHeading> MeshHeadings { get; init => field = value ?? []; } = [];

    /// <summary>The chemicals and enzymes (RN) with registry number and name.</summary>
    public IReadOnlyList<Chemical> Chemicals { get; init => field = value ?? []; } = [];

    /// <summary>Supplementary concept names (NM).</summary>
    public IReadOnlyList<string> SupplementaryConcepts { get; init => field = value ?? []; } = [];

    /// <summary>Keywords (OT) with the owner of their list (OTO).</summary>
    public IReadOnlyList<Keyword> Keywords { get; init => field = value ?? []; } = [];

    /// <summary>Citation subsets (SB): <c>IM</c>, <c>AIM</c>….</summary>
    public IReadOnlyList<string> Subsets { get; init => field = value ?? []; } = [];

    /// <summary>Secondary source identifiers (SI): trial registrations, databank accessions.</summary>
    public IReadOnlyList<SecondarySourceId> SecondarySourceIds { get; init => field = value ?? []; } = [];

    /// <summary>Gene symbols (GS; 1991–1996 citations).</summary>
    public IReadOnlyList<string> GeneSymbols { get; init => field = value ?? []; } = [];

    /// <summary>Grants (GR) with number, acronym, agency and country.</summary>
    public IReadOnlyList<Grant> Grants { get; init => field = value ?? []; } = [];

    /// <summary>Space flight missions (SFM).</summary>
    public IReadOnlyList<string> SpaceFlightMissions { get; init => field = value ?? []; } = [];

    /// <summary>Links to comments, errata, retractions, updates, expressions of concern, datasets (CON…DRIN).</summary>
    public IReadOnlyList<CommentCorrection> CommentsCorrections { get; init => field = value ?? []; } = [];

    /// <summary>Whether the article is retracted: publication type <c>Retracted Publication</c> or a retraction link (RIN).</summary>
    public bool IsRetracted { get; init; }

    /// <summary>Whether an erratum was published for the article (EIN).</summary>
    public bool HasErratum { get; init; }

    /// <summary>Whether an expression of concern exists for the article (ECI).</summary>
    public bool HasExpressionOfConcern { get; init; }

    /// <summary>Book and chapter data (BTI, CTI, VTI, CP, EN, ISBN, PB, CTDT, DRDT), for Bookshelf records.</summary>
    public Book? Book { get; init; }

    /// <summary>
    /// Whether the record was recovered from text that lost its line breaks (<see cref="MedlineRecord.IsRecovered"/>):
    /// its fields were split at the tags one line held, so it is worth checking against the source. Written to JSON
    /// only when <see langword="true"/>.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsRecovered { get; init; }

    /// <summary>Fields with no place in the model, kept as read: unknown and legacy tags, malformed lines, unparsable values.</summary>
    public IReadOnlyList<OtherField> OtherFields { get; init => field = value ?? []; } = [];

    /// <summary>The reader's and the value grammars' diagnostics for this citation, in source order.</summary>
    [JsonIgnore]
    public IReadOnlyList<MedlineDiagnostic> Diagnostics { get; init => field = value ?? []; } = [];

    /// <summary>The lossless record the citation was built from; <see langword="null"/> for a citation built in code or read from JSON.</summary>
    [JsonIgnore]
    public MedlineRecord? Record { get; init; }

    /// <summary>Builds the typed citation of a record. Never throws for bad values: see <see cref="Diagnostics"/>.</summary>
    /// <param name="record">A record read by <see cref="MedlineReader"/>.</param>
    public static MedlineCitation FromRecord(MedlineRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return CitationBuilder.Build(record);
    }
}
