namespace Medline.Parser.Model;

/// <summary>
/// A substance (RN): <c>W0B22ISQ1C (Thymalfasin)</c>, <c>0 (Anti-Bacterial Agents)</c>,
/// <c>EC 3.4.21.68 (PLAT protein, human)</c>; also a bare supplementary concept name without a number, or a bare
/// registry number without a name.
/// </summary>
public sealed record Chemical
{
    /// <summary>The value as written.</summary>
    public required string Raw { get; init; }

    /// <summary>The UNII, CAS or EC number (<c>0</c> when NLM has none), or <see langword="null"/> for a bare name.</summary>
    public string? RegistryNumber { get; init; }

    /// <summary>The substance name, or <see langword="null"/> for a bare registry number.</summary>
    public string? Name { get; init; }
}
