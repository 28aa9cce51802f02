namespace Medline.Parser.Export;

/// <summary>
/// Citations made ready by <see cref="CitationExporter.Prepare"/> on any thread, for
/// <see cref="CitationExporter.Append"/> to add to the output in order. Dispose a batch that is not appended.
/// </summary>
public abstract class ExportBatch : IDisposable
{
    private protected ExportBatch()
    {
    }

    /// <summary>How many citations the batch holds.</summary>
    public abstract int Count { get; }

    /// <summary>Gives back what the batch holds (pooled buffers).</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Gives back what the batch holds.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }
}
