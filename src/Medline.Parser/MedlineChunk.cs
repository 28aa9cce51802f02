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

    internal MedlineChunk(string text, SourcePosition start, int index, MedlineReaderOptions options, bool atMissingSeparator, StringPool? pool)
    {
        _pool = pool;
        _atMissingSeparator = atMissingSeparator;
        Text = text;
        Start = start;
        Index = index;
        _options = options;
    }

    /// <summary>The chunk's text: whole records, with the blank lines that follow them.</summary>
    public string Text { get; }

    /// <summary>Where the chunk starts in the input (always column 1).</summary>
    public SourcePosition Start { get; }

    /// <summary>0-based index of the chunk in its input.</summary>
    public int Index { get; }

    /// <summary>
    /// A reader over the chunk with the chunk reader's options. Positions and diagnostics refer to the whole input;
    /// <see cref="MedlineRecord.Index"/> counts from 0 within the chunk.
    /// </summary>
    public MedlineReader CreateReader() => MedlineReader.FromChunk(Text, _options, Start, _atMissingSeparator, _pool);
}
