namespace Medline.Parser.Model;

/// <summary>Which medium an <see cref="Issn"/> belongs to.</summary>
public enum IssnType
{
    /// <summary>No or an unknown kind is given, or the value is not an ISSN (a book's ISBN).</summary>
    Unknown,

    /// <summary><c>(Print)</c>.</summary>
    Print,

    /// <summary><c>(Electronic)</c>.</summary>
    Electronic,

    /// <summary><c>(Linking)</c>: the ISSN-L that links all media versions.</summary>
    Linking,
}

/// <summary>An IS value: <c>1536-5964 (Electronic)</c>.</summary>
public sealed record Issn
{
    /// <summary>
    /// The value as written. When not given (a value built in code), it is formatted from the parts as PubMed writes
    /// them, so a value always has the text the MEDLINE writer writes for it.
    /// </summary>
    public string Raw { get => field ??= Grammar.FieldGrammar.Format(this); init; }

    /// <summary>The ISSN (<c>1536-5964</c>), or the whole value when it is not an ISSN.</summary>
    public required string Value { get; init; }

    /// <summary>The medium named in the parentheses.</summary>
    public IssnType Type { get; init; }

    /// <summary><see langword="true"/> when <see cref="Value"/> is an ISSN whose mod-11 check character is right.</summary>
    public bool IsValidChecksum => Grammar.FieldGrammar.IsValidIssnChecksum(Value);

    /// <summary>Equal text as written (or formatted) and equal parts.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(Issn? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Raw, other.Raw, StringComparison.Ordinal) &&
             Value == other.Value &&
             Type == other.Type));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Raw, Value, Type);
}
