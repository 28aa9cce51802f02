using System.Buffers;
using System.Text.Json;
using Medline.Parser.Serialization;

namespace Medline.Parser.Cli.Output;

/// <summary>
/// Writes records as JSON to a stream with one <see cref="Utf8JsonWriter"/> over an in-memory buffer that is drained
/// to the stream in blocks of <see cref="DrainThreshold"/> bytes: no I/O per record, memory bounded by one block plus
/// one record. <c>json</c> is one array; <c>ndjson</c> one compact object per line.
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    public const int DrainThreshold = 256 * 1024;

    private const int DirectWriteThreshold = 16 * 1024;

    private readonly Stream _stream;
    private readonly OutputFormat _format;
    private readonly ArrayBufferWriter<byte> _buffer = new(DrainThreshold + (64 * 1024));
    private readonly Utf8JsonWriter _writer;

    public JsonOutput(Stream stream, OutputFormat format, bool indent)
    {
        _stream = stream;
        _format = format;
        // The library's writer options: non-ASCII text as is (readable names and diacritics; UTF-8 files and pipes).
        _writer = new Utf8JsonWriter(_buffer, MedlineJson.WriterOptions(indented: indent && format == OutputFormat.Json));
        if (format == OutputFormat.Json)
        {
            _writer.WriteStartArray();
        }
    }

    public long Count { get; private set; }

    /// <summary>The writer to write the next value with; call <see cref="EndValue"/> after it.</summary>
    public Utf8JsonWriter Writer => _writer;

    public void EndValue()
    {
        Count++;
        if (_format == OutputFormat.Ndjson)
        {
            _writer.Flush();
            _buffer.GetSpan(1)[0] = (byte)'\n';
            _buffer.Advance(1);
            _writer.Reset();
        }

        if (_buffer.WrittenCount + _writer.BytesPending >= DrainThreshold)
        {
            Drain();
        }
    }

    /// <summary>The stream the output goes to: a <see cref="JsonChunk"/> in its turn writes to it directly.</summary>
    public Stream Stream => _stream;

    /// <summary>
    /// Writes out everything before a chunk whose JSON goes straight to <see cref="Stream"/> (see
    /// <see cref="JsonChunk.Streamed"/>); returns whether its first value needs a separator before it.
    /// </summary>
    public bool BeginStreamedChunk()
    {
        Drain();
        return _format == OutputFormat.Json && Count > 0;
    }

    /// <summary>Appends the JSON of a chunk's records (see <see cref="JsonChunk"/>), with the separator json needs.</summary>
    public void WriteChunk(JsonChunk chunk)
    {
        if (chunk.Records == 0)
        {
            return;
        }

        if (chunk.Streamed)
        {
            Count += chunk.Records; // written already, separators and all
            return;
        }

        _writer.Flush();
        if (_format == OutputFormat.Json && Count > 0)
        {
            _buffer.GetSpan(1)[0] = (byte)',';
            _buffer.Advance(1);
        }

        Count += chunk.Records;
        if (chunk.Json.Length >= DirectWriteThreshold)
        {
            // A chunk's JSON is already one block: written as it is, not copied into the buffer first (a copy of all
            // the output, in the section that one worker at a time runs).
            Drain();
            _stream.Write(chunk.Json);
            return;
        }

        _buffer.Write(chunk.Json);
        if (_buffer.WrittenCount >= DrainThreshold)
        {
            Drain();
        }
    }

    public void Complete()
    {
        if (_format == OutputFormat.Json)
        {
            _writer.WriteEndArray();
            _writer.Flush();
            _buffer.GetSpan(1)[0] = (byte)'\n';
            _buffer.Advance(1);
        }

        Drain();
        _stream.Flush();
    }

    private void Drain()
    {
        _writer.Flush();
        if (_buffer.WrittenCount > 0)
        {
            _stream.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }
    }

    public void Dispose() => _writer.Dispose();
}
