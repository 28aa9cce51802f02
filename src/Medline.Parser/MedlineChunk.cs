using System.Text;
using Medline.Parser.Tokenizing;

namespace Medline.Parser;

/// <summary>
/// A run of whole records cut from a larger input by <see cref="MedlineChunkReader"/> (after a blank line, or at a
/// second PMID line where the blank line was lost), with the place where it starts,
/// so that the runs of one input can be parsed in parallel and still report positions in the whole input.
/// </summary>
/// <remarks>
/// A chunk cut from a stream holds its bytes, and the text they decode to, in buffers that are used again:
/// <see cref="Dispose"/> gives them back (the bytes to the chunk reader, the text to the disposing thread), so a
/// converter that disposes each chunk once its records are used allocates no chunk memory after the first few (a
/// chunk not disposed is simply collected). The values, fields, positions and diagnostics of the chunk's records stay
/// valid after that; their raw text (<see cref="MedlineRecord.RawText"/>, <see cref="MedlineField.RawText"/>) must be
/// read before: afterwards it throws <see cref="ObjectDisposedException"/>.
/// </remarks>
public sealed class MedlineChunk : IDisposable
{
    private readonly MedlineReaderOptions _options;

    private readonly ChunkEdges _edges;

    private readonly Lock _gate = new();

    /// <summary>
    /// The bytes of a chunk cut from a stream (from <see cref="_buffers"/>, <see cref="_byteLength"/> long from
    /// <see cref="_byteOffset"/>), until they are decoded.
    /// </summary>
    private byte[]? _bytes;

    private readonly int _byteOffset;

    private readonly int _byteLength;

    /// <summary>UTF-8, or the single-byte encoding the reader was told the input is in.</summary>
    private readonly Encoding? _encoding;

    private readonly BufferPool? _buffers;

    /// <summary>The decoded bytes, made by the first reader of the chunk.</summary>
    private PooledText? _decoded;

    private string? _text;

    private bool _disposed;

    internal MedlineChunk(string text, SourcePosition start, int index, MedlineReaderOptions options, ChunkEdges edges)
        : this(start, index, options, edges)
    {
        _text = text;
        Length = text.Length;
    }

    /// <summary>
    /// A chunk of bytes (in <paramref name="bytes"/>, from <paramref name="buffers"/>, which get it back once it is
    /// decoded or the chunk disposed): the chunk reader only cuts and counts (it reads for all the workers, one at a
    /// time); decoding, the larger part of its work, is done by whoever reads the chunk.
    /// </summary>
    internal MedlineChunk(byte[] bytes, int byteOffset, int byteLength, BufferPool buffers, Encoding encoding, int length, SourcePosition start, int index, MedlineReaderOptions options, ChunkEdges edges)
        : this(start, index, options, edges)
    {
        _bytes = bytes;
        _byteOffset = byteOffset;
        _byteLength = byteLength;
        _buffers = buffers;
        _encoding = encoding;
        Length = length;
    }

    private MedlineChunk(SourcePosition start, int index, MedlineReaderOptions options, ChunkEdges edges)
    {
        _edges = edges;
        Start = start;
        Index = index;
        _options = options;
    }

    /// <summary>The chunk's text: whole records, with the blank lines that follow them.</summary>
    /// <remarks>Decoded from the input's bytes into a new string on first use (safe from any thread).</remarks>
    /// <exception cref="ObjectDisposedException">The chunk was disposed before its text was made.</exception>
    public string Text
    {
        get
        {
            if (_text is not null)
            {
                return _text;
            }

            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                // Invalid bytes become U+FFFD, as StreamReader makes them.
                return _text ??= _decoded is not null ? new string(_decoded.GetSpan()) : _encoding!.GetString(_bytes!, _byteOffset, _byteLength);
            }
        }
    }

    /// <summary>The length of <see cref="Text"/> in UTF-16 code units, known without decoding it.</summary>
    public int Length { get; }

    /// <summary>
    /// Where the chunk starts in the input: column 1, but after a chunk that ended inside an over-long record, which
    /// is cut at the limit.
    /// </summary>
    public SourcePosition Start { get; }

    /// <summary>0-based index of the chunk in its input.</summary>
    public int Index { get; }

    /// <summary>
    /// A reader over the chunk with the chunk reader's options. Positions and diagnostics refer to the whole input;
    /// <see cref="MedlineRecord.Index"/> counts from 0 within the chunk. Safe to call from any thread; each reader is
    /// for one thread.
    /// </summary>
    /// <remarks>
    /// With <see cref="MedlineReaderOptions.PoolStrings"/> the reader pools repeated values in a pool of its own
    /// thread, so that the workers of a pipeline never write to one shared pool.
    /// </remarks>
    /// <exception cref="ObjectDisposedException">The chunk was disposed.</exception>
    public MedlineReader CreateReader() =>
        MedlineReader.FromChunk(Memory(), _options, Start, _edges, _options.PoolStrings ? StringPool.ForThread() : null);

    /// <summary>
    /// Gives the chunk's buffers back for the chunks read after it. Call it once the chunk's readers are done and the raw text of
    /// its records is no longer needed; their values, fields and diagnostics stay valid.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            ((IDisposable?)_decoded)?.Dispose();
            _decoded = null;
            ReturnBytes();
        }
    }

    private ReadOnlyMemory<char> Memory()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_text is not null)
            {
                return _text.AsMemory();
            }

            if (_decoded is null)
            {
                _decoded = PooledText.Decode(_bytes.AsSpan(_byteOffset, _byteLength), Length, _encoding!, _buffers!);
                ReturnBytes(); // decoded once: the text is all the chunk needs from now on (a record of megabytes holds half the memory)
            }

            return _decoded.Memory;
        }
    }

    private void ReturnBytes()
    {
        if (_bytes is not null)
        {
            _buffers!.Return(_bytes);
            _bytes = null;
        }
    }
}
