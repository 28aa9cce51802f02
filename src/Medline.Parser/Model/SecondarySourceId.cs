namespace Medline.Parser.Model;

/// <summary>A secondary source identifier (SI): <c>ClinicalTrials.gov/NCT02239640</c>.</summary>
public sealed record SecondarySourceId
{
    /// <summary>
    /// The value as written. When not given (a value built in code), it is formatted from the parts as PubMed writes
    /// them, so a value always has the text the MEDLINE writer writes for it.
    /// </summary>
    public string Raw { get => field ??= Grammar.FieldGrammar.Format(this); init; }

    /// <summary>The databank, before the first <c>/</c> (<c>ClinicalTrials.gov</c>, <c>GEO</c>).</summary>
    public required string Databank { get; init; }

    /// <summary>The accession number, after the first <c>/</c>; it may contain <c>/</c>.</summary>
    public required string AccessionNumber { get; init; }

    /// <summary>Equal text as written (or formatted) and equal parts.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(SecondarySourceId? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Raw, other.Raw, StringComparison.Ordinal) &&
             Databank == other.Databank &&
             AccessionNumber == other.AccessionNumber));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Raw, Databank, AccessionNumber);
}
