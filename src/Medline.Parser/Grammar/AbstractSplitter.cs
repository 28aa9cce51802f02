using System.Buffers;
using Medline.Parser.Model;

namespace Medline.Parser.Grammar;

/// <summary>
/// Splits a structured abstract at its inline labels (format §4.5): a label is a run of upper-case words (letters,
/// digits, spaces, <c>/ &amp; - , '</c>) of at least 3 characters, at the start of the text or after <c>. </c>,
/// <c>? </c> or <c>! </c>, followed by <c>: </c>. An abstract is structured when it starts with a label or has at
/// least two (so a lone <c>HIV: ...</c> inside prose is not a label).
/// </summary>
/// <remarks>
/// The scan jumps from one sentence end to the next with a vectorized search. <see cref="Enumerate"/> gives the
/// sections as ranges of the text, without allocating, so JSON can be written from spans;
/// <see cref="Split"/> materializes them (what <see cref="Abstract.Sections"/> does on first use).
/// </remarks>
internal static class AbstractSplitter
{
    private static readonly SearchValues<char> s_sentenceEnds = SearchValues.Create(".?!");

    /// <summary>The sections of a structured abstract, or an empty list when the text is not structured.</summary>
    internal static ValueList<AbstractSection> Split(string text)
    {
        var sections = Enumerate(text);
        if (!sections.MoveNext())
        {
            return ValueList<AbstractSection>.Empty;
        }

        var list = new ValueList<AbstractSection>();
        do
        {
            var (label, body) = sections.Current;
            list.Add(new AbstractSection(label.End.Value == label.Start.Value ? null : Slice(text, label), Slice(text, body)));
        }
        while (sections.MoveNext());

        return list;
    }

    /// <summary>The sections of <paramref name="text"/> as (label, text) ranges; an empty label range means no label.</summary>
    internal static SectionEnumerator Enumerate(string text) => new(text);

    private static string Slice(string text, Range range)
    {
        var (offset, length) = range.GetOffsetAndLength(text.Length);
        return offset == 0 && length == text.Length ? text : text.Substring(offset, length);
    }

    /// <summary>The start and colon of the first label at or after <paramref name="from"/>, or (-1, -1).</summary>
    private static (int Start, int Colon) NextLabel(ReadOnlySpan<char> s, int from)
    {
        if (from == 0)
        {
            if (s.Length == 0)
            {
                return (-1, -1);
            }

            var colon = LabelEnd(s, 0);
            if (colon > 0)
            {
                return (0, colon);
            }

            from = 1;
        }

        // A candidate (at or after from) starts two chars after '.', '?' or '!' when a space follows the punctuation.
        var search = Math.Max(from - 2, 0);
        while (search < s.Length)
        {
            var p = s[search..].IndexOfAny(s_sentenceEnds);
            if (p < 0)
            {
                break;
            }

            p += search;
            var start = p + 2;
            if (start >= from && start < s.Length && s[p + 1] == ' ')
            {
                var colon = LabelEnd(s, start);
                if (colon > 0)
                {
                    return (start, colon);
                }
            }

            search = p + 1;
        }

        return (-1, -1);
    }

    /// <summary>The index of the label's colon when a label starts at <paramref name="start"/>, else -1.</summary>
    private static int LabelEnd(ReadOnlySpan<char> s, int start)
    {
        if (!char.IsUpper(s[start]))
        {
            return -1;
        }

        var i = start;
        var letters = 0;
        while (i < s.Length && (char.IsUpper(s[i]) || char.IsAsciiDigit(s[i]) || s[i] is ' ' or '/' or '&' or '-' or ',' or '\''))
        {
            if (char.IsUpper(s[i]))
            {
                letters++;
            }

            i++;
        }

        var length = s[start..i].TrimEnd().Length;
        var isColon = i < s.Length && s[i] == ':' && (i + 1 == s.Length || s[i + 1] == ' ');
        return isColon && length >= 3 && letters >= 2 && s[i - 1] != ' ' ? i : -1;
    }

    /// <summary>
    /// Walks the sections: an unlabelled lead-in (before the first label) when there is one, then one section per
    /// label, its text running to the next label. Label ranges are trimmed at the end, text ranges on both sides.
    /// </summary>
    internal struct SectionEnumerator
    {
        private readonly string _text;
        private (int Start, int Colon) _label;
        private (int Start, int Colon) _next;
        private int _state; // 0 not started, 1 lead-in given, 2 in labels, 3 done

        internal SectionEnumerator(string text)
        {
            _text = text;
            _label = NextLabel(text, 0);
            _next = _label.Start < 0 ? (-1, -1) : NextLabel(text, _label.Colon + 1);
            if (_label.Start < 0 || (_label.Start != 0 && _next.Start < 0))
            {
                _state = 3;
            }
        }

        /// <summary>The current section: its label range (empty for the lead-in) and its text range.</summary>
        public (Range Label, Range Text) Current { get; private set; }

        public bool MoveNext()
        {
            var s = _text.AsSpan();
            switch (_state)
            {
                case 0:
                    if (_label.Start > 0)
                    {
                        _state = 1;
                        Current = (default, TrimmedEnd(s, 0, _label.Start));
                        return true;
                    }

                    goto case 1;
                case 1:
                    _state = 2;
                    break;
                case 2:
                    if (_next.Start < 0)
                    {
                        _state = 3;
                        return false;
                    }

                    _label = _next;
                    _next = NextLabel(s, _label.Colon + 1);
                    break;
                default:
                    return false;
            }

            var end = _next.Start >= 0 ? _next.Start : s.Length;
            Current = (TrimmedEnd(s, _label.Start, _label.Colon), Trimmed(s, _label.Colon + 1, end));
            return true;
        }

        private static Range TrimmedEnd(ReadOnlySpan<char> s, int start, int end) =>
            new(start, start + s[start..end].TrimEnd().Length);

        private static Range Trimmed(ReadOnlySpan<char> s, int start, int end)
        {
            var part = s[start..end];
            var lead = part.Length - part.TrimStart().Length;
            return new(start + lead, start + lead + part.Trim().Length);
        }
    }
}
