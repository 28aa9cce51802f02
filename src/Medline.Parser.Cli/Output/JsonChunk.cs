using System.Text.Json;
using Medline.Parser.Cli.Running;
using Medline.Parser.Serialization;

namespace Medline.Parser.Cli.Output;

/// <summary>
/// The JSON of one chunk's records, written on a worker thread: the values separated by <c>,</c> (json) or each
/// followed by a line break (ndjson), ready for <see cref="JsonOutput.WriteChunk"/> to append in input order.
/// </summary>
internal sealed class JsonChunk : IChunkResult, IDisposable
{
    private readonly PooledBufferWriter _json;
    private readonly List<MedlineDiagnostic> _diagnostics = [];

    private JsonChunk(int capacity) => _json = new PooledBufferWriter(capacity);

    public int Records { get; private set; }

    public IReadOnlyList<MedlineDiagnostic> Diagnostics => _diagnostics;

    public ReadOnlySpan<byte> Json => _json.WrittenSpan;

    /// <summary>Reads the chunk's records and writes each as JSON: the typed citation, or the lossless record with <paramref name="raw"/>.</summary>
    public static JsonChunk Convert(MedlineChunk chunk, bool raw, OutputFormat format)
    {
        var result = new JsonChunk(Math.Min(chunk.Length * 2, 1024 * 1024)); // JSON is ~1.8 bytes per char
        using var reader = chunk.CreateReader();
        using var writer = new Utf8JsonWriter(result._json, MedlineJson.WriterOptions());
        while (reader.TryRead(out var record))
        {
            if (result.Records > 0 && format == OutputFormat.Json)
            {
                result._json.Write((byte)',');
            }

            var diagnostics = raw ? TypedCitations.WriteRaw(writer, record) : TypedCitations.Write(writer, TypedCitations.Prepare(record));
            writer.Flush();
            writer.Reset();
            if (format == OutputFormat.Ndjson)
            {
                result._json.Write((byte)'\n');
            }

            result._diagnostics.AddRange(diagnostics);
            result.Records++;
        }

        return result;
    }

    public void Dispose() => _json.Dispose();
}
