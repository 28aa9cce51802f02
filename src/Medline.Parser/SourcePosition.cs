namespace Medline.Parser;

/// <summary>
/// A place in the source text: <see cref="Offset"/> is 0-based (in UTF-16 code units, after a leading byte order
/// mark is removed), <see cref="Line"/> and <see cref="Column"/> are 1-based. CRLF counts as one line break.
/// </summary>
/// <param name="Offset">0-based character offset from the start of the text.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column number.</param>
public readonly record struct SourcePosition(long Offset, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"({Line},{Column})";
}
