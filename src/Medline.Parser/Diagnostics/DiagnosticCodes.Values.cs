namespace Medline.Parser;

// MED2xxx: problems found while parsing one field value into a typed value. The text is always kept raw; the
// position of such a diagnostic is the field's position plus the 0-based offset within the joined value.
public static partial class DiagnosticCodes
{
    /// <summary>
    /// Warning: a publication date (DP) that has no recognisable year; the value is kept raw, with no year.
    /// Dates that start with a year but continue as free text (<c>1962 Christmas</c>) are <see cref="FreeTextDate"/>.
    /// </summary>
    public const string InvalidDate = "MED2001";

    /// <summary>
    /// Warning: a date whose parts are well formed but name no calendar day (<c>1999 Apr 31</c>,
    /// <c>20200230</c>). DP keeps its year, month and day; compact dates and timestamps are kept raw.
    /// </summary>
    public const string InvalidCalendarDate = "MED2002";

    /// <summary>
    /// Warning: a timestamp (EDAT, MHDA, CRDT, PMCR, CDAT, the date of a PHST line) or compact date (DCOM, LR, DA,
    /// DEP, CTDT, DRDT) that is not <c>YYYY/MM/DD[ HH:MM]</c> or <c>YYYYMMDD</c>/<c>YYYYMM</c>; kept raw.
    /// </summary>
    public const string InvalidTimestamp = "MED2003";

    /// <summary>
    /// Warning: a bracket-typed identifier (AID, LID) or PHST value whose <c>[type]</c> is malformed or that is
    /// empty; kept raw.
    /// </summary>
    public const string InvalidIdentifier = "MED2004";

    /// <summary>Info: an IS value that is not <c>NNNN-NNNC (Kind)</c> (a book's ISBN, a bare number); kept raw.</summary>
    public const string InvalidIssn = "MED2005";

    /// <summary>Warning: an ISSN whose check character does not match its first seven digits.</summary>
    public const string IssnChecksum = "MED2006";

    /// <summary>Warning: an ORCID author identifier that is not 16 digits (the last may be <c>X</c>); kept raw.</summary>
    public const string InvalidOrcid = "MED2007";

    /// <summary>Warning: an ORCID whose ISO 7064 mod 11-2 check character does not match.</summary>
    public const string OrcidChecksum = "MED2008";

    /// <summary>Error: an MH value with an empty descriptor or qualifier or a misplaced <c>*</c>; kept raw.</summary>
    public const string InvalidMeshHeading = "MED2009";

    /// <summary>
    /// Error: an empty RN value; kept raw. Info: a bare registry number without its <c>(name)</c>, typed with no name.
    /// </summary>
    public const string InvalidChemical = "MED2010";

    /// <summary>Error: a GR value without an agency (empty); kept raw.</summary>
    public const string InvalidGrant = "MED2011";

    /// <summary>Warning: an author, investigator, editor or subject name that is empty or cannot be split; kept raw.</summary>
    public const string InvalidPersonName = "MED2012";

    /// <summary>Info: an AU/IR value <c>et al.</c>, which marks a truncated author list rather than a person.</summary>
    public const string TruncatedAuthorList = "MED2013";

    /// <summary>Error: an empty comment/correction value (CIN, CON, EIN, ...); kept raw.</summary>
    public const string InvalidCommentCorrection = "MED2014";

    /// <summary>Warning: an empty PG value or one without a first page; kept raw.</summary>
    public const string InvalidPagination = "MED2015";

    /// <summary>Warning: an SI value without the <c>databank/accession</c> slash, or an empty OID/OAB value; kept raw.</summary>
    public const string InvalidOtherIdentifier = "MED2016";

    /// <summary>Error: a PMID that is not digits only (empty, letters, spaces); kept in <see cref="MedlineCitation.OtherFields"/>.</summary>
    public const string InvalidPmid = "MED2017";

    /// <summary>
    /// Info: a DP value that has a year but whose rest is not a date: NLM's free-text dates (<c>1978 1st Quart</c>)
    /// and wrong ones (<c>2020 Foo 99</c>) alike; typed with its year only, precision <c>FreeText</c>.
    /// </summary>
    public const string FreeTextDate = "MED2018";

    /// <summary>
    /// Warning: a value outside the closed shape of its tag (PMC, JID, RF, LA, OABL, PST, STAT, OWN, PUBM, SB); kept
    /// in <see cref="MedlineCitation.OtherFields"/>, no property set.
    /// </summary>
    public const string UnexpectedValue = "MED2019";

    /// <summary>
    /// Warning: a tag that needs a value has none (<c>TI  -</c>, <c>PT  -</c>, <c>BTI -</c>); no property or list
    /// item is made (nor an <see cref="MedlineCitation.OtherFields"/> entry: the line stays in the record).
    /// </summary>
    public const string EmptyValue = "MED2020";

    /// <summary>
    /// Warning: an ISBN that is not 10 or 13 digits (kept in <see cref="MedlineCitation.OtherFields"/>) or whose check
    /// digit does not match (typed and reported).
    /// </summary>
    public const string InvalidIsbn = "MED2021";
}
