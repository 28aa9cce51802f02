namespace Medline.Parser.Cli.Running;

/// <summary>
/// The per-record results of one chunk, computed on a worker thread by <see cref="Process"/>: what a command keeps of
/// each record (a stats row, nothing for validate) and all the diagnostics, in source order.
/// </summary>
internal sealed class RecordChunk<T> : IChunkResult
{
    private readonly List<MedlineDiagnostic> _diagnostics = [];

    public List<T> Items { get; } = [];

    public int Records => Items.Count;

    public IReadOnlyList<MedlineDiagnostic> Diagnostics => _diagnostics;

    public static RecordChunk<T> Process(MedlineChunk chunk, Func<MedlineRecord, (T Item, IReadOnlyList<MedlineDiagnostic> Diagnostics)> process)
    {
        var result = new RecordChunk<T>();
        using var reader = chunk.CreateReader();
        while (reader.TryRead(out var record))
        {
            var (item, diagnostics) = process(record);
            result.Items.Add(item);
            result._diagnostics.AddRange(diagnostics);
        }

        return result;
    }
}
