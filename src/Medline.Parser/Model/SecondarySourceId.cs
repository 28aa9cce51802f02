namespace Medline.Parser.Model;

/// <summary>A secondary source identifier (SI): <c>ClinicalTrials.gov/NCT02239640</c>.</summary>
public sealed record SecondarySourceId
{
    /// <summary>The value as written.</summary>
    public required string Raw { get; init; }

    /// <summary>The databank, before the first <c>/</c> (<c>ClinicalTrials.gov</c>, <c>GEO</c>).</summary>
    public required string Databank { get; init; }

    /// <summary>The accession number, after the first <c>/</c>; it may contain <c>/</c>.</summary>
    public required string AccessionNumber { get; init; }
}
