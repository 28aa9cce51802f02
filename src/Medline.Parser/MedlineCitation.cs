using System.Diagnostics.CodeAnalysis;
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
/// Build one with <see cref="FromRecord"/> or in code with <see cref="Build"/>, or read many with <see cref="MedlineReader.ReadCitations"/>. Lists are never
/// <see langword="null"/> (empty when absent); single values are <see langword="null"/> when absent. Values a grammar
/// cannot parse are kept as written in <see cref="OtherFields"/> with a diagnostic in <see cref="Diagnostics"/>.
/// Two citations with the same content are equal (lists compare item by item); where a citation came from
/// (<see cref="Record"/>, <see cref="Diagnostics"/>, <see cref="IsRecovered"/>) takes no part in equality.
/// </remarks>
public sealed record MedlineCitation
{
    /// <summary>The PubMed identifier (PMID), as written; <see langword="null"/> for ERIC and some PMC records.</summary>
    public string? Pmid { get; init; }

    /// <summary>The PubMed Central identifier (PMC), such as <c>PMC7402800</c>.</summary>
    public string? PmcId { get; init; }

    /// <summary>
    /// The DOI: the first article identifier (AID) of type <c>doi</c>, else the first such location identifier (LID);
    /// taken by type, never by position, and derived, so it always agrees with the identifiers.
    /// </summary>
    public string? Doi => FindDoi(ArticleIds) ?? FindDoi(LocationIds);

    /// <summary>The article identifiers (AID) in record order: DOI, PII, book accession….</summary>
    [AllowNull]
    public IReadOnlyList<ArticleIdentifier> ArticleIds { get; init => field = ValueList<ArticleIdentifier>.From(value); } = ValueList<ArticleIdentifier>.Empty;

    /// <summary>The location identifiers (LID) in record order: an electronic location used instead of pages.</summary>
    [AllowNull]
    public IReadOnlyList<ArticleIdentifier> LocationIds { get; init => field = ValueList<ArticleIdentifier>.From(value); } = ValueList<ArticleIdentifier>.Empty;

    /// <summary>Author-manuscript identifiers (MID): <c>NIHMS1773706</c>.</summary>
    [AllowNull]
    public IReadOnlyList<string> ManuscriptIds { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Other identifiers (OID): <c>NLM: PMC38908</c>, ERIC's <c>ED189449</c>.</summary>
    [AllowNull]
    public IReadOnlyList<OtherId> OtherIds { get; init => field = ValueList<OtherId>.From(value); } = ValueList<OtherId>.Empty;

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
    [AllowNull]
    public IReadOnlyList<HistoryDate> History { get; init => field = ValueList<HistoryDate>.From(value); } = ValueList<HistoryDate>.Empty;

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
    [AllowNull]
    public IReadOnlyList<OtherAbstract> OtherAbstracts { get; init => field = ValueList<OtherAbstract>.From(value); } = ValueList<OtherAbstract>.Empty;

    /// <summary>Other copyright statements (OCI).</summary>
    [AllowNull]
    public IReadOnlyList<string> OtherCopyrights { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The conflict of interest statement (COIS, or COI).</summary>
    public string? ConflictOfInterest { get; init; }

    /// <summary>General notes (GN).</summary>
    [AllowNull]
    public IReadOnlyList<string> GeneralNotes { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The number of references (RF), as written.</summary>
    public string? NumberOfReferences { get; init; }

    /// <summary>The languages (LA): <c>eng</c>, <c>fre</c>….</summary>
    [AllowNull]
    public IReadOnlyList<string> Languages { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The publication types (PT): <c>Journal Article</c>, <c>Review</c>, <c>Retracted Publication</c>….</summary>
    [AllowNull]
    public IReadOnlyList<string> PublicationTypes { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The authors (FAU/AU with AUID and AD) in byline order.</summary>
    [AllowNull]
    public IReadOnlyList<Author> Authors { get; init => field = ValueList<Author>.From(value); } = ValueList<Author>.Empty;

    /// <summary>Whether the author list ends with <c>et al.</c>: older records list only the first authors.</summary>
    public bool AuthorListIncomplete { get; init; }

    /// <summary>The corporate authors (CN) with their byline positions, affiliations and identifiers.</summary>
    [AllowNull]
    public IReadOnlyList<CorporateAuthor> CorporateAuthors { get; init => field = ValueList<CorporateAuthor>.From(value); } = ValueList<CorporateAuthor>.Empty;

    /// <summary>
    /// Affiliations that precede every author in the record (some old or third-party files); an AD after the first
    /// author belongs to that author.
    /// </summary>
    [AllowNull]
    public IReadOnlyList<string> Affiliations { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The investigators (FIR/IR with AUID and IRAD), kept apart from the authors.</summary>
    [AllowNull]
    public IReadOnlyList<Author> Investigators { get; init => field = ValueList<Author>.From(value); } = ValueList<Author>.Empty;

    /// <summary>The editors of a book (FED/ED).</summary>
    [AllowNull]
    public IReadOnlyList<Author> Editors { get; init => field = ValueList<Author>.From(value); } = ValueList<Author>.Empty;

    /// <summary>Persons the article is about (FPS/PS).</summary>
    [AllowNull]
    public IReadOnlyList<Author> PersonalNameSubjects { get; init => field = ValueList<Author>.From(value); } = ValueList<Author>.Empty;

    /// <summary>The MeSH headings (MH) with their qualifiers and major-topic flags.</summary>
    [AllowNull]
    public IReadOnlyList<MeshHeading> MeshHeadings { get; init => field = ValueList<MeshHeading>.From(value); } = ValueList<MeshHeading>.Empty;

    /// <summary>The chemicals and enzymes (RN) with registry number and name.</summary>
    [AllowNull]
    public IReadOnlyList<Chemical> Chemicals { get; init => field = ValueList<Chemical>.From(value); } = ValueList<Chemical>.Empty;

    /// <summary>Supplementary concept names (NM).</summary>
    [AllowNull]
    public IReadOnlyList<string> SupplementaryConcepts { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Keywords (OT) with the owner of their list (OTO).</summary>
    [AllowNull]
    public IReadOnlyList<Keyword> Keywords { get; init => field = ValueList<Keyword>.From(value); } = ValueList<Keyword>.Empty;

    /// <summary>Citation subsets (SB): <c>IM</c>, <c>AIM</c>….</summary>
    [AllowNull]
    public IReadOnlyList<string> Subsets { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Secondary source identifiers (SI): trial registrations, databank accessions.</summary>
    [AllowNull]
    public IReadOnlyList<SecondarySourceId> SecondarySourceIds { get; init => field = ValueList<SecondarySourceId>.From(value); } = ValueList<SecondarySourceId>.Empty;

    /// <summary>Gene symbols (GS; 1991–1996 citations).</summary>
    [AllowNull]
    public IReadOnlyList<string> GeneSymbols { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Grants (GR) with number, acronym, agency and country.</summary>
    [AllowNull]
    public IReadOnlyList<Grant> Grants { get; init => field = ValueList<Grant>.From(value); } = ValueList<Grant>.Empty;

    /// <summary>Space flight missions (SFM).</summary>
    [AllowNull]
    public IReadOnlyList<string> SpaceFlightMissions { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Links to comments, errata, retractions, updates, expressions of concern, datasets (CON…DRIN).</summary>
    [AllowNull]
    public IReadOnlyList<CommentCorrection> CommentsCorrections { get; init => field = ValueList<CommentCorrection>.From(value); } = ValueList<CommentCorrection>.Empty;

    /// <summary>
    /// Whether the article is retracted: publication type <c>Retracted Publication</c> or a retraction link (RIN);
    /// derived from those, so it always agrees with them.
    /// </summary>
    public bool IsRetracted => HasLink(CommentCorrectionType.RetractionIn) || HasPublicationType("Retracted Publication");

    /// <summary>Whether an erratum was published for the article: an <c>ErratumIn</c> link (EIN).</summary>
    public bool HasErratum => HasLink(CommentCorrectionType.ErratumIn);

    /// <summary>Whether an expression of concern exists for the article: an <c>ExpressionOfConcernIn</c> link (ECI).</summary>
    public bool HasExpressionOfConcern => HasLink(CommentCorrectionType.ExpressionOfConcernIn);

    /// <summary>Book and chapter data (BTI, CTI, VTI, CP, EN, ISBN, PB, CTDT, DRDT), for Bookshelf records.</summary>
    public Book? Book { get; init; }

    /// <summary>
    /// Whether the record was recovered from text that lost its line breaks (<see cref="MedlineRecord.IsRecovered"/>):
    /// its fields were split at the tags one line held, so it is worth checking against the source. Written to JSON
    /// only when <see langword="true"/>.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsRecovered { get => _origin.IsRecovered; init => _origin = _origin with { IsRecovered = value }; }

    /// <summary>Fields with no place in the model, kept as read: unknown and legacy tags, malformed lines, unparsable values.</summary>
    [AllowNull]
    public IReadOnlyList<OtherField> OtherFields { get; init => field = ValueList<OtherField>.From(value); } = ValueList<OtherField>.Empty;

    /// <summary>The reader's and the value grammars' diagnostics for this citation, in source order.</summary>
    [JsonIgnore]
    public IReadOnlyList<MedlineDiagnostic> Diagnostics
    {
        get => _origin.Diagnostics;
        init => _origin = _origin with { Diagnostics = value ?? ValueList<MedlineDiagnostic>.Empty };
    }

    /// <summary>The lossless record the citation was built from; <see langword="null"/> for a citation built in code or read from JSON.</summary>
    [JsonIgnore]
    public MedlineRecord? Record { get => _origin.Record; init => _origin = _origin with { Record = value }; }

    // Where the citation came from (its record, the diagnostics of reading it, whether it was recovered) is provenance,
    // not content: it lives in one field whose equality always holds, so that equal content means equal citations.
    private Origin _origin = Origin.None;

    /// <summary>All of the provenance at once (the mapper's one allocation instead of a copy per property).</summary>
    internal (MedlineRecord? Record, IReadOnlyList<MedlineDiagnostic> Diagnostics, bool IsRecovered) Provenance
    {
        init => _origin = new Origin(value.Record, value.Diagnostics, value.IsRecovered);
    }

    /// <summary>Builds the typed citation of a record. Never throws for bad values: see <see cref="Diagnostics"/>.</summary>
    /// <param name="record">A record read by <see cref="MedlineReader"/>.</param>
    public static MedlineCitation FromRecord(MedlineRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return CitationBuilder.Build(record);
    }

    /// <summary>Starts building a citation in code: <c>MedlineCitation.Build("32756149").Title("…").Build()</c>.</summary>
    /// <param name="pmid">The PMID (digits only).</param>
    public static Building.MedlineCitationBuilder Build(string pmid) => new Building.MedlineCitationBuilder().Pmid(pmid);

    // Index loops: these are read for every citation written, and an enumerator over a list interface is an object.
    private static string? FindDoi(IReadOnlyList<ArticleIdentifier> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i].Type, "doi", StringComparison.OrdinalIgnoreCase))
            {
                return ids[i].Value;
            }
        }

        return null;
    }

    private bool HasLink(CommentCorrectionType type)
    {
        var links = CommentsCorrections;
        for (var i = 0; i < links.Count; i++)
        {
            if (links[i].Type == type)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPublicationType(string type)
    {
        var types = PublicationTypes;
        for (var i = 0; i < types.Count; i++)
        {
            if (string.Equals(types[i], type, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Origin(MedlineRecord? Record, IReadOnlyList<MedlineDiagnostic> Diagnostics, bool IsRecovered)
    {
        public static readonly Origin None = new(null, ValueList<MedlineDiagnostic>.Empty, false);

        public bool Equals(Origin? other) => other is not null;

        public override int GetHashCode() => 0;
    }
}
