using System.Diagnostics.CodeAnalysis;
namespace Medline.Parser.Model;

/// <summary>
/// A person in a citation: an author (FAU/AU), an investigator (FIR/IR), an editor (FED/ED) or a person as subject
/// (FPS/PS), with the affiliations and identifiers that follow the name in the record.
/// </summary>
public sealed record Author
{
    /// <summary>The full name as written (FAU/FIR/FED/FPS: <c>Liang, Bing</c>), when the record has it.</summary>
    public string? FullName { get; init; }

    /// <summary>The short name as written (AU/IR/ED/PS: <c>Liang B</c>), when the record has it.</summary>
    public string? ShortName { get; init; }

    /// <summary>The family name (<c>Liang</c>, <c>van Raaij</c>, <c>Wong Kee Song</c>).</summary>
    public string? LastName { get; init; }

    /// <summary>The given names (<c>Bing</c>, <c>M J</c>), from the full name.</summary>
    public string? ForeName { get; init; }

    /// <summary>The initials (<c>B</c>, <c>MJ</c>), from the short name or derived from the given names.</summary>
    public string? Initials { get; init; }

    /// <summary>A name suffix (<c>Jr</c>, <c>3rd</c>, <c>II</c>).</summary>
    public string? Suffix { get; init; }

    /// <summary>The affiliations (AD, or IRAD for investigators) in record order.</summary>
    [AllowNull]
    public IReadOnlyList<string> Affiliations { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The identifiers (AUID) in record order; ORCIDs normalised and check-digit validated.</summary>
    [AllowNull]
    public IReadOnlyList<AuthorIdentifier> Identifiers { get; init => field = ValueList<AuthorIdentifier>.From(value); } = ValueList<AuthorIdentifier>.Empty;

    /// <summary>The author's ORCID (<c>0000-0002-9533-1384</c>): the first identifier that holds a valid one.</summary>
    public string? Orcid
    {
        get
        {
            var ids = Identifiers; // an index loop: read for every author written, no enumerator object
            for (var i = 0; i < ids.Count; i++)
            {
                if (ids[i].IsOrcid && ids[i].IsValid)
                {
                    return ids[i].Value;
                }
            }

            return null;
        }
    }

    /// <summary>0-based position in the byline, counting corporate authors; for other roles, in their own list.</summary>
    public int Position { get; init; }
}

/// <summary>A corporate (group) author (CN) in its byline position, with its own affiliations and identifiers.</summary>
public sealed record CorporateAuthor
{
    /// <summary>The group's name (<c>STRATIS Investigators</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The affiliations (AD) that follow the group in the record.</summary>
    [AllowNull]
    public IReadOnlyList<string> Affiliations { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The identifiers (AUID) that follow the group in the record.</summary>
    [AllowNull]
    public IReadOnlyList<AuthorIdentifier> Identifiers { get; init => field = ValueList<AuthorIdentifier>.From(value); } = ValueList<AuthorIdentifier>.Empty;

    /// <summary>0-based position in the byline, counting person authors.</summary>
    public int Position { get; init; }
}
