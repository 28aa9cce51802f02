namespace Medline.Parser.Model;

/// <summary>An author identifier (AUID): <c>ORCID: 0000-0002-9533-1384</c>.</summary>
public sealed record AuthorIdentifier
{
    /// <summary>
    /// The value as written. When not given (a value built in code), it is formatted from the parts as PubMed writes
    /// them, so a value always has the text the MEDLINE writer writes for it.
    /// </summary>
    public string Raw { get => field ??= Grammar.FieldGrammar.Format(this); init; }

    /// <summary>The text before <c>: </c> (<c>ORCID</c>), or <see langword="null"/> when there is none.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// The identifier; an ORCID is normalised to <c>0000-0002-9533-1384</c> (URL prefix removed, hyphens added).
    /// </summary>
    public required string Value { get; init; }

    /// <summary>
    /// For an ORCID, <see langword="true"/> when it has 16 characters and a right ISO 7064 mod 11-2 check character;
    /// for other sources, <see langword="true"/> when the value is not empty (they have no check).
    /// </summary>
    public bool IsValid => IsOrcid ? Grammar.FieldGrammar.IsValidOrcidChecksum(Value) : Value.Length > 0;

    /// <summary>Whether the source is <c>ORCID</c> (any case).</summary>
    internal bool IsOrcid => string.Equals(Source, "ORCID", StringComparison.OrdinalIgnoreCase);

    /// <summary>Equal text as written (or formatted) and equal parts.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(AuthorIdentifier? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Raw, other.Raw, StringComparison.Ordinal) &&
             Source == other.Source &&
             Value == other.Value));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Raw, Source, Value);
}
