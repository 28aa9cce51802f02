namespace Medline.Parser.Tokenizing;

/// <summary>
/// Finds where MEDLINE text can be cut into pieces of whole records: at the start of a tag line (a line whose first
/// character is neither a space nor a tab) that follows a whitespace-only line. A blank line followed by a
/// continuation line is a paragraph break inside a value (format §1.4), never a cut.
/// </summary>
internal static class RecordChunker
{
    /// <summary>
    /// The first cut at or after <paramref name="from"/> in <paramref name="text"/>, or -1 when the text seen so far
    /// has none (more text is needed, unless <paramref name="final"/>). Two kinds of cut, the two places where the
    /// reader starts a record: a tag line after a whitespace-only line, and a second <c>PMID-</c> line in a record
    /// whose blank line was lost (<paramref name="atMissingSeparator"/>; the reader warns MED1005 there).
    /// </summary>
    /// <param name="text">The text; index 0 starts a record.</param>
    /// <param name="from">Where to start looking (&gt; 0).</param>
    /// <param name="final">Whether the text is the end of the input (a CR at its end then ends a line).</param>
    /// <param name="atMissingSeparator">Whether the cut is at a second PMID line rather than after a blank line.</param>
    public static int FindCut(ReadOnlySpan<char> text, int from, bool final, out bool atMissingSeparator)
    {
        atMissingSeparator = false;
        var empty = FindAfterEmptyLine(text, from);
        return empty >= 0 ? empty : FindCutByLines(text, from, final, out atMissingSeparator);
    }

    /// <summary>
    /// The fast path for what PubMed writes: an empty line (LF LF or LF CR LF) followed by a line that starts with
    /// neither a space, a tab nor a line break, found line end by line end from <paramref name="from"/> on. Returns -1 when the text has none; the line-by-line scan then decides (whitespace-only separators, lone CR
    /// line ends, lost blank lines). (Substring searches for both patterns scanned the whole buffer for the one a file
    /// does not use: 18 % of a conversion's time in a profile.)
    /// </summary>
    private static int FindAfterEmptyLine(ReadOnlySpan<char> text, int from)
    {
        // From line end to line end (vectorized IndexOf): the cut is usually within one record of 'from'.
        var pos = from - 1;
        while (pos < text.Length)
        {
            var lf = text[pos..].IndexOf('\n');
            if (lf < 0)
            {
                return -1;
            }

            var next = pos + lf + 1;
            var start = next < text.Length && text[next] == '\n' ? next + 1
                : next + 1 < text.Length && text[next] == '\r' && text[next + 1] == '\n' ? next + 2
                : -1;
            if (start >= text.Length)
            {
                return -1; // the text ends at the empty line: the next line is not known yet
            }

            if (start > 0 && text[start] is not (' ' or '\t' or '\r' or '\n'))
            {
                return start;
            }

            pos = next;
        }

        return -1;
    }

    private static int FindCutByLines(ReadOnlySpan<char> text, int from, bool final, out bool atMissingSeparator)
    {
        atMissingSeparator = false;
        var pos = 0;
        var afterBlank = false;
        var recordHasPmid = false;
        while (pos < text.Length)
        {
            var rest = text[pos..];
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0 || (rest[end] == '\r' && end + 1 == rest.Length && !final))
            {
                return -1; // the line is not complete yet
            }

            var line = rest[..end];
            if (RecordTokenizer.IsBlank(line))
            {
                afterBlank = pos > 0;
            }
            else if (line[0] is not (' ' or '\t'))
            {
                var isPmid = RecordTokenizer.TryParseTagLine(line, out var tagLength, out _, out _) &&
                    line[..tagLength].SequenceEqual("PMID");
                if (afterBlank)
                {
                    if (pos >= from)
                    {
                        return pos;
                    }

                    recordHasPmid = false;
                }
                else if (isPmid && recordHasPmid && pos >= from)
                {
                    atMissingSeparator = true;
                    return pos;
                }

                recordHasPmid |= isPmid;
                afterBlank = false;
            }
            else
            {
                afterBlank = false; // a blank line before a continuation is a paragraph break, not a separator
            }

            pos += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
        }

        return -1;
    }

    /// <summary>How many line breaks (LF, CRLF or a lone CR) the text holds.</summary>
    public static int CountLineBreaks(ReadOnlySpan<char> text)
    {
        var breaks = text.Count('\n');
        var at = text.IndexOf('\r');
        while (at >= 0)
        {
            if (at + 1 >= text.Length || text[at + 1] != '\n')
            {
                breaks++;
            }

            var next = text[(at + 1)..].IndexOf('\r');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return breaks;
    }
}
