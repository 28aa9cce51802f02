namespace Medline.Parser;

/// <summary>What kind of line started a <see cref="MedlineField"/>.</summary>
public enum MedlineFieldKind
{
    /// <summary>A tag line such as <c>AU  - Liang B</c>, with its continuation lines.</summary>
    Tagged,

    /// <summary>
    /// A line that is neither a tag line, a continuation nor blank (<c>SO  invalid line</c>, a stray sentence). It
    /// is kept in order with an empty <see cref="MedlineField.Tag"/> and reported as <see cref="DiagnosticCodes.MalformedLine"/>.
    /// </summary>
    Malformed,

    /// <summary>
    /// Continuation lines with no tag line before them in the record, kept with an empty
    /// <see cref="MedlineField.Tag"/> and reported as <see cref="DiagnosticCodes.OrphanContinuation"/>.
    /// </summary>
    Orphan,
}
