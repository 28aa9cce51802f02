namespace Medline.Parser.Model;

/// <summary>
/// A substance (RN): <c>W0B22ISQ1C (Thymalfasin)</c>, <c>0 (Anti-Bacterial Agents)</c>,
/// <c>EC 3.4.21.68 (PLAT protein, human)</c>; also a bare supplementary concept name without a number, or a bare
/// registry number without a name.
/// </summary>
public sealed record Chemical
{
    /// <summary>
    /// The value as written. When not given (a value built in code), it is formatted from the parts as PubMed writes
    /// them, so a value always has the text the MEDLINE writer writes for it.
    /// </summary>
    public string Raw { get => field ??= Grammar.FieldGrammar.Format(this); init; }

    /// <summary>The UNII, CAS or EC number (<c>0</c> when NLM has none), or <see langword="null"/> for a bare name.</summary>
    public string? RegistryNumber { get; init; }

    /// <summary>The substance name, or <see langword="null"/> for a bare registry number.</summary>
    public string? Name { get; init; }

    /// <summary>Equal text as written (or formatted) and equal parts.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(Chemical? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Raw, other.Raw, StringComparison.Ordinal) &&
             RegistryNumber == other.RegistryNumber &&
             Name == other.Name));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Raw, RegistryNumber, Name);
}
