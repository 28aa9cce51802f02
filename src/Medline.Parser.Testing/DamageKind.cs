namespace Medline.Parser.Testing;

/// <summary>The defects <see cref="MedlineDamage"/> can put into MEDLINE text, each one that real exports suffer.</summary>
public enum DamageKind
{
    /// <summary>
    /// The blank line between two records is lost, so a <c>PMID-</c> line follows the previous record (MED1005). Only
    /// after a record that has a PMID: after one without (ERIC) the reader cannot tell, and the two records merge.
    /// </summary>
    LostBlankLine,

    /// <summary>A continuation line lost its six-space indentation and starts in column 1: a malformed line (MED1001).</summary>
    LostIndentation,

    /// <summary>A record lost its line breaks: all its fields on one line (recovered, MED1013).</summary>
    Flattened,

    /// <summary>A UTF-8 byte order mark before the text. The reader skips it: no diagnostic, by design.</summary>
    ByteOrderMark,

    /// <summary>Every line ends with CRLF. The reader reads both: no diagnostic, by design.</summary>
    CrlfLineEnds,

    /// <summary>
    /// The text is cut inside a free-text value (TI, AB, AD, CI), losing the rest of the record and the records after
    /// it, as an interrupted download does. The reader cannot tell: no diagnostic, by design.
    /// </summary>
    Truncated,

    /// <summary>A line with a tag outside the registry (<c>ZZ  -</c>) is inserted before a field (MED1006).</summary>
    UnknownTag,

    /// <summary>A DP value loses its year (MED2001), or a DCOM date is rewritten as <c>YYYY-MM-DD</c> (MED2003).</summary>
    BadDate,

    /// <summary>A digit of the PMID becomes a letter <c>O</c>, as OCR does (MED2017).</summary>
    BadPmid,

    /// <summary>A control character (NUL, BEL or SUB) is inserted into a free-text value: TI, AB, AD, CI (MED1010).</summary>
    ControlCharacter,

    /// <summary>
    /// A non-ASCII character of a free-text value (TI, AB, AD, CI) becomes U+FFFD, as when a Latin-1 export is read as
    /// UTF-8 (MED1012). Text whose free text is all ASCII has no place for it.
    /// </summary>
    ReplacementCharacter,

    /// <summary>A field that occurs once (TI, DP, VI, IP, PG, JT) is repeated on the next line (MED3001).</summary>
    RepeatedSingleton,
}
