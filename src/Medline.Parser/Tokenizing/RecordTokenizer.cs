using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Medline.Parser.Tokenizing;

/// <summary>What <see cref="RecordTokenizer.TryReadRecord"/> found.</summary>
internal enum TokenizeStatus
{
    /// <summary>A whole record was read.</summary>
    Record,

    /// <summary>The buffer ends inside a record: call <see cref="RecordTokenizer.GetFillTarget"/>, fill, then try again.</summary>
    NeedMoreData,

    /// <summary>The input is exhausted.</summary>
    End,
}

/// <summary>
/// Splits MEDLINE text into records and fields over a pooled char buffer: one <c>IndexOfAny('\r','\n')</c> per line,
/// no string per line, one string per kept value (none for a pooled repeat) and one per record for its source text.
/// </summary>
/// <remarks>
/// The tokenizer does no I/O. The reader fills the buffer (synchronously or asynchronously) and calls
/// <see cref="TryReadRecord"/> until it stops asking for data, so the sync and async paths share this one algorithm.
/// A record is scanned from its start each time it is tried; a record that straddles a refill is simply scanned
/// again, which is rare with a 64 Ki-char buffer and keeps the scanner free of resumable state.
/// </remarks>
internal sealed class RecordTokenizer : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;
    private const int MinimumFreeSpace = 16 * 1024;
    private const string StandardIndent = "      ";

    private readonly MedlineReaderOptions _options;
    private readonly StringPool? _pool;
    private readonly List<PendingField> _fields = [];
    private readonly List<MedlineDiagnostic> _diagnostics = [];
    private readonly List<Range> _pieces = [];
    private char[] _buffer;
    private char[] _scratch;
    private int _start;
    private int _end;
    private long _baseOffset;
    private int _line = 1;
    private bool _eof;
    private bool _started;
    private bool _splitAtPmid;
    private bool _cut;
    private int _recordIndex;
    private StringBuilder? _heldTrivia;

    public RecordTokenizer(MedlineReaderOptions options)
    {
        _options = options;
        _pool = options.PoolStrings ? new StringPool() : null;
        _buffer = ArrayPool<char>.Shared.Rent(InitialBufferSize);
        _scratch = ArrayPool<char>.Shared.Rent(1024);
    }

    /// <summary>The whitespace-only lines after the last record, once <see cref="TokenizeStatus.End"/> was returned.</summary>
    public string TrailingTrivia { get; private set; } = string.Empty;

    /// <summary>Records read so far.</summary>
    public int RecordCount => _recordIndex;

    /// <summary>Whether the reader has reported the end of its input.</summary>
    public bool IsCompleted => _eof;

    /// <summary>Makes room at the end of the buffer and returns it for the reader to fill.</summary>
    public Memory<char> GetFillTarget()
    {
        if (_start > 0)
        {
            var pending = _end - _start;
            Array.Copy(_buffer, _start, _buffer, 0, pending);
            _baseOffset += _start;
            _start = 0;
            _end = pending;
        }

        if (_buffer.Length - _end < MinimumFreeSpace)
        {
            var larger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
            Array.Copy(_buffer, larger, _end);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }

        return _buffer.AsMemory(_end);
    }

    /// <summary>Records that <paramref name="count"/> chars were written into the fill target; 0 means end of input.</summary>
    public void Advance(int count)
    {
        if (count == 0)
        {
            _eof = true;
            return;
        }

        _end += count;
    }

    public TokenizeStatus TryReadRecord(out MedlineRecord? record)
    {
        record = null;
        if (!_started)
        {
            if (_end == _start && !_eof)
            {
                return TokenizeStatus.NeedMoreData;
            }

            _started = true;
            if (_end > _start && _buffer[_start] == '\uFEFF')
            {
                _start++;
                _baseOffset--; // offsets count from the first character after the byte order mark
            }
        }

        var status = Scan(out record);
        if (status == TokenizeStatus.NeedMoreData && !_eof && _end - _start >= _options.MaxRecordLength)
        {
            _cut = true;
            status = Scan(out record);
            _cut = false;
        }

        return status;
    }

    private TokenizeStatus Scan(out MedlineRecord? record)
    {
        record = null;
        var pos = _start;
        var line = _line;

        // Whitespace-only lines before the record are its leading trivia.
        int next;
        int contentEnd;
        while (true)
        {
            if (!TryGetLine(pos, out contentEnd, out next))
            {
                if (!_eof)
                {
                    if (_cut)
                    {
                        // A run of blank lines longer than the record limit: keep it aside so the buffer can move on.
                        (_heldTrivia ??= new StringBuilder()).Append(_buffer, _start, pos - _start);
                        _start = pos;
                        _line = line;
                    }

                    return TokenizeStatus.NeedMoreData;
                }

                if (_end > _start || _heldTrivia is not null)
                {
                    TrailingTrivia = TakeTrivia(_start, _end);
                }

                _start = _end;
                _line = line;
                return TokenizeStatus.End;
            }

            if (!IsBlank(_buffer.AsSpan(pos, contentEnd - pos)))
            {
                break;
            }

            pos = next;
            line++;
        }

        var triviaStart = _start;
        var recordStart = pos;
        var recordLine = line;
        _fields.Clear();
        _diagnostics.Clear();
        var current = default(PendingField);
        var active = false;
        var splitAtPmid = _splitAtPmid;
        if (splitAtPmid)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.MissingRecordSeparator, pos, line, 1,
                "PMID line not preceded by a blank line; a new record starts here", "PMID");
        }

        var endedAtPmid = false;
        var hasPmid = false;
        while (true)
        {
            if (!TryGetLine(pos, out contentEnd, out next))
            {
                if (_cut)
                {
                    Report(DiagnosticSeverity.Error, DiagnosticCodes.RecordTooLong, pos, line, 1,
                        $"record longer than {_options.MaxRecordLength} characters without a blank line; it is cut here", null);
                }

                if (_eof || _cut)
                {
                    break;
                }

                return TokenizeStatus.NeedMoreData;
            }

            var text = _buffer.AsSpan(pos, contentEnd - pos);
            var first = text.IsEmpty ? '\0' : text[0];
            if (first is ' ' or '\t' || text.IsEmpty)
            {
                var indent = text.Length - TrimLayout(text, end: false).Length;
                if (indent == text.Length)
                {
                    // Whitespace only: a paragraph break inside the current value if the next non-blank line
                    // continues it (format §1.4), otherwise the end of the record.
                    if (!active)
                    {
                        break;
                    }

                    var continues = LooksAhead(next, out var needMore);
                    if (needMore)
                    {
                        return TokenizeStatus.NeedMoreData;
                    }

                    if (!continues)
                    {
                        break;
                    }

                    current.LineCount++;
                    current.HasParagraphBreaks = true;
                }
                else
                {
                    // PubMed itself indents by more than six when a wrap falls inside a run of spaces.
                    if (!text.StartsWith(StandardIndent))
                    {
                        Report(DiagnosticSeverity.Warning, DiagnosticCodes.IrregularIndent, pos, line, 1,
                            $"continuation line indented by {DescribeIndent(text[..indent])}; expected six spaces", active ? current.Tag : null);
                    }

                    if (!active)
                    {
                        Report(DiagnosticSeverity.Error, DiagnosticCodes.OrphanContinuation, pos, line, 1,
                            $"continuation line '{Shorten(TrimLayout(text))}' with no tag line before it in the record; expected a tag line", null);
                        current = new PendingField(string.Empty, MedlineTag.Unknown, MedlineFieldKind.Orphan, pos, line, 1);
                        active = true;
                    }

                    AddPiece(ref current, pos + indent, contentEnd);
                    current.LineCount++;
                }
            }
            else if (TryParseTagLine(text, out var tagLength, out var valueStart, out var irregular))
            {
                var tagText = text[..tagLength];
                var known = MedlineTags.Lookup(tagText);
                if (known == MedlineTag.Pmid)
                {
                    // A record has one PMID: a second one means the blank line before it was lost. (Only a
                    // second one: PMC exports put "PMC -" before "PMID-", ERIC records have none.)
                    if (hasPmid)
                    {
                        endedAtPmid = true;
                        break;
                    }

                    hasPmid = true;
                }

                if (active)
                {
                    Flush(ref current, pos);
                }

                var tag = known == MedlineTag.Unknown ? Pool(tagText) : MedlineTags.GetName(known);
                current = new PendingField(tag, known, MedlineFieldKind.Tagged, pos, line, valueStart + 1);
                active = true;
                if (irregular)
                {
                    Report(DiagnosticSeverity.Warning, DiagnosticCodes.IrregularTagLine, pos, line, 1,
                        $"tag line '{Shorten(text)}' has its hyphen out of place; expected 'TAG - value' with the hyphen in column 5 followed by a space", tag);
                }

                if (known == MedlineTag.Unknown)
                {
                    Report(DiagnosticSeverity.Info, DiagnosticCodes.UnknownTag, pos, line, 1,
                        $"unknown tag '{tag}'; the field is kept as it is", tag);
                }

                AddPiece(ref current, pos + valueStart, contentEnd);
                current.LineCount++;
            }
            else
            {
                if (active)
                {
                    Flush(ref current, pos);
                }

                var binary = text.IndexOfAnyInRange('\0', '\u0008') >= 0 || text.IndexOfAnyInRange('\u000E', '\u001F') >= 0;
                if (binary)
                {
                    Report(DiagnosticSeverity.Error, DiagnosticCodes.ControlCharacter, pos, line, 1,
                        "line contains control characters that MEDLINE text never holds; is this a binary file?", null);
                }
                else
                {
                    Report(DiagnosticSeverity.Error, DiagnosticCodes.MalformedLine, pos, line, 1,
                        $"malformed line '{Shorten(text)}': expected a tag line ('TAG - value', hyphen in column 5), a continuation line (six spaces) or a blank line", null);
                }

                current = new PendingField(string.Empty, MedlineTag.Unknown, MedlineFieldKind.Malformed, pos, line, 1);
                active = true;
                AddPiece(ref current, pos, contentEnd);
                current.LineCount++;
            }

            pos = next;
            line++;
        }

        if (active)
        {
            Flush(ref current, pos);
        }

        record = Build(triviaStart, recordStart, recordLine, pos);
        _splitAtPmid = endedAtPmid;
        _start = pos;
        _line = line;
        return TokenizeStatus.Record;
    }

    private MedlineRecord Build(int triviaStart, int recordStart, int recordLine, int recordEnd)
    {
        var raw = new string(_buffer, recordStart, recordEnd - recordStart);
        var fields = new MedlineField[_fields.Count];
        var hasPmid = false;
        for (var i = 0; i < fields.Length; i++)
        {
            var f = _fields[i];
            var rawStart = f.Start - recordStart;
            fields[i] = new MedlineField(
                f.Tag, f.KnownTag, f.Kind, f.Value, Position(f.Start, f.Line, 1), f.ValueColumn, f.LineCount,
                f.HasParagraphBreaks, raw.AsMemory(rawStart, f.End - f.Start));
            hasPmid |= f.KnownTag == MedlineTag.Pmid;
        }

        var recordDiagnostics = _diagnostics.Count;
        if (!hasPmid)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.MissingPmid, recordStart, recordLine, 1,
                "record has no PMID field", null);
        }
        else if (fields[0].KnownTag != MedlineTag.Pmid)
        {
            Report(DiagnosticSeverity.Info, DiagnosticCodes.RecordNotStartingWithPmid, recordStart, recordLine, 1,
                $"record starts with '{fields[0].Tag}' instead of PMID", fields[0].Tag);
        }

        if (_diagnostics.Count > recordDiagnostics)
        {
            // Record-level findings are about the record's first line: keep the list in source order.
            var found = _diagnostics[recordDiagnostics];
            _diagnostics.RemoveAt(recordDiagnostics);
            _diagnostics.Insert(0, found);
        }

        var diagnostics = _diagnostics.Count == 0 ? [] : ImmutableArray.CreateRange(_diagnostics);
        return new MedlineRecord(
            ImmutableCollectionsMarshal.AsImmutableArray(fields),
            diagnostics,
            Position(recordStart, recordLine, 1),
            _recordIndex++,
            _options.SourceName,
            raw,
            TakeTrivia(triviaStart, recordStart));
    }

    private string TakeTrivia(int start, int end)
    {
        if (_heldTrivia is null)
        {
            return Pool(_buffer.AsSpan(start, end - start));
        }

        var trivia = _heldTrivia.Append(_buffer, start, end - start).ToString();
        _heldTrivia = null;
        return trivia;
    }

    /// <summary>Whether the next non-blank line after <paramref name="pos"/> is a continuation line.</summary>
    private bool LooksAhead(int pos, out bool needMore)
    {
        needMore = false;
        while (true)
        {
            if (!TryGetLine(pos, out var contentEnd, out var next))
            {
                needMore = !_eof && !_cut;
                return false;
            }

            var text = _buffer.AsSpan(pos, contentEnd - pos);
            if (!IsBlank(text))
            {
                return text[0] is ' ' or '\t';
            }

            pos = next;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryGetLine(int pos, out int contentEnd, out int next)
    {
        var span = _buffer.AsSpan(pos, _end - pos);
        var i = span.IndexOfAny('\r', '\n');
        if (i < 0)
        {
            contentEnd = next = _end;
            return (_eof || _cut) && pos < _end;
        }

        contentEnd = pos + i;
        if (span[i] == '\n')
        {
            next = contentEnd + 1;
            return true;
        }

        if (i + 1 < span.Length)
        {
            next = contentEnd + (span[i + 1] == '\n' ? 2 : 1);
            return true;
        }

        // A CR at the end of the buffer: a CRLF pair may be split across refills.
        next = contentEnd + 1;
        return _eof || _cut;
    }

    /// <summary>
    /// A tag line has 1–4 tag characters (A–Z, 0–9) in columns 1–4, padded with spaces, a hyphen in column 5 and a
    /// space in column 6 (or nothing: <c>AB  -</c>). Two departures are read with a warning: no space after the
    /// hyphen (<c>PMID-123</c>) and a 4-character tag with its hyphen in column 6 (<c>ISSN - …</c>, ERIC exports).
    /// </summary>
    internal static bool TryParseTagLine(ReadOnlySpan<char> line, out int tagLength, out int valueStart, out bool irregular)
    {
        irregular = false;
        valueStart = 0;
        var n = 0;
        while (n < 4 && n < line.Length && IsTagChar(line[n]))
        {
            n++;
        }

        tagLength = n;
        if (n == 0)
        {
            return false;
        }

        var j = n;
        while (j < 4 && j < line.Length && line[j] == ' ')
        {
            j++;
        }

        if (j == 4 && line.Length > 4 && line[4] == '-')
        {
            if (line.Length == 5 || line[5] == ' ')
            {
                valueStart = Math.Min(6, line.Length);
                return true;
            }

            irregular = true;
            valueStart = 5;
            return true;
        }

        if (n == 4 && line.Length > 5 && line[4] == ' ' && line[5] == '-')
        {
            irregular = true;
            valueStart = line.Length > 6 && line[6] == ' ' ? 7 : 6;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Layout whitespace is the ASCII space and tab only: a thin or no-break space at a line's edge is text
    /// (extraer-de-pubmed PMID 26193060 wraps "R(2) " + "\u2009= 0.45").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsBlank(ReadOnlySpan<char> line) => line.IndexOfAnyExcept(' ', '\t') < 0;

    internal static ReadOnlySpan<char> TrimLayout(ReadOnlySpan<char> text, bool start = true, bool end = true)
    {
        if (start)
        {
            var first = text.IndexOfAnyExcept(' ', '\t');
            text = first < 0 ? [] : text[first..];
        }

        if (end)
        {
            text = text[..(text.LastIndexOfAnyExcept(' ', '\t') + 1)];
        }

        return text;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTagChar(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);

    private void AddPiece(ref PendingField field, int start, int end)
    {
        var piece = _buffer.AsSpan(start, end - start);
        var trimmedStart = piece.Length - TrimLayout(piece, end: false).Length;
        var trimmed = TrimLayout(piece);
        if (trimmed.IsEmpty)
        {
            return;
        }

        var range = new Range(start + trimmedStart, start + trimmedStart + trimmed.Length);
        if (field.PieceCount == 0)
        {
            field.FirstPiece = range;
        }
        else
        {
            if (field.PieceCount == 1)
            {
                _pieces.Clear();
                _pieces.Add(field.FirstPiece);
            }

            _pieces.Add(range);
        }

        field.PieceCount++;
    }

    private void Flush(ref PendingField field, int end)
    {
        field.End = end;
        var pooled = _pool is not null && MedlineTags.IsPooled(field.KnownTag);
        if (field.PieceCount == 0)
        {
            field.Value = string.Empty;
        }
        else if (field.PieceCount == 1)
        {
            var (offset, length) = field.FirstPiece.GetOffsetAndLength(_buffer.Length);
            var span = _buffer.AsSpan(offset, length);
            field.Value = pooled ? _pool!.Get(span) : new string(span);
        }
        else
        {
            var total = _pieces.Count - 1;
            foreach (var piece in _pieces)
            {
                total += piece.GetOffsetAndLength(_buffer.Length).Length;
            }

            if (_scratch.Length < total)
            {
                ArrayPool<char>.Shared.Return(_scratch);
                _scratch = ArrayPool<char>.Shared.Rent(total);
            }

            var written = 0;
            foreach (var piece in _pieces)
            {
                if (written > 0)
                {
                    _scratch[written++] = ' ';
                }

                var (offset, length) = piece.GetOffsetAndLength(_buffer.Length);
                _buffer.AsSpan(offset, length).CopyTo(_scratch.AsSpan(written));
                written += length;
            }

            var joined = _scratch.AsSpan(0, written);
            field.Value = pooled ? _pool!.Get(joined) : new string(joined);
        }

        _fields.Add(field);
    }

    private void Report(DiagnosticSeverity severity, string code, int bufferIndex, int line, int column, string message, string? tag)
    {
        var diagnostic = new MedlineDiagnostic(severity, code, message, Position(bufferIndex, line, column), _options.SourceName, tag);
        _diagnostics.Add(diagnostic);
    }

    private SourcePosition Position(int bufferIndex, int line, int column) => new(_baseOffset + bufferIndex + column - 1, line, column);

    private string Pool(ReadOnlySpan<char> text) => _pool is null ? new string(text) : _pool.Get(text);

    private static string Shorten(ReadOnlySpan<char> text)
    {
        const int Max = 60;
        return text.Length <= Max ? new string(text) : string.Concat(text[..(Max - 1)], "…");
    }

    private static string DescribeIndent(ReadOnlySpan<char> indent)
    {
        var tabs = indent.Count('\t');
        var spaces = indent.Count(' ');
        var others = indent.Length - tabs - spaces;
        var parts = new List<string>(3);
        if (spaces > 0)
        {
            parts.Add(spaces == 1 ? "1 space" : $"{spaces} spaces");
        }

        if (tabs > 0)
        {
            parts.Add(tabs == 1 ? "1 tab" : $"{tabs} tabs");
        }

        if (others > 0)
        {
            parts.Add(others == 1 ? "1 other whitespace character" : $"{others} other whitespace characters");
        }

        return string.Join(" and ", parts);
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            ArrayPool<char>.Shared.Return(_scratch);
            _buffer = [];
            _scratch = [];
        }
    }

    /// <summary>A field being read: buffer positions until the record is complete.</summary>
    private struct PendingField(string tag, MedlineTag knownTag, MedlineFieldKind kind, int start, int line, int valueColumn)
    {
        public readonly string Tag = tag;
        public readonly MedlineTag KnownTag = knownTag;
        public readonly MedlineFieldKind Kind = kind;
        public readonly int Start = start;
        public readonly int Line = line;
        public readonly int ValueColumn = valueColumn;
        public int End;
        public int LineCount;
        public bool HasParagraphBreaks;
        public int PieceCount;
        public Range FirstPiece;
        public string Value = string.Empty;
    }
}
