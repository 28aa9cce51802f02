namespace Medline.Parser.Model;

/// <summary>
/// A field the typed model has no place for, kept as it was read: an unknown or legacy tag, a malformed line, a
/// repeated single-valued tag, or a value its grammar could not parse.
/// </summary>
/// <param name="Tag">The tag as written; empty for a malformed or orphan line.</param>
/// <param name="Value">The value, continuation lines joined.</param>
/// <param name="Line">The 1-based line where the field starts; where it was read, so it takes no part in equality.</param>
public sealed record OtherField(string Tag, string Value, int Line)
{
    /// <summary>Equal tag and value (the line is provenance, as a citation's record is).</summary>
    /// <param name="other">The other field.</param>
    public bool Equals(OtherField? other) =>
        other is not null && string.Equals(Tag, other.Tag, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Tag, Value);
}
