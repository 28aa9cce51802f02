using System.Diagnostics;
using Medline.Parser.Tokenizing;

namespace Medline.Parser;

/// <summary>
/// One field of a record: a tag occurrence with its value, the continuation lines joined, and the exact source text
/// it came from.
/// </summary>
/// <remarks>
/// <see cref="Value"/> is normalised: each line's text is trimmed and the lines are joined with exactly one space, so
/// a value wrapped differently by two exports compares equal. A whitespace-only line inside a value (a paragraph
/// break in a book chapter's abstract) adds nothing to <see cref="Value"/> and sets <see cref="HasParagraphBreaks"/>.
/// <see cref="RawText"/> holds the field's lines exactly as read, line endings and trailing spaces included, so a
/// writer can reproduce the input byte for byte.
/// </remarks>
[DebuggerDisplay("{Tag,nq} - {Value,nq}")]
public readonly struct MedlineField : IEquatable<MedlineField>
{
    // Tags numbered from here are unknown: _tag - UnknownTagBase indexes the record's unknown tag strings.
    private const int UnknownTagBase = 256;

    // 48 bytes on x64 (was 72): the source text, the offset and the text of unknown tags come from the record, so a
    // field keeps only its place within the record's text and two references (record, value). The column is 1 but
    // for fields recovered from a line that lost its breaks, which start further along the line.
    private readonly MedlineRecord? _record;
    private readonly int _tag;
    private readonly int _rawStart;
    private readonly int _rawLength;
    private readonly int _line;
    private readonly int _column;
    private readonly int _lineCount;
    private readonly byte _kind;
    private readonly byte _valueColumn;
    private readonly bool _hasParagraphBreaks;

    internal MedlineField(
        MedlineRecord record,
        MedlineTag knownTag,
        int unknownTag,
        MedlineFieldKind kind,
        string value,
        int rawStart,
        int rawLength,
        int line,
        int column,
        int valueColumn,
        int lineCount,
        bool hasParagraphBreaks)
    {
        _record = record;
        _tag = unknownTag >= 0 ? UnknownTagBase + unknownTag : (int)knownTag;
        _kind = (byte)kind;
        Value = value;
        _rawStart = rawStart;
        _rawLength = rawLength;
        _line = line;
        _column = column;
        _valueColumn = (byte)valueColumn;
        _lineCount = lineCount;
        _hasParagraphBreaks = hasParagraphBreaks;
    }

    /// <summary>The tag as written, without padding (<c>"AU"</c>, <c>"PMID"</c>); empty for a malformed or orphan line.</summary>
    public string Tag => _tag < UnknownTagBase ? MedlineTags.GetName((MedlineTag)_tag) : _record!.UnknownTags![_tag - UnknownTagBase];

    /// <summary>The tag in the known-tag registry, or <see cref="MedlineTag.Unknown"/>.</summary>
    public MedlineTag KnownTag => _tag < UnknownTagBase ? (MedlineTag)_tag : MedlineTag.Unknown;

    /// <summary>What kind of line started the field.</summary>
    public MedlineFieldKind Kind => (MedlineFieldKind)_kind;

    /// <summary>The value: each line's text trimmed, lines joined with one space. Empty for <c>AB  -</c>.</summary>
    public string Value { get; }

    /// <summary>
    /// Where the field starts: column 1 of its first line, or further along for a field recovered from a line that
    /// held several (<see cref="MedlineRecord.IsRecovered"/>).
    /// </summary>
    public SourcePosition Position =>
        _record is null ? default : new SourcePosition(_record.Position.Offset + _rawStart, _line, _column);

    /// <summary>How many source lines the field spans, paragraph-break lines included.</summary>
    public int LineCount => _lineCount;

    /// <summary>Whether a whitespace-only line inside the value marked a paragraph break.</summary>
    public bool HasParagraphBreaks => _hasParagraphBreaks;

    /// <summary>The field's source lines exactly as read, including their line endings (a slice of the record's source text).</summary>
    public ReadOnlyMemory<char> RawText => _record is null ? default : _record.RawMemory.Slice(_rawStart, _rawLength);

    /// <summary>Where <see cref="Value"/> starts in the source (column 7 on a regular tag line).</summary>
    public SourcePosition ValuePosition => GetPosition(0);

    /// <summary>
    /// Maps a 0-based offset in <see cref="Value"/> back to its place in the source text, following the value
    /// across continuation lines. An offset at or past the end maps to the end of the value's last character.
    /// </summary>
    /// <param name="valueOffset">0-based offset into <see cref="Value"/>.</param>
    public SourcePosition GetPosition(int valueOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(valueOffset);
        var raw = RawText.Span;
        var position = Position;
        var offset = position.Offset;
        var lineStart = 0;
        var line = position.Line;
        var joined = 0;
        var first = true;
        var last = new SourcePosition(offset + _valueColumn - 1, line, _column + _valueColumn - 1);
        while (lineStart <= raw.Length)
        {
            var rest = raw[lineStart..];
            var lineLength = rest.IndexOfAny('\r', '\n');
            if (lineLength < 0)
            {
                lineLength = rest.Length;
            }

            var text = rest[..lineLength];
            var skip = first ? _valueColumn - 1 : 0;
            if (skip > text.Length)
            {
                skip = text.Length;
            }

            var content = text[skip..];
            var lead = content.Length - RecordTokenizer.TrimLayout(content, end: false).Length;
            var piece = RecordTokenizer.TrimLayout(content);
            if (piece.Length > 0)
            {
                if (joined > 0)
                {
                    joined++; // the joining space
                }

                var column = skip + lead + 1;
                var lineColumn = first ? _column - 1 + column : column;
                if (valueOffset < joined + piece.Length)
                {
                    var within = Math.Max(0, valueOffset - joined);
                    return new SourcePosition(offset + lineStart + column - 1 + within, line, lineColumn + within);
                }

                last = new SourcePosition(offset + lineStart + column - 1 + piece.Length, line, lineColumn + piece.Length);
                joined += piece.Length;
            }

            var next = lineStart + lineLength;
            if (next >= raw.Length)
            {
                break;
            }

            next += raw[next] == '\r' && next + 1 < raw.Length && raw[next + 1] == '\n' ? 2 : 1;
            lineStart = next;
            line++;
            first = false;
        }

        return last;
    }

    /// <inheritdoc />
    public bool Equals(MedlineField other) =>
        Tag == other.Tag && KnownTag == other.KnownTag && Kind == other.Kind && Value == other.Value &&
        Position == other.Position && LineCount == other.LineCount && HasParagraphBreaks == other.HasParagraphBreaks &&
        RawText.Span.SequenceEqual(other.RawText.Span);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MedlineField other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Tag, Value, Position);

    /// <summary>Compares two fields by tag, value, position and source text.</summary>
    public static bool operator ==(MedlineField left, MedlineField right) => left.Equals(right);

    /// <summary>Compares two fields by tag, value, position and source text.</summary>
    public static bool operator !=(MedlineField left, MedlineField right) => !left.Equals(right);

    /// <summary>The field as <c>TAG - value</c> on one line.</summary>
    public override string ToString() => $"{Tag,-4}- {Value}";
}
