namespace Medline.Parser.Model;

/// <summary>An other identifier (OID): <c>NLM: PMC38908</c>, or a bare ERIC number <c>ED189449</c>.</summary>
public sealed record OtherId
{
    /// <summary>
    /// The value as written. When not given (a value built in code), it is formatted from the parts as PubMed writes
    /// them, so a value always has the text the MEDLINE writer writes for it.
    /// </summary>
    public string Raw { get => field ??= Grammar.FieldGrammar.Format(this); init; }

    /// <summary>The source before <c>: </c> (<c>NLM</c>, <c>NRCBL</c>), or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>The identifier (<c>PMC38908</c>, <c>EMS68408 [Available on 12/01/16]</c>).</summary>
    public required string Value { get; init; }

    /// <summary>Equal text as written (or formatted) and equal parts.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(OtherId? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Raw, other.Raw, StringComparison.Ordinal) &&
             Source == other.Source &&
             Value == other.Value));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Raw, Source, Value);
}
