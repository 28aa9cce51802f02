namespace Medline.Parser.Model;

/// <summary>An article or location identifier (AID, LID): <c>10.1097/MD.0000000000021429 [doi]</c>, <c>e21429 [pii]</c>.</summary>
public sealed record ArticleIdentifier
{
    /// <summary>
    /// The value as written. When not given (a value built in code), it is formatted from the parts as PubMed writes
    /// them, so a value always has the text the MEDLINE writer writes for it.
    /// </summary>
    public string Raw { get => field ??= Grammar.FieldGrammar.Format(this); init; }

    /// <summary>The identifier: the text before the last <c> [</c>, or the whole value when it has no type.</summary>
    public required string Value { get; init; }

    /// <summary>The type in the final brackets as written (<c>doi</c>, <c>pii</c>, <c>bookaccession</c>), or <see langword="null"/>.</summary>
    public string? Type { get; init; }

    /// <summary>Equal text as written (or formatted) and equal parts.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(ArticleIdentifier? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Raw, other.Raw, StringComparison.Ordinal) &&
             Value == other.Value &&
             Type == other.Type));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Raw, Value, Type);
}
