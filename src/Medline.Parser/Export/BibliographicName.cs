namespace Medline.Parser.Export;

/// <summary>
/// A name as reference formats want it: a person's family and given names, or an organisation's literal name, never both.
/// </summary>
public sealed record BibliographicName
{
    /// <summary>The family name (<c>Liang</c>); <see langword="null"/> for an organisation.</summary>
    public string? Family { get; init; }

    /// <summary>The given names (<c>Bo</c>), or the initials spaced out (<c>J A</c>) when only initials are known.</summary>
    public string? Given { get; init; }

    /// <summary>The initials as PubMed writes them (<c>JA</c>).</summary>
    public string? Initials { get; init; }

    /// <summary>A generational suffix (<c>Jr</c>, <c>3rd</c>).</summary>
    public string? Suffix { get; init; }

    /// <summary>An organisation's whole name (<c>STRATIS Investigators</c>): a corporate author, kept as one literal.</summary>
    public string? Literal { get; init; }

    /// <summary>The person's ORCID (<c>0000-0002-9533-1384</c>), when the record gives a valid one.</summary>
    public string? Orcid { get; init; }

    /// <summary>Whether this is an organisation (<see cref="Literal"/>) rather than a person.</summary>
    public bool IsOrganization => Literal is not null;
}
