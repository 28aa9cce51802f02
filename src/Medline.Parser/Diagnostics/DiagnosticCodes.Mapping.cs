namespace Medline.Parser;

/// <summary>Codes <c>MED3xxx</c>: found while assembling a record's fields into a typed citation.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>
    /// Warning: a tag that occurs at most once occurs again (a second TI, DP…); the first is used and the repeat is
    /// kept in <see cref="MedlineCitation.OtherFields"/>. A second AB is appended to the abstract as a further paragraph.
    /// </summary>
    public const string RepeatedField = "MED3001";

    /// <summary>Warning: a full name and the short name paired with it (FAU/AU, FIR/IR…) differ in family name.</summary>
    public const string NameMismatch = "MED3002";

    /// <summary>
    /// Warning: a field that belongs to something before it has nothing to belong to (an AUID with no author, an IRAD
    /// with no investigator, an OABL with no OAB); kept in <see cref="MedlineCitation.OtherFields"/>.
    /// </summary>
    public const string UnattachedField = "MED3003";
}
