namespace Medline.Parser;

/// <summary>
/// What a tag's values look like, coarsely: enough to tell a real field start (<c>DCOM- 20200824</c>) from text that
/// only looks like one (<c>… the IS - …</c> inside an abstract) when a line that lost its breaks is split. The full
/// grammars are in Grammar/; these are the cheap necessary conditions the splitter checks.
/// </summary>
internal enum ValueShape : byte
{
    /// <summary>Never a split point: legacy MEDLARS tags (<c>CA</c>, <c>MR</c>, <c>ID</c>…) are common words in text.</summary>
    None,

    /// <summary>ASCII digits only (PMID, RF).</summary>
    Digits,

    /// <summary>One word (OWN, STAT, PST, SB, OTO, MID, JID…).</summary>
    Token,

    /// <summary><c>PMC</c> and digits.</summary>
    PmcId,

    /// <summary><c>YYYYMMDD</c> (or <c>YYYYMM</c>).</summary>
    CompactDate,

    /// <summary><c>YYYY/MM/DD</c>, optionally <c> HH:MM</c>.</summary>
    Timestamp,

    /// <summary>A timestamp and <c>[status]</c> (PHST).</summary>
    History,

    /// <summary>An ISSN or ISBN with an optional kind: a few words, the first with digits.</summary>
    Issn,

    /// <summary>A publication date: a year first (DP).</summary>
    Year,

    /// <summary>Three letters (LA, OABL).</summary>
    Language,

    /// <summary>An identifier with <c>[type]</c>, or one word (AID, LID).</summary>
    Location,

    /// <summary><c>SOURCE: id</c> (AUID).</summary>
    AuthorId,

    /// <summary>A short person name (<c>Liang B</c>): a few words, no sentence punctuation.</summary>
    ShortName,

    /// <summary>A full person name (<c>Liang, Bing</c>): a few words, no sentence punctuation.</summary>
    FullName,

    /// <summary>Free text of at most 40 characters (VI, IP).</summary>
    Short,

    /// <summary>Free text of at most 160 characters (PG, PT, PL…).</summary>
    Line,

    /// <summary>Free text of at most 1,000 characters (journal titles, MeSH headings, grants, links…).</summary>
    Long,

    /// <summary>Free text of any length (TI, AB, AD, CI…).</summary>
    Free,
}
