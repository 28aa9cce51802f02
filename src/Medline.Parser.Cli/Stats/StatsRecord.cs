namespace Medline.Parser.Cli.Stats;

/// <summary>What <c>medline stats</c> needs of one citation; filled from the library's typed citation.</summary>
internal sealed record StatsRecord
{
    public string? Status { get; init; }

    public int? Year { get; init; }

    public string? Journal { get; init; }

    public IReadOnlyList<string> MeshDescriptors { get; init; } = [];

    public int AuthorCount { get; init; }

    public bool HasDoi { get; init; }

    public bool HasAbstract { get; init; }

    public bool HasOrcid { get; init; }
}
