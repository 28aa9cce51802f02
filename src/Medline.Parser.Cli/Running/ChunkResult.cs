namespace Medline.Parser.Cli.Running;

/// <summary>What the parallel runner needs from the work done on one chunk: how many records, which diagnostics.</summary>
internal interface IChunkResult
{
    public int Records { get; }

    public IReadOnlyList<MedlineDiagnostic> Diagnostics { get; }
}
