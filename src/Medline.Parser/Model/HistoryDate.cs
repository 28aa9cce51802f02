namespace Medline.Parser.Model;

/// <summary>One publication history line (PHST): <c>2020/08/07 06:00 [entrez]</c>, <c>2017/10/17 [received]</c>.</summary>
public sealed record HistoryDate
{
    /// <summary>The value as written.</summary>
    public required string Raw { get; init; }

    /// <summary>The status in the brackets as written (<c>entrez</c>, <c>received</c>, <c>pmc-release</c>).</summary>
    public required string Status { get; init; }

    /// <summary>The date, or <see langword="null"/> when it is not a valid timestamp (<c>2015 [ecollection]</c>).</summary>
    public Timestamp? Date { get; init; }
}
