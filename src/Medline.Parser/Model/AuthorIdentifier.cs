namespace Medline.Parser.Model;

/// <summary>An author identifier (AUID): <c>ORCID: 0000-0002-9533-1384</c>.</summary>
public sealed record AuthorIdentifier
{
    /// <summary>The value as written.</summary>
    public required string Raw { get; init; }

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
    public bool IsValid { get; init; }
}
