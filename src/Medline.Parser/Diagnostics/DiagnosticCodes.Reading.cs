namespace Medline.Parser;

/// <summary>
/// The stable codes of every <see cref="MedlineDiagnostic"/>. Codes never change meaning once published:
/// <c>MED1xxx</c> come from reading lines and records, <c>MED2xxx</c> from parsing values into typed citations.
/// </summary>
public static partial class DiagnosticCodes
{
    /// <summary>Error: a line that is neither a tag line, a continuation nor blank. Its text is kept.</summary>
    public const string MalformedLine = "MED1001";

    /// <summary>Error: a continuation line with no tag line before it in the record. Its text is kept.</summary>
    public const string OrphanContinuation = "MED1002";

    /// <summary>Warning: a continuation line indented otherwise than with six spaces (a tab, or fewer spaces).</summary>
    public const string IrregularIndent = "MED1003";

    /// <summary>Warning: a tag line whose hyphen stands in column 6 instead of 5 (<c>ISSN -</c>), or with no space after it.</summary>
    public const string IrregularTagLine = "MED1004";

    /// <summary>Warning: a <c>PMID-</c> line not preceded by a blank line; a new record is started there.</summary>
    public const string MissingRecordSeparator = "MED1005";

    /// <summary>Info: a tag that is not in the known-tag registry; the field is kept as it is.</summary>
    public const string UnknownTag = "MED1006";

    /// <summary>Warning: a record without a <c>PMID</c> field (ERIC and other non-PubMed exports).</summary>
    public const string MissingPmid = "MED1007";

    /// <summary>Info: a record whose first field is not <c>PMID</c> (PMC and ERIC exports).</summary>
    public const string RecordNotStartingWithPmid = "MED1008";

    /// <summary>Error: a record longer than <see cref="MedlineReaderOptions.MaxRecordLength"/>; it is split there.</summary>
    public const string RecordTooLong = "MED1009";

    /// <summary>Error: the input contains a NUL or other control character that text never holds (a binary file?).</summary>
    public const string ControlCharacter = "MED1010";

    /// <summary>
    /// Warning: the input holds no record at all (it is empty or only blank lines). The reader yields nothing; the
    /// CLI reports this code at <c>(1,1)</c> of such an input.
    /// </summary>
    public const string EmptyInput = "MED1011";

    /// <summary>
    /// Warning: a U+FFFD replacement character in the text, reported once per line at its first place: bytes that
    /// were not valid UTF-8 (a Latin-1 or Windows-1252 export read as UTF-8), or text damaged before it was exported.
    /// The character is kept as it is.
    /// </summary>
    public const string ReplacementCharacter = "MED1012";

    /// <summary>
    /// Warning: a record recovered from a line that held the starts of several fields (its line breaks were lost):
    /// the line was split back into fields at the tags it holds. Reported once per recovered record, at its start.
    /// </summary>
    public const string RecoveredRecord = "MED1013";

    /// <summary>
    /// Error: a line holds the starts of several fields (its line breaks were lost) and
    /// <see cref="MedlineReaderOptions.RecoverFlattenedRecords"/> is off, so it is read as one value.
    /// </summary>
    public const string FieldsRunTogether = "MED1014";
}
