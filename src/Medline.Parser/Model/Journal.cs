using System.Diagnostics.CodeAnalysis;
namespace Medline.Parser.Model;

/// <summary>The journal an article appeared in, and where in it.</summary>
public sealed record Journal
{
    /// <summary>The full journal title from the NLM Catalog (JT).</summary>
    public string? Title { get; init; }

    /// <summary>The NLM title abbreviation (TA), such as <c>Medicine (Baltimore)</c>.</summary>
    public string? Abbreviation { get; init; }

    /// <summary>The journal's NLM unique identifier (JID), such as <c>2985248R</c>.</summary>
    public string? NlmId { get; init; }

    /// <summary>The ISSNs (IS) with their kinds, in record order.</summary>
    [AllowNull]
    public IReadOnlyList<Issn> Issns { get; init => field = ValueList<Issn>.From(value); } = ValueList<Issn>.Empty;

    /// <summary>The volume (VI), as printed: <c>99</c>, <c>12 Suppl</c>.</summary>
    public string? Volume { get; init; }

    /// <summary>The issue (IP), as printed: <c>31</c>, <c>Suppl 1</c>, <c>7-8</c>.</summary>
    public string? Issue { get; init; }

    /// <summary>The place of publication (PL): a country for journals, a city for books.</summary>
    public string? Country { get; init; }
}
