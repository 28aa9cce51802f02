namespace Medline.Parser.Model;

/// <summary>
/// A grant (GR), read from the right: <c>R01 CA183444/CA/NCI NIH HHS/United States</c>,
/// <c>GR072308/Wellcome Trust/United Kingdom</c>, <c>CIHR/Canada</c>.
/// </summary>
public sealed record Grant
{
    /// <summary>
    /// The value as written. When not given (a value built in code), it is formatted from the parts as PubMed writes
    /// them, so a value always has the text the MEDLINE writer writes for it.
    /// </summary>
    public string Raw { get => field ??= Grammar.FieldGrammar.Format(this); init; }

    /// <summary>The grant number, which may itself contain <c>/</c> (<c>PD/2008/1</c>), or <see langword="null"/>.</summary>
    public string? GrantId { get; init; }

    /// <summary>The institute acronym (<c>CA</c>, <c>LM</c>; NLM pads others as <c>MRC_</c>), or <see langword="null"/>.</summary>
    public string? Acronym { get; init; }

    /// <summary>The funding agency (<c>NCI NIH HHS</c>, <c>Wellcome Trust</c>).</summary>
    public required string Agency { get; init; }

    /// <summary>The agency's country when the last part names one (<c>United States</c>, <c>International</c>), or <see langword="null"/>.</summary>
    public string? Country { get; init; }

    /// <summary>Equal text as written (or formatted) and equal parts.</summary>
    /// <param name="other">The other value.</param>
    public bool Equals(Grant? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Raw, other.Raw, StringComparison.Ordinal) &&
             GrantId == other.GrantId &&
             Acronym == other.Acronym &&
             Agency == other.Agency &&
             Country == other.Country));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Raw, GrantId, Acronym, Agency, Country);
}
