namespace Medline.Parser.Model;

/// <summary>An other abstract (OAB): <c>Publisher: Abstract available from the publisher.</c></summary>
public sealed record OtherAbstract
{
    /// <summary>
    /// The value as written. When not given (a value built in code), it is formatted from the parts as PubMed writes
    /// them, so a value always has the text the MEDLINE writer writes for it.
    /// </summary>
    public string Raw { get => field ??= Grammar.FieldGrammar.Format(this); init; }

    /// <summary>The type before <c>: </c> (<c>Publisher</c>, <c>AAMC</c>, <c>plain-language-summary</c>), or <see langword="null"/>.</summary>
    public string? Type { get; init; }

    /// <summary>The abstract text.</summary>
    public required string Text { get; init; }

    /// <summary>The language code from the following OABL line (<c>ger</c>), or <see langword="null"/>.</summary>
    public string? Language { get; init; }

    /// <summary>Equal text as written (or formatted) and equal parts.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(OtherAbstract? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Raw, other.Raw, StringComparison.Ordinal) &&
             Type == other.Type &&
             Text == other.Text &&
             Language == other.Language));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Raw, Type, Text, Language);
}
