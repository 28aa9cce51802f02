using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Medline.Parser.Tokenizing;

/// <summary>
/// Finds where MEDLINE text can be cut into pieces of whole records: at the start of a tag line (a line whose first
/// character is neither a space nor a tab) that follows a whitespace-only line. A blank line followed by a
/// continuation line is a paragraph break inside a value (format §1.4), never a cut.
/// </summary>
/// <remarks>
/// Everything it looks at is ASCII (line breaks, space, tab, tag letters), so the same code runs over UTF-16 text
/// (<see langword="char"/>) and over UTF-8 bytes (<see langword="byte"/>), where no byte of a multi-byte sequence is
/// ASCII: a cut in the bytes is a cut between characters, and each chunk is decoded once, straight into its text,
/// instead of everything being decoded into a buffer and copied out again.
/// </remarks>
internal static class RecordChunker
{
    /// <summary>
    /// The first cut at or after <paramref name="from"/> in <paramref name="text"/>, or -1 when the text seen so far
    /// has none (more text is needed, unless <paramref name="final"/>). Two kinds of cut, the two places where the
    /// reader starts a record: a tag line after a whitespace-only line, and a second <c>PMID-</c> line in a record
    /// whose blank line was lost (<paramref name="atMissingSeparator"/>; the reader warns MED1005 there).
    /// </summary>
    /// <param name="text">The text (UTF-16 code units or UTF-8 bytes); index 0 starts a record.</param>
    /// <param name="from">Where to start looking (&gt; 0).</param>
    /// <param name="final">Whether the text is the end of the input (a CR at its end then ends a line).</param>
    /// <param name="atMissingSeparator">Whether the cut is at a second PMID line rather than after a blank line.</param>
    public static int FindCut<T>(ReadOnlySpan<T> text, int from, bool final, out bool atMissingSeparator)
        where T : unmanaged, IBinaryInteger<T>
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
    private static int FindAfterEmptyLine<T>(ReadOnlySpan<T> text, int from)
        where T : unmanaged, IBinaryInteger<T>
    {
        var lf = Ascii<T>('\n');
        var cr = Ascii<T>('\r');

        // From line end to line end (vectorized IndexOf): the cut is usually within one record of 'from'.
        var pos = from - 1;
        while (pos < text.Length)
        {
            var at = text[pos..].IndexOf(lf);
            if (at < 0)
            {
                return -1;
            }

            var next = pos + at + 1;
            var start = next < text.Length && text[next] == lf ? next + 1
                : next + 1 < text.Length && text[next] == cr && text[next + 1] == lf ? next + 2
                : -1;
            if (start >= text.Length)
            {
                return -1; // the text ends at the empty line: the next line is not known yet
            }

            if (start > 0 && !IsLayoutOrBreak(text[start]))
            {
                return start;
            }

            pos = next;
        }

        return -1;
    }

    private static int FindCutByLines<T>(ReadOnlySpan<T> text, int from, bool final, out bool atMissingSeparator)
        where T : unmanaged, IBinaryInteger<T>
    {
        var lf = Ascii<T>('\n');
        var cr = Ascii<T>('\r');
        atMissingSeparator = false;
        var pos = 0;
        var afterBlank = false;
        var recordHasPmid = false;
        while (pos < text.Length)
        {
            var rest = text[pos..];
            var end = rest.IndexOfAny(cr, lf);
            if (end < 0 || (rest[end] == cr && end + 1 == rest.Length && !final))
            {
                return -1; // the line is not complete yet
            }

            var line = rest[..end];
            if (line.IndexOfAnyExcept(Ascii<T>(' '), Ascii<T>('\t')) < 0)
            {
                afterBlank = pos > 0;
            }
            else if (!IsLayout(line[0]))
            {
                var isPmid = IsPmidLine(line);
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

            pos += end + (rest[end] == cr && end + 1 < rest.Length && rest[end + 1] == lf ? 2 : 1);
        }

        return -1;
    }

    /// <summary>
    /// Whether the line is a <c>PMID</c> tag line as <see cref="RecordTokenizer.TryParseTagLine"/> reads one:
    /// <c>PMID-</c> (with or without the space after the hyphen) or <c>PMID -</c>.
    /// </summary>
    private static bool IsPmidLine<T>(ReadOnlySpan<T> line)
        where T : unmanaged, IBinaryInteger<T> =>
        line.Length > 4 &&
        line[0] == Ascii<T>('P') && line[1] == Ascii<T>('M') && line[2] == Ascii<T>('I') && line[3] == Ascii<T>('D') &&
        (line[4] == Ascii<T>('-') || (line.Length > 5 && line[4] == Ascii<T>(' ') && line[5] == Ascii<T>('-')));

    /// <summary>How many line breaks (LF, CRLF or a lone CR) the text holds.</summary>
    /// <remarks>
    /// Chars: one vectorized pass counts LF and CR together (compare, then subtract the all-ones lanes from a counter:
    /// no mask extraction, which the x64 baseline of a native build does not have for 16-bit lanes and calls out of
    /// line for — 9 % of a native conversion's time went to <c>Count</c> on chars). Only text with a CR is scanned
    /// again, to tell CRLF from a lone CR.
    /// </remarks>
    public static int CountLineBreaks<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T>
    {
        int lfs, crs;
        if (Unsafe.SizeOf<T>() == 1)
        {
            // Bytes: the library's count (a mask per vector, popcount) runs at ~23 GB/s in a native build, five times
            // the lane counters below; a CR anywhere sends the text to the exact count.
            var bytes = MemoryMarshal.Cast<T, byte>(text);
            lfs = bytes.Count((byte)'\n');
            crs = bytes.Contains((byte)'\r') ? 1 : 0;
        }
        else
        {
            // Vectors hold 16-bit integers, not chars: chars are counted as their UTF-16 code units.
            (lfs, crs) = CountLfCr(MemoryMarshal.Cast<T, ushort>(text));
        }

        if (crs == 0)
        {
            return lfs;
        }

        var lf = Ascii<T>('\n');
        var cr = Ascii<T>('\r');
        var breaks = lfs;
        var at = text.IndexOf(cr);
        while (at >= 0)
        {
            if (at + 1 >= text.Length || text[at + 1] != lf)
            {
                breaks++;
            }

            var next = text[(at + 1)..].IndexOf(cr);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return breaks;
    }

    private static (int Lf, int Cr) CountLfCr(ReadOnlySpan<ushort> text)
    {
        int lfs = 0, crs = 0, i = 0;
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count)
        {
            ref var start = ref MemoryMarshal.GetReference(text);
            var lfVector = Vector128.Create((ushort)'\n');
            var crVector = Vector128.Create((ushort)'\r');
            var last = text.Length - Vector128<ushort>.Count;
            while (i <= last)
            {
                // 16-bit lane counters: at most 65,535 steps before they are summed.
                var lfCount = Vector128<ushort>.Zero;
                var crCount = Vector128<ushort>.Zero;
                var stop = Math.Min(last, i + ((ushort.MaxValue - 1) * Vector128<ushort>.Count));
                for (; i <= stop; i += Vector128<ushort>.Count)
                {
                    var v = Vector128.LoadUnsafe(ref start, (nuint)i);
                    lfCount -= Vector128.Equals(v, lfVector);
                    crCount -= Vector128.Equals(v, crVector);
                }

                lfs += SumLanes(lfCount);
                crs += SumLanes(crCount);
            }
        }

        for (; i < text.Length; i++)
        {
            lfs += text[i] == '\n' ? 1 : 0;
            crs += text[i] == '\r' ? 1 : 0;
        }

        return (lfs, crs);
    }

    private static int SumLanes(Vector128<ushort> counts)
    {
        var (lower, upper) = Vector128.Widen(counts);
        return (int)Vector128.Sum(lower + upper);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Ascii<T>(char c)
        where T : unmanaged, IBinaryInteger<T> => T.CreateTruncating((ushort)c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLayout<T>(T c)
        where T : unmanaged, IBinaryInteger<T> => c == Ascii<T>(' ') || c == Ascii<T>('\t');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLayoutOrBreak<T>(T c)
        where T : unmanaged, IBinaryInteger<T> => IsLayout(c) || c == Ascii<T>('\r') || c == Ascii<T>('\n');
}
