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
    /// has none (more text is needed, unless <paramref name="final"/>).
    /// </summary>
    /// <param name="text">The text; index 0 is a line start.</param>
    /// <param name="from">Where to start looking (&gt; 0).</param>
    /// <param name="final">Whether the text is the end of the input (a CR at its end then ends a line).</param>
    public static int FindCut(ReadOnlySpan<char> text, int from, bool final)
    {
        // The line that holds 'from - 1' decides whether the next line follows a blank one.
        // (A terminator belongs to the line it ends: the LF of a CRLF at 'from - 1' ends the line its CR ends.)
        var p = from - 1;
        var before = text[p] == '\n' && p > 0 && text[p - 1] == '\r' ? p - 1 : p;
        var lineStart = text[..before].LastIndexOfAny('\r', '\n') + 1;

        var pos = lineStart;
        var previousBlank = false;
        var first = true;
        while (pos < text.Length)
        {
            var rest = text[pos..];
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0 || (rest[end] == '\r' && end + 1 == rest.Length && !final))
            {
                return -1; // the line is not complete yet
            }

            var line = rest[..end];
            if (!first && previousBlank && !line.IsEmpty && line[0] is not (' ' or '\t') && !RecordTokenizer.IsBlank(line))
            {
                return pos;
            }

            previousBlank = RecordTokenizer.IsBlank(line);
            first = false;
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
