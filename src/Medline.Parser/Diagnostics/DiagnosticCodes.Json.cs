namespace Medline.Parser;

// MED4xxx: problems found while reading our own JSON back (MedlineJsonReader). The position is in the JSON text
// (1-based line and column, in characters) and the message names the JSON path ($[3].authors[0].lastName).
public static partial class DiagnosticCodes
{
    /// <summary>
    /// Error: the text is not JSON here (a missing comma or quote, an unclosed object or array, text after the end);
    /// the object it is in is skipped and reading goes on with the next one.
    /// </summary>
    public const string JsonSyntax = "MED4001";

    /// <summary>
    /// Error: a JSON value of the wrong kind for its property (a number where a string is expected, an enum name that
    /// does not exist, a date that is not ISO 8601, an array element that is not an object); the object is skipped.
    /// </summary>
    public const string JsonInvalidValue = "MED4002";

    /// <summary>Warning: a property our schema does not have; its value is not read (it would be lost).</summary>
    public const string JsonUnknownProperty = "MED4003";

    /// <summary>Error: an object lacks a property it cannot do without (a MeSH heading without its descriptor); it is skipped.</summary>
    public const string JsonMissingProperty = "MED4004";

    /// <summary>
    /// Error: a value of the right kind that cannot be what its property says: its parts disagree with its <c>raw</c>
    /// text, or the grammar of its MEDLINE field refuses that text (a PMID that is not digits, a history entry that is
    /// not a date, a month 13), or a person has no name. Reported at the object's start with the value's JSON path; the
    /// object is skipped.
    /// </summary>
    public const string JsonValueMismatch = "MED4005";
}
