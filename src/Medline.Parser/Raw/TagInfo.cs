using Medline.Parser.Model;

namespace Medline.Parser;

/// <summary>
/// One known tag's row of the registry (<see cref="MedlineTags"/>): everything the tokenizer, the mapper, the writer,
/// the JSON names and docs/mapping.md know about the tag.
/// </summary>
/// <param name="Tag">The tag.</param>
/// <param name="Name">The tag as written (<c>PMID</c>, <c>AU</c>).</param>
/// <param name="Repeatable">Whether a record may hold it more than once (format §2, column "Rep").</param>
/// <param name="Order">Its place in PubMed's usual field order (format §1.5; tags of one block share a number; legacy tags 255).</param>
/// <param name="Shape">The coarse shape of its values, by which a field start is told from quoted text (Tokenizing/FlattenedLine).</param>
/// <param name="Kind">What its value is read as (the grammar of Grammar/ that parses it).</param>
/// <param name="MapsTo">The model property it fills; the mapper dispatches on it.</param>
/// <param name="LinkType">For the comment/correction tags, the link type it stands for.</param>
internal readonly record struct TagInfo(
    MedlineTag Tag,
    string Name,
    bool Repeatable,
    byte Order,
    ValueShape Shape,
    ValueKind Kind,
    TagTarget MapsTo,
    CommentCorrectionType? LinkType = null);

/// <summary>What a tag's value is read as: which grammar parses it (docs/mapping.md, column "value").</summary>
internal enum ValueKind : byte
{
    /// <summary>Kept as written, not parsed (legacy and unmapped tags).</summary>
    Raw,

    /// <summary>Text, any non-empty value.</summary>
    Text,

    /// <summary>A PubMed identifier: digits.</summary>
    Pmid,

    /// <summary><c>PMC</c> and digits.</summary>
    PmcId,

    /// <summary>A code from a closed set (OWN, STAT, PST, PUBM, SB).</summary>
    Code,

    /// <summary><c>YYYYMMDD</c>.</summary>
    CompactDate,

    /// <summary><c>YYYY/MM/DD HH:MM</c>.</summary>
    Timestamp,

    /// <summary>A timestamp and its <c>[status]</c>.</summary>
    HistoryDate,

    /// <summary>A publication date: year, season, month, day, ranges.</summary>
    PublicationDate,

    /// <summary>An identifier with its <c>[type]</c>.</summary>
    ArticleId,

    /// <summary><c>SOURCE: id</c>.</summary>
    OtherId,

    /// <summary>An ISSN with its kind.</summary>
    Issn,

    /// <summary>An ISBN.</summary>
    Isbn,

    /// <summary>The journal's NLM unique identifier.</summary>
    NlmId,

    /// <summary>Pages: first and last.</summary>
    Pagination,

    /// <summary>Other abstract: <c>[type]</c> and text.</summary>
    OtherAbstract,

    /// <summary>A three-letter language code.</summary>
    Language,

    /// <summary>A count of references.</summary>
    Count,

    /// <summary>A person's full name, <c>Last, First</c>.</summary>
    FullName,

    /// <summary>A person's short name, <c>Last FM</c>.</summary>
    ShortName,

    /// <summary>An author identifier, <c>ORCID: …</c>.</summary>
    AuthorId,

    /// <summary>A MeSH heading with its qualifiers and stars.</summary>
    MeshHeading,

    /// <summary>A keyword, <c>*</c> for a major topic.</summary>
    Keyword,

    /// <summary>A registry number and name.</summary>
    Chemical,

    /// <summary>A databank and accession number.</summary>
    SecondarySourceId,

    /// <summary>A grant: number, acronym, agency, country.</summary>
    Grant,

    /// <summary>A link to another item: source and <c>PMID: n</c>.</summary>
    CommentCorrection,
}

/// <summary>
/// The model property a tag fills. A member's name is the property's path from <see cref="MedlineCitation"/>, its
/// segments joined by <c>_</c> (<c>Journal_Issns</c> is <c>Journal.Issns</c>); <see cref="MedlineTags"/> derives the
/// path and the JSON name from it, and a test checks that every path names a real property.
/// </summary>
internal enum TagTarget : byte
{
    OtherFields,
    Pmid,
    PmcId,
    ArticleIds,
    LocationIds,
    ManuscriptIds,
    OtherIds,
    Owner,
    Status,
    PublicationStatus,
    PublishingModel,
    PublicationDate,
    DateCompleted,
    DateRevised,
    DateCreated,
    ElectronicPublicationDate,
    EntrezDate,
    MeshDate,
    CreateDate,
    PmcReleaseDate,
    History,
    Journal_Title,
    Journal_Abbreviation,
    Journal_NlmId,
    Journal_Issns,
    Journal_Volume,
    Journal_Issue,
    Journal_Country,
    Pagination,
    Source,
    Title,
    VernacularTitle,
    Abstract_Text,
    Abstract_Copyright,
    OtherAbstracts,
    OtherAbstracts_Language,
    OtherCopyrights,
    ConflictOfInterest,
    GeneralNotes,
    NumberOfReferences,
    Languages,
    PublicationTypes,
    Authors_FullName,
    Authors_ShortName,
    Authors_Identifiers,
    Authors_Affiliations,
    CorporateAuthors_Name,
    Investigators_FullName,
    Investigators_ShortName,
    Investigators_Affiliations,
    Editors_FullName,
    Editors_ShortName,
    PersonalNameSubjects_FullName,
    PersonalNameSubjects_ShortName,
    MeshHeadings,
    Chemicals,
    SupplementaryConcepts,
    Keywords,
    Keywords_Owner,
    Subsets,
    SecondarySourceIds,
    GeneSymbols,
    Grants,
    SpaceFlightMissions,
    CommentsCorrections,
    Book_Title,
    Book_CollectionTitles,
    Book_VolumeTitle,
    Book_Chapter,
    Book_Edition,
    Book_Isbns,
    Book_Publisher,
    Book_ContributionDate,
    Book_DateRevised,
}
