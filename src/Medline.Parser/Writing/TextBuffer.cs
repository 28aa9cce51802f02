using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Medline.Parser.Writing;

/// <summary>
/// A growable, pooled char buffer that a <see cref="MedlineWriter"/> lays its text out in: a field line by line in
/// PubMed's layout (tag padded to four, <c>- </c>, continuation lines indented six spaces, wrapped at a space), or a
/// record's text as it is. No string is made per line; the writer hands the filled part to its target in blocks.
/// </summary>
internal sealed class TextBuffer : IDisposable
{
    private const int Indent = 6;
    private const string Spaces = "      ";

    private readonly string _newLine;
    private readonly int _width;
    private char[] _chars;
    private int _length;

    public TextBuffer(string newLine, int width, int initialSize)
    {
        _newLine = newLine;
        _width = width;
        _chars = ArrayPool<char>.Shared.Rent(initialSize);
    }

    /// <summary>How many chars are waiting.</summary>
    public int Length => _length;

    /// <summary>The chars waiting to be written.</summary>
    public ReadOnlyMemory<char> Written => _chars.AsMemory(0, _length);

    /// <summary>Forgets everything from <paramref name="length"/> on (a citation that failed half-way).</summary>
    public void Truncate(int length) => _length = length;

    public void Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(Reserve(text.Length));
        _length += text.Length;
    }

    public void AppendNewLine() => Append(_newLine);

    /// <summary>
    /// Writes one field: <c>TAG - value</c>, wrapped at <see cref="MedlineWriterOptions.LineWidth"/>. The tag must be
    /// 1 to 4 chars; a value must not hold a line break (a line break would end the field).
    /// </summary>
    public void AppendField(string tag, ReadOnlySpan<char> value)
    {
        Debug.Assert(tag.Length is > 0 and <= 4, "the layout holds tags of 1 to 4 chars");
        if (value.ContainsAny('\r', '\n'))
        {
            throw new ArgumentException(
                $"{tag} value '{Shorten(value)}' holds a line break; a MEDLINE value is one line of text, wrapped by the writer",
                nameof(value));
        }

        var newLine = _newLine;

        // At most one break per space, each adding a line end and the indent in place of the space.
        var span = Reserve(Indent + value.Length + newLine.Length + ((value.Length / 2) + 1) * (newLine.Length + Indent));
        var at = 0;
        tag.CopyTo(span);
        at += tag.Length;
        while (at < 4)
        {
            span[at++] = ' ';
        }

        span[at++] = '-';
        span[at++] = ' ';

        var room = _width - Indent;
        var rest = value;
        while (rest.Length > room)
        {
            var cut = FindBreak(rest, room);
            if (cut < 0)
            {
                break;
            }

            rest[..cut].CopyTo(span[at..]);
            at += cut;
            newLine.CopyTo(span[at..]);
            at += newLine.Length;
            Spaces.CopyTo(span[at..]);
            at += Indent;
            rest = rest[(cut + 1)..];
        }

        rest.CopyTo(span[at..]);
        at += rest.Length;
        newLine.CopyTo(span[at..]);
        at += newLine.Length;
        _length += at;
    }

    /// <summary>
    /// Where to break <paramref name="text"/> so that the line before holds at most <paramref name="room"/> chars: the
    /// last single space with text on both sides within reach, else (a word longer than the line) the first one
    /// after it; -1 when there is none. Reading trims spaces and tabs at both ends of a line and joins lines with one
    /// space, so only such a space comes back as it was.
    /// </summary>
    internal static int FindBreak(ReadOnlySpan<char> text, int room)
    {
        for (var i = Math.Min(room, text.Length - 2); i > 0; i--)
        {
            i = text[..(i + 1)].LastIndexOf(' ');
            if (i <= 0)
            {
                break;
            }

            if (IsBreak(text, i))
            {
                return i;
            }
        }

        for (var i = room + 1; i < text.Length - 1; i++)
        {
            var next = text[i..].IndexOf(' ');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (i < text.Length - 1 && IsBreak(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsBreak(ReadOnlySpan<char> text, int i) =>
        i > 0 && i < text.Length - 1 && text[i - 1] is not (' ' or '\t') && text[i + 1] is not (' ' or '\t');

    private Span<char> Reserve(int count)
    {
        if (_chars.Length - _length < count)
        {
            Grow(count);
        }

        return _chars.AsSpan(_length);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int count)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + count));
        _chars.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = bigger;
    }

    private static string Shorten(ReadOnlySpan<char> text) =>
        text.Length <= 60 ? text.ToString() : string.Concat(text[..59], "…");

    public void Dispose()
    {
        var chars = _chars;
        _chars = [];
        _length = 0;
        if (chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
