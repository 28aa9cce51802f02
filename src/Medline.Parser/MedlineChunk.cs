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

    private readonly bool _atMissingSeparator;

    private readonly Lock _gate = new();

    /// <summary>The UTF-8 bytes of a chunk cut from a stream (from <see cref="_buffers"/>, <see cref="_utf8Length"/> long).</summary>
    private byte[]? _utf8;

    private readonly int _utf8Length;

    private readonly BufferPool? _buffers;

    /// <summary>The decoded bytes, made by the first reader of the chunk.</summary>
    private PooledText? _decoded;

    private string? _text;

    private bool _disposed;

    internal MedlineChunk(string text, SourcePosition start, int index, MedlineReaderOptions options, bool atMissingSeparator)
        : this(start, index, options, atMissingSeparator)
    {
        _text = text;
        Length = text.Length;
    }

    /// <summary>
    /// A chunk of UTF-8 bytes (<paramref name="utf8"/>, from <paramref name="buffers"/>, which get it back on
    /// <see cref="Dispose"/>): the chunk reader only cuts and counts (it reads for all the workers, one at a time);
    /// decoding, the larger part of its work, is done by whoever reads the chunk.
    /// </summary>
    internal MedlineChunk(byte[] utf8, int byteLength, BufferPool buffers, int length, SourcePosition start, int index, MedlineReaderOptions options, bool atMissingSeparator)
        : this(start, index, options, atMissingSeparator)
    {
        _utf8 = utf8;
        _utf8Length = byteLength;
        _buffers = buffers;
        Length = length;
    }

    private MedlineChunk(SourcePosition start, int index, MedlineReaderOptions options, bool atMissingSeparator)
    {
        _atMissingSeparator = atMissingSeparator;
        Start = start;
        Index = index;
        _options = options;
    }

    /// <summary>The chunk's text: whole records, with the blank lines that follow them.</summary>
    /// <remarks>Decoded from the input's UTF-8 into a new string on first use (safe from any thread).</remarks>
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
                return _text ??= _decoded is not null ? new string(_decoded.GetSpan()) : Encoding.UTF8.GetString(_utf8!, 0, _utf8Length);
            }
        }
    }

    /// <summary>The length of <see cref="Text"/> in UTF-16 code units, known without decoding it.</summary>
    public int Length { get; }

    /// <summary>Where the chunk starts in the input (always column 1).</summary>
    public SourcePosition Start { get; }

    /// <summary>0-based index of the chunk in its input.</summary>
    public int Index { get; }

    /// <summary>
    /// A reader over the chunk with the chunk reader's options. Positions and diagnostics refer to the whole input;
    /// <see cref="MedlineRecord.Index"/> counts from 0 within the chunk. Safe to call from any thread; each reader is
    /// for one thread.
    /// </summary>
    /// <remarks>
    /// With <see cref="MedlineReaderOptions.PoolStrings"/> the reader pools repeated values in its thread's pool
    /// (<see cref="StringPool.ForThread"/>): one pool shared by the workers of a pipeline had its slots, and the
    /// garbage collector's card table for them, written by both cores on every miss (measured: 2 % more CPU).
    /// </remarks>
    /// <exception cref="ObjectDisposedException">The chunk was disposed.</exception>
    public MedlineReader CreateReader() =>
        MedlineReader.FromChunk(Memory(), _options, Start, _atMissingSeparator, _options.PoolStrings ? StringPool.ForThread() : null);

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
            if (_utf8 is not null)
            {
                _buffers!.Return(_utf8);
                _utf8 = null;
            }
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

            _decoded ??= PooledText.DecodeUtf8(_utf8.AsSpan(0, _utf8Length), Length, _buffers!);
            return _decoded.Memory;
        }
    }
}
