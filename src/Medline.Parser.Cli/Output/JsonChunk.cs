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

    private JsonChunk(PooledBufferWriter json) => _json = json;

    public int Records { get; private set; }

    public IReadOnlyList<MedlineDiagnostic> Diagnostics => _diagnostics;

    /// <summary>The JSON still to append: all of it, or nothing once <see cref="Streamed"/>.</summary>
    public ReadOnlySpan<byte> Json => _json.WrittenSpan;

    /// <summary>Whether the JSON went straight to the output as it was written (with its separators), in the chunk's turn.</summary>
    public bool Streamed { get; private init; }

    /// <summary>
    /// Reads the chunk's records and writes each as JSON: the typed citation, or the lossless record with
    /// <paramref name="raw"/>. A chunk in its turn (<see cref="OrderedChunkPipeline{TResult}.IsInTurn"/>: a record of
    /// megabytes) is written straight to <paramref name="output"/>: its JSON (tens of megabytes) is never held whole.
    /// <paramref name="options"/> says how citations are written (<c>--empty-lists</c>).
    /// </summary>
    public static JsonChunk Convert(MedlineChunk chunk, bool raw, OutputFormat format, JsonOutput output, MedlineJsonOptions options)
    {
        var streamed = OrderedChunkPipeline<JsonChunk>.IsInTurn;
        var separate = streamed && output.BeginStreamedChunk(); // a value before this chunk's first one
        var result = new JsonChunk(streamed
            ? new PooledBufferWriter(JsonOutput.DrainThreshold + (64 * 1024), output.Stream)
            : new PooledBufferWriter(Math.Min(chunk.Length * 2, 1024 * 1024))) // JSON is ~1.8 bytes per char
        {
            Streamed = streamed,
        };
        using var writer = new Utf8JsonWriter(result._json, MedlineJson.WriterOptions());
        if (!streamed)
        {
            using var reader = chunk.CreateReader();
            while (reader.TryRead(out var record))
            {
                result.Add(record, raw, format, separate, writer, options);
            }
        }
        else
        {
            // A record of megabytes: its chunk's text (twice its length in bytes) is given back before any JSON is
            // made, so the text, the values and the JSON are never all in memory at once.
            List<MedlineRecord?> records;
            using (var reader = chunk.CreateReader())
            {
                OrderedChunkPipeline<JsonChunk>.CollectIfHuge(chunk, compact: true); // its bytes, decoded now
                records = [.. reader.ReadRecords()];
            }

            chunk.Dispose();
            OrderedChunkPipeline<JsonChunk>.CollectIfHuge(chunk, compact: false); // its text; its values live on
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i]!;
                records[i] = null; // its values go once written
                result.Add(record, raw, format, separate, writer, options);
            }
        }

        result._json.Drain();
        return result;
    }

    /// <summary>
    /// One value written apart from the pipeline (an object read from JSON input), to append like a chunk's: a value
    /// of <see cref="JsonOutput.Writer"/> would miss its separator after a chunk. Its diagnostics are the caller's.
    /// </summary>
    public static JsonChunk Single(OutputFormat format, Action<Utf8JsonWriter> write)
    {
        var result = new JsonChunk(new PooledBufferWriter(4096)) { Records = 1 };
        using (var writer = new Utf8JsonWriter(result._json, MedlineJson.WriterOptions()))
        {
            write(writer);
        }

        if (format == OutputFormat.Ndjson)
        {
            result._json.Write((byte)'\n');
        }

        return result;
    }

    private void Add(MedlineRecord record, bool raw, OutputFormat format, bool separate, Utf8JsonWriter writer, MedlineJsonOptions options)
    {
        if ((Records > 0 || separate) && format == OutputFormat.Json)
        {
            _json.Write((byte)',');
        }

        var diagnostics = raw ? TypedCitations.WriteRaw(writer, record) : TypedCitations.Write(writer, TypedCitations.Prepare(record), options);
        writer.Flush();
        writer.Reset();
        if (format == OutputFormat.Ndjson)
        {
            _json.Write((byte)'\n');
        }

        _diagnostics.AddRange(diagnostics);
        Records++;
    }

    public void Dispose() => _json.Dispose();
}
