using System.Text;
using Medline.Parser.Tokenizing;

namespace Medline.Parser;

/// <summary>
/// A run of whole records cut from a larger input by <see cref="MedlineChunkReader"/> (after a blank line, or at a
/// second PMID line where the blank line was lost), with the place where it starts,
/// so that the runs of one input can be parsed in parallel and still report positions in the whole input.
/// </summary>
public sealed class MedlineChunk
{
    private readonly MedlineReaderOptions _options;

    private readonly bool _atMissingSeparator;

    private readonly StringPool? _pool;

    /// <summary>The UTF-8 bytes of a chunk cut from a stream, decoded on first use of <see cref="Text"/>.</summary>
    private readonly byte[]? _utf8;

    private string? _text;

    internal MedlineChunk(string text, SourcePosition start, int index, MedlineReaderOptions options, bool atMissingSeparator, StringPool? pool)
        : this(start, index, options, atMissingSeparator, pool)
    {
        _text = text;
        Length = text.Length;
    }

    /// <summary>
    /// A chunk of UTF-8 bytes: the chunk reader only cuts and counts (it reads for all the workers, one at a time);
    /// decoding, the larger part of its work (6 % of a conversion), is done by whoever reads the chunk's text.
    /// </summary>
    internal MedlineChunk(byte[] utf8, int length, SourcePosition start, int index, MedlineReaderOptions options, bool atMissingSeparator, StringPool? pool)
        : this(start, index, options, atMissingSeparator, pool)
    {
        _utf8 = utf8;
        Length = length;
    }

    private MedlineChunk(SourcePosition start, int index, MedlineReaderOptions options, bool atMissingSeparator, StringPool? pool)
    {
        _pool = pool;
        _atMissingSeparator = atMissingSeparator;
        Start = start;
        Index = index;
        _options = options;
    }

    /// <summary>The chunk's text: whole records, with the blank lines that follow them.</summary>
    /// <remarks>Decoded from the input's UTF-8 on first use (safe from any thread).</remarks>
    public string Text => _text ?? Decode();

    /// <summary>The length of <see cref="Text"/> in UTF-16 code units, known without decoding it.</summary>
    public int Length { get; }

    /// <summary>Where the chunk starts in the input (always column 1).</summary>
    public SourcePosition Start { get; }

    /// <summary>0-based index of the chunk in its input.</summary>
    public int Index { get; }

    /// <summary>
    /// A reader over the chunk with the chunk reader's options. Positions and diagnostics refer to the whole input;
    /// <see cref="MedlineRecord.Index"/> counts from 0 within the chunk.
    /// </summary>
    public MedlineReader CreateReader() => MedlineReader.FromChunk(Text, _options, Start, _atMissingSeparator, _pool);

    private string Decode()
    {
        // Invalid bytes become U+FFFD, as StreamReader makes them; two threads may both decode, one string is kept.
        var text = Encoding.UTF8.GetString(_utf8!);
        return Interlocked.CompareExchange(ref _text, text, null) ?? text;
    }
}
