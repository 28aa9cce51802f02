using System.Globalization;

namespace Medline.Parser.Serialization;

// Cuts the input into its top-level values (array elements, or the objects of NDJSON / a single object) over a
// refilled byte buffer, without parsing them: each value is then read on its own, so one bad object gives one error
// and reading goes on, and memory holds one object, not the file.
public sealed partial class MedlineJsonReader
{
    private const int InitialBufferSize = 64 * 1024;

    private enum Stage
    {
        Start,
        ArrayBeforeElement,
        ArrayAfterElement,
        AfterArray,
        Objects,
        InElement,
        Done,
    }

    private enum FrameStatus
    {
        NeedMore,
        Element,
        Error,
        End,
    }

    private byte[] _buffer = new byte[InitialBufferSize];
    private int _pos;
    private int _end;
    private bool _eof;
    private bool _bomChecked;
    private Stage _stage;
    private Stage _afterElement;

    // The position of _pos in the text: 1-based line and column (in characters), 0-based UTF-16 offset.
    private int _line = 1;
    private int _column = 1;
    private long _offset;

    // The value being cut out: where it starts, and the scanner's state across refills.
    private int _elementStart;
    private SourcePosition _elementPosition;
    private int _elementIndex;
    private int _depth;
    private bool _inString;
    private bool _escape;
    private bool _scalar;
    private bool _arrayMode;
    private bool _tooLong;

    // NDJSON (one object per line) is told from a pretty-printed object by its first line: a line that goes on after
    // its '{' is NDJSON, where a line break ends an object even if it is broken (so a bad line costs that line only).
    private bool? _lineDelimited;
    private bool _firstLineHasContent;

    private FrameStatus NextFrame(out MedlineDiagnostic? error)
    {
        error = null;
        while (true)
        {
            if (!_bomChecked)
            {
                if (_end - _pos < 3 && !_eof)
                {
                    return FrameStatus.NeedMore;
                }

                _bomChecked = true;
                if (_buffer.AsSpan(_pos, _end - _pos).StartsWith("\uFEFF"u8))
                {
                    _pos += 3;
                }
            }

            if (_pos == _end)
            {
                if (!_eof)
                {
                    return FrameStatus.NeedMore;
                }

                var status = AtEnd(out error);
                return status == FrameStatus.Element ? Emit(out error) : status;
            }

            var b = _buffer[_pos];
            switch (_stage)
            {
                case Stage.Start:
                    if (IsWhitespace(b))
                    {
                        Advance();
                    }
                    else if (b == (byte)'[')
                    {
                        _arrayMode = true;
                        Advance();
                        _stage = Stage.ArrayBeforeElement;
                    }
                    else if (b == (byte)'{')
                    {
                        _stage = Stage.Objects;
                    }
                    else
                    {
                        _stage = Stage.Done;
                        error = Syntax(Here, $"expected '[' (a JSON array) or '{{' (an object, or NDJSON: one object per line) at the start of the input, found {Describe(b)}");
                        return FrameStatus.Error;
                    }

                    break;
                case Stage.ArrayBeforeElement:
                    if (IsWhitespace(b))
                    {
                        Advance();
                    }
                    else if (b == (byte)']')
                    {
                        var trailingComma = _elementIndex > 0
                            ? Syntax(Here, $"expected an object after the ',' that follows {Path(_elementIndex - 1)}, found ']'")
                            : null;
                        Advance();
                        _stage = Stage.AfterArray;
                        if (trailingComma is not null)
                        {
                            error = trailingComma;
                            return FrameStatus.Error;
                        }
                    }
                    else
                    {
                        StartElement(Stage.ArrayAfterElement);
                    }

                    break;
                case Stage.ArrayAfterElement:
                    if (IsWhitespace(b))
                    {
                        Advance();
                    }
                    else if (b == (byte)',')
                    {
                        Advance();
                        _stage = Stage.ArrayBeforeElement;
                    }
                    else if (b == (byte)']')
                    {
                        Advance();
                        _stage = Stage.AfterArray;
                    }
                    else
                    {
                        // A stray '}' is dropped; anything else is read as if the comma were there: the next
                        // object is still worth having. Either way, one error.
                        error = Syntax(Here, $"expected ',' or ']' after {Path(_elementIndex - 1)}, found {Describe(b)}");
                        if (b == (byte)'}')
                        {
                            Advance();
                        }
                        else
                        {
                            _stage = Stage.ArrayBeforeElement;
                        }

                        return FrameStatus.Error;
                    }

                    break;
                case Stage.AfterArray:
                    if (IsWhitespace(b))
                    {
                        Advance();
                    }
                    else
                    {
                        _stage = Stage.Done;
                        error = Syntax(Here, $"expected nothing after the end of the array, found {Describe(b)}");
                        return FrameStatus.Error;
                    }

                    break;
                case Stage.Objects:
                    if (IsWhitespace(b))
                    {
                        Advance();
                    }
                    else
                    {
                        StartElement(Stage.Objects);
                    }

                    break;
                case Stage.InElement:
                    if (ScanElement())
                    {
                        return Emit(out error);
                    }

                    break;
                default:
                    return FrameStatus.End;
            }
        }
    }

    private FrameStatus AtEnd(out MedlineDiagnostic? error)
    {
        error = null;
        var stage = _stage;
        _stage = Stage.Done;
        switch (stage)
        {
            case Stage.Start:
                error = new MedlineDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.EmptyInput,
                    "the input holds no JSON (it is empty or only whitespace); expected a JSON array, an object or NDJSON", new SourcePosition(0, 1, 1), _options.SourceName);
                return FrameStatus.Error;
            case Stage.ArrayBeforeElement or Stage.ArrayAfterElement:
                error = Syntax(Here, "unexpected end of input: the array is not closed; expected ',' or ']'");
                return FrameStatus.Error;
            case Stage.InElement when _scalar || _lineDelimited == true:
                // A bare value ends at the end of the input; a broken last NDJSON line is reported when it is read.
                return FrameStatus.Element;
            case Stage.InElement:
                error = Syntax(Here, string.Create(CultureInfo.InvariantCulture,
                    $"unexpected end of input in {Path(_elementIndex - 1)}, which starts at line {_elementPosition.Line}, column {_elementPosition.Column}: expected '{(_inString ? "\"" : "}")}' to close it"));
                return FrameStatus.Error;
            default:
                return FrameStatus.End;
        }
    }

    // An element longer than MaxRecordLength is not kept (memory stays bounded whatever the input): it is skipped.
    private FrameStatus Emit(out MedlineDiagnostic? error)
    {
        error = null;
        if (!_tooLong)
        {
            return FrameStatus.Element;
        }

        _tooLong = false;
        error = Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.RecordTooLong, _elementPosition, string.Create(CultureInfo.InvariantCulture,
            $"{Path(_elementIndex - 1)} is longer than {_options.MaxRecordLength} bytes (MaxRecordLength); it is skipped"));
        return FrameStatus.Error;
    }

    private void StartElement(Stage next)
    {
        _afterElement = next;
        _stage = Stage.InElement;
        _elementStart = _pos;
        _elementPosition = Here;
        _elementIndex++;
        _tooLong = false;
        _depth = 0;
        _inString = false;
        _escape = false;
        var b = _buffer[_pos];
        _scalar = b is not ((byte)'{' or (byte)'[' or (byte)'"');
    }

    // Scans on from _pos; true when the element ended (the scan then stands just after it).
    private bool ScanElement()
    {
        while (_pos < _end)
        {
            var b = _buffer[_pos];
            if (b == (byte)'\n' && !_arrayMode && _lineDelimited != false)
            {
                if (_lineDelimited is null)
                {
                    _lineDelimited = _firstLineHasContent;
                }

                if (_lineDelimited == true)
                {
                    return EndElement(); // the newline is left for the whitespace skip
                }
            }

            if (_scalar)
            {
                // A bare value ends at a delimiter, but holds at least its first byte (a stray '}' is a value too),
                // so that the scan always moves on.
                if (_pos > _elementStart && (IsWhitespace(b) || b is (byte)',' or (byte)']' or (byte)'}'))
                {
                    return EndElement();
                }

                Advance();
                continue;
            }

            if (_lineDelimited is null && _depth > 0 && !IsWhitespace(b))
            {
                _firstLineHasContent = true;
            }

            Advance();
            if (_inString)
            {
                if (_escape)
                {
                    _escape = false;
                }
                else if (b == (byte)'\\')
                {
                    _escape = true;
                }
                else if (b == (byte)'"')
                {
                    _inString = false;
                    if (_depth == 0)
                    {
                        return EndElement();
                    }
                }
            }
            else if (b == (byte)'"')
            {
                _inString = true;
            }
            else if (b is (byte)'{' or (byte)'[')
            {
                _depth++;
            }
            else if (b is (byte)'}' or (byte)']')
            {
                if (--_depth == 0)
                {
                    _lineDelimited ??= !_arrayMode;
                    return EndElement();
                }
            }
        }

        return false;
    }

    private bool EndElement()
    {
        _stage = _afterElement;
        return true;
    }

    private ReadOnlySpan<byte> ElementBytes => _buffer.AsSpan(_elementStart, _pos - _elementStart);

    private SourcePosition Here => new(_offset, _line, _column);

    private void Advance() => Step(_buffer[_pos++], ref _line, ref _column, ref _offset);

    // Positions count characters as the rest of the library does: UTF-16 code units (a 4-byte UTF-8 sequence is two),
    // lines broken by LF (as Utf8JsonReader counts them; a CR before it is the end of the line).
    private static void Step(byte b, ref int line, ref int column, ref long offset)
    {
        if (b == (byte)'\n')
        {
            line++;
            column = 1;
            offset++;
        }
        else if ((b & 0xC0) != 0x80)
        {
            var units = b >= 0xF0 ? 2 : 1;
            column += units;
            offset += units;
        }
    }

    // Moves the part still needed to the front (growing the buffer only for an element larger than it), then reads.
    private Memory<byte> PrepareFill()
    {
        if (_stage == Stage.InElement && _end - _elementStart >= _options.MaxRecordLength)
        {
            _tooLong = true;
        }

        var keep = _stage == Stage.InElement && !_tooLong ? _elementStart : _pos;
        if (keep > 0)
        {
            Buffer.BlockCopy(_buffer, keep, _buffer, 0, _end - keep);
            _end -= keep;
            _pos -= keep;
            _elementStart -= keep;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        return _buffer.AsMemory(_end);
    }

    private void CompleteFill(int read)
    {
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private void Fill() => CompleteFill(_stream.Read(PrepareFill().Span));

    private async ValueTask FillAsync(CancellationToken cancellationToken) =>
        CompleteFill(await _stream.ReadAsync(PrepareFill(), cancellationToken).ConfigureAwait(false));

    private string Path(int index) => _arrayMode ? string.Create(CultureInfo.InvariantCulture, $"$[{index}]") : "$";

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private static string Describe(byte b) => b switch
    {
        (byte)'"' => "a string",
        (byte)'{' => "'{'",
        (byte)'[' => "'['",
        >= 0x20 and < 0x7F => $"'{(char)b}'",
        _ => string.Create(CultureInfo.InvariantCulture, $"byte 0x{b:X2}"),
    };
}
