using Medline.Parser.Export;

namespace Medline.Parser.Cli.Running;

/// <summary>
/// One chunk's citations made ready by an exporter on a worker thread (<see cref="CitationExporter.Prepare"/>), for
/// the consuming thread to append in input order.
/// </summary>
internal sealed class ExportChunk : IChunkResult, IDisposable
{
    private ExportChunk(ExportBatch batch, List<MedlineDiagnostic> diagnostics)
    {
        Batch = batch;
        Diagnostics = diagnostics;
    }

    public ExportBatch Batch { get; }

    public int Records => Batch.Count;

    public IReadOnlyList<MedlineDiagnostic> Diagnostics { get; }

    /// <summary>Reads the chunk's records as citations and has <paramref name="exporter"/> prepare them.</summary>
    public static ExportChunk Prepare(MedlineChunk chunk, CitationExporter exporter)
    {
        var citations = new List<MedlineCitation>();
        var diagnostics = new List<MedlineDiagnostic>();
        using (var reader = chunk.CreateReader())
        {
            while (reader.TryRead(out var record))
            {
                var citation = TypedCitations.Prepare(record);
                citations.Add(citation);
                diagnostics.AddRange(citation.Diagnostics);
            }
        }

        return new ExportChunk(exporter.Prepare(citations), diagnostics);
    }

    public void Dispose() => Batch.Dispose();
}
