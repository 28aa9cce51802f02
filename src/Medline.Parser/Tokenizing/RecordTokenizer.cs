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
/// Splits MEDLINE text into records and fields: one <c>IndexOfAny('\r','\n')</c> per line, no string per line, one
/// string per kept value (none for a pooled repeat), and no copy of the record's source text.
/// </summary>
/// <remarks>
/// <para>
/// The tokenizer does no I/O. Over a whole text (<see cref="RecordTokenizer(MedlineReaderOptions, ReadOnlyMemory{char}, StringPool)"/>) it scans
/// the text itself and each record's raw text is a slice of it. Over a <see cref="TextReader"/> the reader fills
/// chunks that are never reused (each below the large-object threshold): a record's raw text is a slice of its
/// chunk, and a record that straddles two chunks is copied whole into the next one and scanned again. The reader
/// calls <see cref="TryReadRecord"/> until it stops asking for data, so the sync and async paths share this one
/// algorithm.
/// </para>
/// <para>
/// While a record is scanned, its fields are kept as positions only (<see cref="Slot"/>, no references, so no write
/// barriers); the value strings are made once the record is complete, straight into the record's field array.
/// </para>
/// </remarks>
internal sealed class RecordTokenizer : IDisposable
{
    /// <summary>Chars per read chunk: 80 KiB, below the 85,000-byte large-object threshold.</summary>
    internal const int ChunkSize = 40 * 1024;

    private const int MinimumFreeSpace = 8 * 1024;
    private const string StandardIndent = "      ";

    private readonly MedlineReaderOptions _options;
    private readonly StringPool? _pool;
    private readonly List<MedlineDiagnostic> _diagnostics = [];
    private readonly List<string> _unknownTags = [];
    private readonly bool _overText;
    private Slot[] _slots = RentSlots();
    private List<Slot[]>? _moreSlots;
    private int _slotCount;
    private int[] _pieces = RentPieces();
    private int _pieceCount;
    private char[] _chunk = [];
    private ReadOnlyMemory<char> _source;
    private bool _published;
    private char[] _scratch = [];
    private int _start;
    private int _end;
    private long _baseOffset;
    private int _line = 1;
    private int _column = 1;
    private bool _eof;
    private bool _started;
    private bool _splitAtPmid;
    private bool _startsInFlattenedLine;
    private bool _endsInsideRecord;
    private RecordTags _recordTags;
    private FieldStart[] _fieldStarts = new FieldStart[16];
    private bool _cut;
    private int _recordIndex;
    private StringBuilder? _heldTrivia;

    /// <summary>A tokenizer fed by <see cref="GetFillTarget"/> and <see cref="Advance"/>.</summary>
    public RecordTokenizer(MedlineReaderOptions options, StringPool? sharedPool = null)
    {
        _options = options;
        _pool = options.PoolStrings ? sharedPool ?? new StringPool() : null;
    }

    /// <summary>
    /// A tokenizer over a whole text (a string, or a chunk's decoded buffer): nothing is copied, records slice the
    /// text. The chunks of one input share their reader's pool (<paramref name="sharedPool"/>; <see cref="StringPool"/>
    /// is safe to share across threads).
    /// </summary>
    public RecordTokenizer(MedlineReaderOptions options, ReadOnlyMemory<char> text, StringPool? sharedPool = null)
        : this(options, sharedPool)
    {
        _overText = true;
        _source = text;
        ExtendWindow();
    }

    /// <summary>
    /// Makes positions continue from <paramref name="start"/>: the text is a piece cut from a larger input (a
    /// <see cref="MedlineChunk"/>) at a line start, or inside a line after an over-long record, so it has no byte
    /// order mark of its own; a piece cut at a second PMID line starts with the reader's warning for it, as the whole
    /// input would; a piece that ends inside an over-long record has its last record cut and reported. Call before the
    /// first read.
    /// </summary>
    public void StartAt(SourcePosition start, ChunkEdges edges)
    {
        _baseOffset = start.Offset;
        _line = start.Line;
        _column = start.Column;
        _started = true;
        _splitAtPmid = (edges & ChunkEdges.StartsAtMissingSeparator) != 0;
        _endsInsideRecord = (edges & ChunkEdges.EndsInsideRecord) != 0;
        ExtendWindow();
    }

    /// <summary>The whitespace-only lines after the last record, once <see cref="TokenizeStatus.End"/> was returned.</summary>
    public string TrailingTrivia { get; private set; } = string.Empty;

    /// <summary>Records read so far.</summary>
    public int RecordCount => _recordIndex;

    /// <summary>Whether the reader has reported the end of its input.</summary>
    public bool IsCompleted => _eof;

    /// <summary>Whether the tokenizer reads a whole text (and so never needs a fill: call <see cref="ExtendWindow"/>).</summary>
    public bool IsOverText => _overText;

    /// <summary>The string pool, when pooling is on (for tests and the benchmark's report).</summary>
    internal StringPool? Pool => _pool;

    /// <summary>
    /// Over a string: lets the scanner see up to <see cref="MedlineReaderOptions.MaxRecordLength"/> chars from the
    /// current record on, so a record longer than that is cut exactly as it would be when read from a stream.
    /// </summary>
    public void ExtendWindow()
    {
        var length = _source.Length;
        _end = CutPoint(_source.Span, (int)Math.Min(length, (long)_start + Math.Max(_options.MaxRecordLength, 1)), length);
        _eof = _end == length && (!_endsInsideRecord || _start == length);
    }

    /// <summary>
    /// Where a record at the length limit is cut: at <paramref name="limit"/>, or one char further so that the cut
    /// splits neither a CRLF pair (the LF would count as a second line break) nor a surrogate pair (half a character
    /// is no text: its JSON cannot be written).
    /// </summary>
    private static int CutPoint(ReadOnlySpan<char> buf, int limit, int available)
    {
        if (limit <= 0 || limit >= available)
        {
            return limit;
        }

        var last = buf[limit - 1];
        var next = buf[limit];
        return (last == '\r' && next == '\n') || (char.IsHighSurrogate(last) && char.IsLowSurrogate(next)) ? limit + 1 : limit;
    }

    /// <summary>Makes room at the end of the current chunk, or starts a new chunk, and returns it for the reader to fill.</summary>
    public Memory<char> GetFillTarget()
    {
        if (_chunk.Length - _end >= MinimumFreeSpace)
        {
            return _chunk.AsMemory(_end);
        }

        var pending = _end - _start;
        if (!_published && _chunk.Length - pending >= MinimumFreeSpace)
        {
            // No record holds this chunk yet: move the pending text to its start.
            Array.Copy(_chunk, _start, _chunk, 0, pending);
        }
        else
        {
            // Records hold slices of this chunk: leave it to them and copy the pending text into a new one.
            var size = ChunkSize;
            while (size - pending < MinimumFreeSpace)
            {
                size *= 2;
            }

            var next = new char[size];
            Array.Copy(_chunk, _start, next, 0, pending);
            _chunk = next;
            _source = next;
            _published = false;
        }

        _baseOffset += _start;
        _start = 0;
        _end = pending;
        return _chunk.AsMemory(_end);
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
            if (_end > _start && _source.Span[_start] == '\uFEFF')
            {
                _start++;
                _baseOffset--; // offsets count from the first character after the byte order mark
            }
        }

        // A record is scanned within the limit, as over a whole text (ExtendWindow), whatever a stream happened to
        // deliver: where it is cut, and so its positions, do not depend on the refills. The rest stays buffered.
        var end = _end;
        var eof = _eof;
        var max = _options.MaxRecordLength;
        if (end - _start > max)
        {
            _end = CutPoint(_source.Span, _start + max, end);
            _eof = false;
        }

        var status = Scan(_source.Span, out record);
        if (status == TokenizeStatus.NeedMoreData && !_eof && (_end - _start >= max || (_endsInsideRecord && _end == _source.Length)))
        {
            _cut = true;
            status = Scan(_source.Span, out record);
            _cut = false;
        }

        _end = end;
        _eof = eof;
        return status;
    }

    private TokenizeStatus Scan(ReadOnlySpan<char> buf, out MedlineRecord? record)
    {
        record = null;
        var pos = _start;
        var line = _line;
        var column = _column; // of pos: 1 but where the record starts inside a line (a lost break, a cut)

        // Whitespace-only lines before the record are its leading trivia.
        int next;
        int contentEnd;
        while (true)
        {
            if (!TryGetLine(buf, pos, out contentEnd, out next))
            {
                if (!_eof)
                {
                    if (_cut)
                    {
                        // A run of blank lines longer than the record limit: keep it aside so the buffer can move on.
                        (_heldTrivia ??= new StringBuilder()).Append(buf[_start..pos]);
                        _start = pos;
                        _line = line;
                        _column = column;
                    }

                    return TokenizeStatus.NeedMoreData;
                }

                if (_end > _start || _heldTrivia is not null)
                {
                    TrailingTrivia = TakeTrivia(buf, _start, _end);
                }

                _start = _end;
                _line = line;
                _column = column;
                return TokenizeStatus.End;
            }

            if (!IsBlank(buf[pos..contentEnd]))
            {
                break;
            }

            NextLine(ref pos, ref line, ref column, contentEnd, next);
        }

        var triviaStart = _start;
        var recordStart = pos;
        var recordLine = line;
        var recordColumn = column;
        var recovered = _startsInFlattenedLine;
        var endedInLine = false;
        _recordTags.Clear();
        _slotCount = 0;
        if (_moreSlots is { Count: > MaxKeptSlotBlocks })
        {
            _moreSlots.RemoveRange(MaxKeptSlotBlocks, _moreSlots.Count - MaxKeptSlotBlocks); // after a record of thousands of fields
        }
        _pieceCount = 0;
        _unknownTags.Clear();
        _diagnostics.Clear();
        var current = default(Slot);
        var active = false;
        if (_splitAtPmid)
        {
            Report(DiagnosticSeverity.Warning, DiagnosticCodes.MissingRecordSeparator, pos, line, column,
                "PMID line not preceded by a blank line; a new record starts here", "PMID");
        }

        var endedAtPmid = false;
        while (true)
        {
            if (!TryGetLine(buf, pos, out contentEnd, out next))
            {
                if (_cut)
                {
                    ReportTooLong(pos, line, column);
                }

                if (_eof || _cut)
                {
                    break;
                }

                return TokenizeStatus.NeedMoreData;
            }

            var text = buf[pos..contentEnd];
            var first = text.IsEmpty ? '\0' : text[0];
            if (first is ' ' or '\t' || text.IsEmpty)
            {
                var indent = 0;
                while (indent < text.Length && text[indent] is ' ' or '\t')
                {
                    indent++;
                }

                if (indent == text.Length)
                {
                    // Whitespace only: a paragraph break inside the current value if the next non-blank line
                    // continues it (format §1.4), otherwise the end of the record.
                    if (!active)
                    {
                        break;
                    }

                    var continues = LooksAhead(buf, next, out var needMore);
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
                        ReportIrregularIndent(text[..indent], pos, line, column, active ? TagOf(current) : null);
                    }

                    if (!active)
                    {
                        ReportOrphan(text, pos, line, column);
                        current = new Slot(MedlineTag.Unknown, MedlineFieldKind.Orphan, -1, pos, line, column, 1);
                        active = true;
                    }

                    if (SplitLine(buf, ref current, pos, line, column, indent, contentEnd, ref recovered, out var recordEnd))
                    {
                        column += recordEnd - pos;
                        pos = recordEnd;
                        endedInLine = true;
                        break;
                    }

                    current.LineCount++;
                }
            }
            else if (TryParseTagLine(text, out var tagLength, out var valueStart, out var irregular))
            {
                var tagText = text[..tagLength];
                var known = MedlineTags.LookupPadded(text[..4]);
                if (known == MedlineTag.Pmid)
                {
                    // A record has one PMID: a second one means the blank line before it was lost. (Only a
                    // second one: PMC exports put "PMC -" before "PMID-", ERIC records have none.)
                    if (_recordTags.Has(MedlineTag.Pmid))
                    {
                        endedAtPmid = true;
                        break;
                    }
                }

                if (active)
                {
                    Flush(ref current, pos);
                }

                var unknownIndex = known == MedlineTag.Unknown ? AddUnknownTag(tagText) : -1;
                current = new Slot(known, MedlineFieldKind.Tagged, unknownIndex, pos, line, column, valueStart + 1);
                _recordTags.Add(known);
                active = true;
                if (irregular)
                {
                    ReportIrregularTagLine(text, pos, line, column, TagOf(current));
                }

                if (known == MedlineTag.Unknown)
                {
                    ReportUnknownTag(pos, line, column, TagOf(current));
                }

                if (SplitLine(buf, ref current, pos, line, column, valueStart, contentEnd, ref recovered, out var recordEnd))
                {
                    column += recordEnd - pos;
                    pos = recordEnd;
                    endedInLine = true;
                    break;
                }

                current.LineCount++;
            }
            else
            {
                if (active)
                {
                    Flush(ref current, pos);
                }

                ReportMalformed(text, pos, line, column);
                current = new Slot(MedlineTag.Unknown, MedlineFieldKind.Malformed, -1, pos, line, column, 1);
                active = true;
                if (SplitLine(buf, ref current, pos, line, column, 0, contentEnd, ref recovered, out var recordEnd))
                {
                    column += recordEnd - pos;
                    pos = recordEnd;
                    endedInLine = true;
                    break;
                }

                current.LineCount++;
            }

            NextLine(ref pos, ref line, ref column, contentEnd, next);
        }

        // A record that ends inside a line (a line that lost its breaks holds the next one's first tag) has its fields
        // flushed already; the next record starts there.
        if (active && !endedInLine)
        {
            Flush(ref current, pos);
        }

        record = Build(buf, triviaStart, recordStart, recordLine, recordColumn, pos, recovered);
        _splitAtPmid = endedAtPmid;
        _startsInFlattenedLine = endedInLine;
        _start = pos;
        _line = line;
        _column = column;
        return TokenizeStatus.Record;
    }

    /// <summary>
    /// Moves to the next line, or, when the line had no line ending (cut at the record limit), stays on it: the text
    /// after the cut goes on in the same line and column.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void NextLine(ref int pos, ref int line, ref int column, int contentEnd, int next)
    {
        if (next > contentEnd)
        {
            line++;
            column = 1;
        }
        else
        {
            column += next - pos;
        }

        pos = next;
    }

    /// <summary>
    /// Splits the current field's text on this line (from <paramref name="from"/>) at the field starts it holds, when
    /// it holds several (a line that lost its breaks, <see cref="FlattenedLine"/>): the fields before the last start
    /// are flushed, and the last one stays current. Returns true when a start begins a new record, whose buffer index
    /// is <paramref name="recordEnd"/>: the current record ends there.
    /// </summary>
    private bool SplitLine(ReadOnlySpan<char> buf, ref Slot current, int pos, int line, int column, int from, int contentEnd,
        ref bool recovered, out int recordEnd)
    {
        recordEnd = 0;
        var text = buf[pos..contentEnd];
        var starts = FlattenedLine.Find(text, from, current.Known, current.Start == pos, _recordTags, recovered, ref _fieldStarts);
        if (starts == 0)
        {
            AddPiece(buf, ref current, pos + from, contentEnd);
            return false;
        }

        return SplitLineCore(buf, ref current, pos, line, column, from, contentEnd, starts, ref recovered, out recordEnd);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool SplitLineCore(ReadOnlySpan<char> buf, ref Slot current, int pos, int line, int column, int from, int contentEnd,
        int starts, ref bool recovered, out int recordEnd)
    {
        recordEnd = 0;
        if (!_options.RecoverFlattenedRecords)
        {
            ReportFieldsRunTogether(pos + _fieldStarts[0].TagStart, line, column + _fieldStarts[0].TagStart, starts, TagOf(current));
            AddPiece(buf, ref current, pos + from, contentEnd);
            return false;
        }

        recovered = true;
        for (var i = 0; i < starts; i++)
        {
            var start = _fieldStarts[i];
            var at = pos + start.TagStart;
            AddPiece(buf, ref current, pos + from, at);
            current.LineCount++;
            Flush(ref current, at);
            if (start.StartsRecord)
            {
                recordEnd = at;
                return true;
            }

            var unknownIndex = start.Tag == MedlineTag.Unknown ? AddUnknownTag(buf.Slice(at, start.TagLength)) : -1;
            current = new Slot(start.Tag, MedlineFieldKind.Tagged, unknownIndex, at, line, column + start.TagStart, start.ValueStart - start.TagStart + 1);
            _recordTags.Add(start.Tag);
            if (start.Tag == MedlineTag.Unknown)
            {
                ReportUnknownTag(at, line, column + start.TagStart, TagOf(current));
            }

            from = start.ValueStart;
        }

        AddPiece(buf, ref current, pos + from, contentEnd);
        return false;
    }

    private MedlineRecord Build(ReadOnlySpan<char> buf, int triviaStart, int recordStart, int recordLine, int recordColumn,
        int recordEnd, bool recovered)
    {
        var count = _slotCount;
        var slots = _slots;
        if (!_recordTags.Has(MedlineTag.Pmid))
        {
            ReportRecordLevel(DiagnosticSeverity.Warning, DiagnosticCodes.MissingPmid, recordStart, recordLine, recordColumn,
                "record has no PMID field", null);
        }
        else if (slots[0].Known != MedlineTag.Pmid)
        {
            var tag = TagOf(slots[0]);
            ReportRecordLevel(DiagnosticSeverity.Info, DiagnosticCodes.RecordNotStartingWithPmid, recordStart, recordLine, recordColumn,
                $"record starts with '{tag}' instead of PMID", tag);
        }

        if (recovered)
        {
            // First among the record-level findings: it explains the others.
            ReportRecordLevel(DiagnosticSeverity.Warning, DiagnosticCodes.RecoveredRecord, recordStart, recordLine, recordColumn,
                $"record recovered from text that lost its line breaks (expected one field per line): split into {count} fields at the tags it holds", null);
        }

        var record = buf[recordStart..recordEnd];
        if (record.Contains('\uFFFD') || record.ContainsAny(s_controlCharacters))
        {
            ReportSuspectCharacters(buf, recordStart, recordLine, recordColumn, recordEnd);
        }

        var fields = count == 0 ? [] : new MedlineField[count];
        var diagnostics = _diagnostics.Count == 0 ? [] : ImmutableArray.CreateRange(_diagnostics);
        var trivia = TakeTrivia(buf, triviaStart, recordStart);
        if (!_overText)
        {
            _published = true;
        }

        var result = new MedlineRecord(
            ImmutableCollectionsMarshal.AsImmutableArray(fields),
            diagnostics,
            Position(recordStart, recordLine, recordColumn),
            _recordIndex++,
            _options.SourceName,
            _source.Slice(recordStart, recordEnd - recordStart),
            trivia,
            _unknownTags.Count == 0 ? null : [.. _unknownTags])
        {
            IsRecovered = recovered,
        };

        for (var i = 0; i < fields.Length; i++)
        {
            ref readonly var f = ref SlotAt(i);
            fields[i] = new MedlineField(
                result, f.Known, f.UnknownTag, f.Kind, MakeValue(buf, in f), f.Start - recordStart, f.End - f.Start, f.Line,
                f.Column, f.ValueColumn, f.LineCount, f.HasParagraphBreaks);
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private string TagOf(in Slot slot) => slot.UnknownTag >= 0 ? _unknownTags[slot.UnknownTag] : MedlineTags.GetName(slot.Known);

    private string MakeValue(ReadOnlySpan<char> buf, in Slot f)
    {
        if (f.PieceCount == 1)
        {
            var span = buf.Slice(f.ValueStart, f.ValueLength);
            return _pool is not null && MedlineTags.IsPooled(f.Known) ? _pool.Get(span) : new string(span);
        }

        return f.PieceCount == 0 ? string.Empty : Join(buf, in f);
    }

    private string Join(ReadOnlySpan<char> buf, in Slot f)
    {
        var pieces = _pieces.AsSpan(f.ValueStart, 2 * f.PieceCount);
        var total = f.PieceCount - 1;
        for (var i = 1; i < pieces.Length; i += 2)
        {
            total += pieces[i];
        }

        if (_pool is not null && MedlineTags.IsPooled(f.Known) && total <= StringPool.MaxLength)
        {
            if (_scratch.Length < total)
            {
                _scratch = new char[Math.Max(total, 256)];
            }

            var written = JoinInto(buf, pieces, _scratch);
            return _pool.Get(_scratch.AsSpan(0, written));
        }

        return string.Create(total, new JoinState(buf, pieces), static (destination, state) => JoinInto(state.Source, state.Pieces, destination));
    }

    private static int JoinInto(ReadOnlySpan<char> buf, ReadOnlySpan<int> pieces, Span<char> destination)
    {
        var written = 0;
        for (var i = 0; i < pieces.Length; i += 2)
        {
            if (written > 0)
            {
                destination[written++] = ' ';
            }

            buf.Slice(pieces[i], pieces[i + 1]).CopyTo(destination[written..]);
            written += pieces[i + 1];
        }

        return written;
    }

    private string TakeTrivia(ReadOnlySpan<char> buf, int start, int end)
    {
        if (_heldTrivia is null)
        {
            return Trivia(buf[start..end]);
        }

        var trivia = _heldTrivia.Append(buf[start..end]).ToString();
        _heldTrivia = null;
        return trivia;
    }

    /// <summary>The usual separators are shared strings; anything else is made.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static string Trivia(ReadOnlySpan<char> text) => text.Length switch
    {
        0 => string.Empty,
        1 when text[0] == '\n' => "\n",
        2 when text[0] == '\r' && text[1] == '\n' => "\r\n",
        2 when text[0] == '\n' && text[1] == '\n' => "\n\n",
        _ => new string(text),
    };

    /// <summary>Whether the next non-blank line after <paramref name="pos"/> is a continuation line.</summary>
    private bool LooksAhead(ReadOnlySpan<char> buf, int pos, out bool needMore)
    {
        needMore = false;
        while (true)
        {
            if (!TryGetLine(buf, pos, out var contentEnd, out var next))
            {
                needMore = !_eof && !_cut;
                return false;
            }

            var text = buf[pos..contentEnd];
            if (!IsBlank(text))
            {
                return text[0] is ' ' or '\t';
            }

            pos = next;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryGetLine(ReadOnlySpan<char> buf, int pos, out int contentEnd, out int next)
    {
        var span = buf[pos.._end];
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddPiece(ReadOnlySpan<char> buf, ref Slot field, int start, int end)
    {
        // Nearly every piece starts and ends with text: the loops run zero times.
        while (start < end && buf[start] is ' ' or '\t')
        {
            start++;
        }

        while (end > start && buf[end - 1] is ' ' or '\t')
        {
            end--;
        }

        if (start == end)
        {
            return;
        }

        if (field.PieceCount == 0)
        {
            field.ValueStart = start;
            field.ValueLength = end - start;
        }
        else
        {
            if (field.PieceCount == 1)
            {
                var index = _pieceCount;
                AddPieceRange(field.ValueStart, field.ValueLength);
                field.ValueStart = index;
            }

            AddPieceRange(start, end - start);
        }

        field.PieceCount++;
    }

    private void AddPieceRange(int start, int length)
    {
        if (_pieceCount + 2 > _pieces.Length)
        {
            Array.Resize(ref _pieces, _pieces.Length * 2);
        }

        _pieces[_pieceCount] = start;
        _pieces[_pieceCount + 1] = length;
        _pieceCount += 2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Flush(ref Slot field, int end)
    {
        field.End = end;
        if (_slotCount < _slots.Length)
        {
            _slots[_slotCount++] = field;
            return;
        }

        AddSlot(in field);
    }

    /// <summary>
    /// A field past the first array: it doubles up to <see cref="SlotBlockLength"/> slots, then further fields go to
    /// blocks of that size, which are never copied. A record of 100,000 authors (300,000 fields) doubled one array to
    /// 524,288 slots, 25 MB beside the 12.5 MB one it was copied from (docs/performance.md).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddSlot(in Slot field)
    {
        if (_slots.Length < SlotBlockLength)
        {
            Array.Resize(ref _slots, Math.Min(_slots.Length * 2, SlotBlockLength));
            _slots[_slotCount++] = field;
            return;
        }

        var index = _slotCount - _slots.Length;
        var blocks = _moreSlots ??= [];
        if (index / SlotBlockLength == blocks.Count)
        {
            blocks.Add(new Slot[SlotBlockLength]);
        }

        blocks[index / SlotBlockLength][index % SlotBlockLength] = field;
        _slotCount++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Slot SlotAt(int index) =>
        ref index < _slots.Length ? ref _slots[index] : ref _moreSlots![(index - _slots.Length) / SlotBlockLength][(index - _slots.Length) % SlotBlockLength];

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int AddUnknownTag(ReadOnlySpan<char> tagText)
    {
        _unknownTags.Add(_pool is null ? new string(tagText) : _pool.Get(tagText));
        return _unknownTags.Count - 1;
    }

    // Diagnostics are rare: their message strings are built here, off the hot path.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportTooLong(int pos, int line, int column) =>
        Report(DiagnosticSeverity.Error, DiagnosticCodes.RecordTooLong, pos, line, column,
            $"record longer than {_options.MaxRecordLength} characters without a blank line; it is cut here", null);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportIrregularIndent(ReadOnlySpan<char> indent, int pos, int line, int column, string? tag) =>
        Report(DiagnosticSeverity.Warning, DiagnosticCodes.IrregularIndent, pos, line, column,
            $"continuation line indented by {DescribeIndent(indent)}; expected six spaces", tag);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportOrphan(ReadOnlySpan<char> text, int pos, int line, int column) =>
        Report(DiagnosticSeverity.Error, DiagnosticCodes.OrphanContinuation, pos, line, column,
            $"continuation line '{Shorten(TrimLayout(text))}' with no tag line before it in the record; expected a tag line", null);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportIrregularTagLine(ReadOnlySpan<char> text, int pos, int line, int column, string tag) =>
        Report(DiagnosticSeverity.Warning, DiagnosticCodes.IrregularTagLine, pos, line, column,
            $"tag line '{Shorten(text)}' has its hyphen out of place; expected 'TAG - value' with the hyphen in column 5 followed by a space", tag);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportUnknownTag(int pos, int line, int column, string tag) =>
        Report(DiagnosticSeverity.Info, DiagnosticCodes.UnknownTag, pos, line, column,
            $"unknown tag '{tag}'; the field is kept as it is", tag);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportFieldsRunTogether(int pos, int line, int column, int starts, string tag) =>
        Report(DiagnosticSeverity.Error, DiagnosticCodes.FieldsRunTogether, pos, line, column,
            $"{starts + 1} fields run together on one line (its line breaks were lost); expected one field per line. " +
            "Read as one value because recovery is off", tag);

    // C0 controls other than tab, LF and CR: MEDLINE text never holds them (NUL from a binary file, a form feed…).
    private static readonly SearchValues<char> s_controlCharacters = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>
    /// One diagnostic per line and kind at its first place, in source order among the record's other diagnostics:
    /// a U+FFFD (what a decoder puts for bytes that are not UTF-8: a Latin-1 file read as UTF-8 would otherwise be
    /// garbled without a word) and a control character inside a value (unless the line was already reported as binary).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportSuspectCharacters(ReadOnlySpan<char> buf, int recordStart, int recordLine, int recordColumn, int recordEnd)
    {
        var line = recordLine;
        var column = recordColumn;
        var pos = recordStart;
        while (pos < recordEnd)
        {
            var rest = buf[pos..recordEnd];
            var end = rest.IndexOfAny('\r', '\n');
            var text = end < 0 ? rest : rest[..end];
            var at = text.IndexOf('\uFFFD');
            if (at >= 0)
            {
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.ReplacementCharacter, pos + at, line, column + at,
                    "U+FFFD replacement character: bytes here were not valid UTF-8 or the text was damaged before; it is " +
                    "kept as it is. If the file is Latin-1 or Windows-1252, use --encoding windows-1252 (MedlineReaderOptions.Encoding)",
                    TagAt(pos + at));
            }

            at = text.IndexOfAny(s_controlCharacters);
            if (at >= 0 && !_diagnostics.Exists(d => d.Code == DiagnosticCodes.ControlCharacter && d.Position.Line == line))
            {
                Report(DiagnosticSeverity.Error, DiagnosticCodes.ControlCharacter, pos + at, line, column + at,
                    $"control character U+{(int)text[at]:X4} inside a value; MEDLINE text holds none (is the file binary or damaged?). It is kept as it is",
                    TagAt(pos + at));
            }

            if (end < 0)
            {
                break;
            }

            pos += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
            line++;
            column = 1;
        }

        // The diagnostics were added after the record's other line diagnostics: back into source order (a stable sort).
        var sorted = _diagnostics.OrderBy(d => d.Position.Offset).ToList();
        _diagnostics.Clear();
        _diagnostics.AddRange(sorted);
    }

    /// <summary>The tag of the field whose lines hold buffer index <paramref name="pos"/>, if any.</summary>
    private string? TagAt(int pos)
    {
        for (var i = 0; i < _slotCount; i++)
        {
            ref readonly var slot = ref SlotAt(i);
            if (pos >= slot.Start && pos < slot.End)
            {
                return TagOf(slot);
            }
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportMalformed(ReadOnlySpan<char> text, int pos, int line, int column)
    {
        var binary = text.IndexOfAnyInRange('\0', '\u0008') >= 0 || text.IndexOfAnyInRange('\u000E', '\u001F') >= 0;
        if (binary)
        {
            Report(DiagnosticSeverity.Error, DiagnosticCodes.ControlCharacter, pos, line, column,
                "line contains control characters that MEDLINE text never holds; is this a binary file?", null);
        }
        else
        {
            Report(DiagnosticSeverity.Error, DiagnosticCodes.MalformedLine, pos, line, column,
                $"malformed line '{Shorten(text)}': expected a tag line ('TAG - value', hyphen in column 5), a continuation line (six spaces) or a blank line", null);
        }
    }

    /// <summary>Record-level findings are about the record's first line: they go first, keeping source order.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReportRecordLevel(DiagnosticSeverity severity, string code, int bufferIndex, int line, int column, string message, string? tag) =>
        _diagnostics.Insert(0, new MedlineDiagnostic(severity, code, message, Position(bufferIndex, line, column), _options.SourceName, tag));

    private void Report(DiagnosticSeverity severity, string code, int bufferIndex, int line, int column, string message, string? tag)
    {
        var diagnostic = new MedlineDiagnostic(severity, code, message, Position(bufferIndex, line, column), _options.SourceName, tag);
        _diagnostics.Add(diagnostic);
    }

    /// <summary>The position of buffer index <paramref name="bufferIndex"/>, which is at <paramref name="column"/> of its line.</summary>
    private SourcePosition Position(int bufferIndex, int line, int column) => new(_baseOffset + bufferIndex, line, column);

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

    /// <summary>
    /// Gives the field and piece arrays back to this thread's cache (they hold no references, and no record refers to
    /// them); chunks belong to the records that slice them, and are collected with them.
    /// </summary>
    public void Dispose()
    {
        _chunk = [];
        _scratch = [];
        if (_slots.Length is > 0 and <= MaxCachedSlots)
        {
            t_slots = _slots;
        }

        if (_pieces.Length is > 0 and <= MaxCachedPieces)
        {
            t_pieces = _pieces;
        }

        _slots = [];
        _pieces = [];
    }

    /// <summary>
    /// A reader per chunk (16 KiB of text) started with new arrays and grew them for its first long record: 18 KB
    /// per chunk, a sixth of the reader's allocations on a conversion. One set per thread is kept for the next reader.
    /// </summary>
    private const int MaxCachedSlots = SlotBlockLength;
    private const int MaxCachedPieces = 8192;

    // 1,024 slots of 52 bytes stay below the large-object threshold (85,000 bytes); a few blocks are kept for the next
    // long record, not the hundreds of a huge one.
    private const int SlotBlockLength = 1024;
    private const int MaxKeptSlotBlocks = 8;

    [ThreadStatic]
    private static Slot[]? t_slots;

    [ThreadStatic]
    private static int[]? t_pieces;

    private static Slot[] RentSlots()
    {
        var slots = t_slots ?? new Slot[128];
        t_slots = null;
        return slots;
    }

    private static int[] RentPieces()
    {
        var pieces = t_pieces ?? new int[64];
        t_pieces = null;
        return pieces;
    }

    private readonly ref struct JoinState(ReadOnlySpan<char> source, ReadOnlySpan<int> pieces)
    {
        public readonly ReadOnlySpan<char> Source = source;
        public readonly ReadOnlySpan<int> Pieces = pieces;
    }

    /// <summary>
    /// A field being read, as positions in the buffer only (no references: storing it costs no write barrier).
    /// With one piece, <see cref="ValueStart"/>/<see cref="ValueLength"/> are the trimmed value; with more,
    /// <see cref="ValueStart"/> indexes the (start, length) pairs in <c>_pieces</c>.
    /// </summary>
    private struct Slot
    {
        public MedlineTag Known;
        public MedlineFieldKind Kind;
        public int UnknownTag;
        public int Start;
        public int Line;
        public int Column;
        public int ValueColumn;
        public int End;
        public int LineCount;
        public int PieceCount;
        public int ValueStart;
        public int ValueLength;
        public bool HasParagraphBreaks;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Slot(MedlineTag known, MedlineFieldKind kind, int unknownTag, int start, int line, int column, int valueColumn)
        {
            Known = known;
            Kind = kind;
            UnknownTag = unknownTag;
            Start = start;
            Line = line;
            Column = column;
            ValueColumn = valueColumn;
        }
    }
}
