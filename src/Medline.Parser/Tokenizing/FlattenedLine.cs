using System.Runtime.CompilerServices;

namespace Medline.Parser.Tokenizing;

/// <summary>A field start found inside a line: the tag's first character, where its value starts, the tag.</summary>
internal struct FieldStart
{
    public int TagStart;
    public int TagLength;
    public int ValueStart;
    public MedlineTag Tag;

    /// <summary>The tag starts a new record (a second PMID; a second PMC or OWN in records that start with one).</summary>
    public bool StartsRecord;
}

/// <summary>The tags a record has so far, as the splitter needs them: one bit a tag (the registry has fewer than 128).</summary>
internal struct RecordTags
{
    private ulong _low;
    private ulong _high;

    /// <summary>The record's first known tag (PMID, or PMC/OWN in PMC and ERIC exports).</summary>
    public MedlineTag First;

    public void Clear()
    {
        _low = _high = 0;
        First = MedlineTag.Unknown;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(MedlineTag tag)
    {
        if (tag == MedlineTag.Unknown)
        {
            return;
        }

        if ((_low | _high) == 0)
        {
            First = tag;
        }

        var bit = (int)tag;
        if (bit < 64)
        {
            _low |= 1UL << bit;
        }
        else
        {
            _high |= 1UL << (bit - 64);
        }
    }

    public readonly bool Has(MedlineTag tag)
    {
        var bit = (int)tag;
        return ((bit < 64 ? _low >> bit : _high >> (bit - 64)) & 1) != 0;
    }
}

/// <summary>
/// Finds the starts of fields inside one line of a record whose line breaks were lost
/// (<c>PMID- 32756149 OWN - NLM STAT- MEDLINE DCOM- 20200824 …</c>, as MEDLINE text comes out of a PDF, a form or a
/// spreadsheet cell), without cutting values that merely contain such text.
/// </summary>
/// <remarks>
/// <para>
/// A candidate is a known tag preceded by a space and followed by <c>-</c> and a space (or the line's end), with the
/// tag padded to four columns, by one space (runs of spaces collapsed) or not at all. What decides is what the
/// registry knows of the tag (<see cref="MedlineTags.GetShape"/>, <see cref="MedlineTags.GetOrder"/>):
/// </para>
/// <list type="bullet">
/// <item>A tag with a strict shape (PMID digits, dates, ISSNs, names…) starts a field when the text up to the next
/// candidate has that shape: quoted text (<c>… the IS - 1536 …</c> in an abstract) runs on and fails it.</item>
/// <item>A tag of other text (PG, PT, journal titles, AB, AD…): a singleton must not be in the record yet, and after a
/// field of unbounded free text (AB, TI, AD…), where quoting happens, the value must fit the tag's length, the tag must
/// come at or after that field in PubMed's usual order, and OT/IRAD/OABL must follow what they belong to.</item>
/// <item>A line with no strict start and fewer than two others is left whole (one look-alike in an abstract is text),
/// unless the record is known to be flattened already.</item>
/// <item>An unknown tag of two to four characters starts a field only after a field of strict or short text, where
/// nothing else explains it (<c>ED - … EP - …</c> in GWAS Catalog exports); after free text it is text
/// (<c>AD - … CNRS - INSERM …</c>).</item>
/// <item>Legacy MEDLARS tags (<c>CA</c>, <c>MR</c>, <c>ID</c>…) never start a field: they are common words.</item>
/// <item>But a value of strict shape ends where its shape does: any candidate right after it starts a field (but a
/// record's first tag), since the value could not hold it.</item>
/// </list>
/// </remarks>
internal static class FlattenedLine
{
    /// <summary>
    /// Finds the field starts in <paramref name="line"/> after <paramref name="from"/> (where the current field's
    /// text on this line begins). Stops after a start that begins a new record. Returns how many were written.
    /// </summary>
    /// <param name="line">The line's text, without its line ending.</param>
    /// <param name="from">Where the current field's value text starts in the line.</param>
    /// <param name="current">The tag of the field the line's text belongs to (Unknown for a malformed line).</param>
    /// <param name="currentStartsHere">Whether that field starts on this line (not a continuation line).</param>
    /// <param name="record">The tags the record has so far.</param>
    /// <param name="flattened">Whether the record is known to be flattened (recovered already, or started inside a line).</param>
    /// <param name="results">Receives the starts; grown when needed.</param>
    public static int Find(ReadOnlySpan<char> line, int from, MedlineTag current, bool currentStartsHere, RecordTags record, bool flattened,
        ref FieldStart[] results)
    {
        if (!HasHyphenBeforeSpace(line[from..]))
        {
            return 0;
        }

        var count = Candidates(line, from, ref results);
        if (count == 0)
        {
            return 0;
        }

        var accepted = 0;
        var strict = 0;
        var previous = current;
        var previousValue = from;
        var hasPmid = record.Has(MedlineTag.Pmid);
        for (var i = 0; i < count; i++)
        {
            var candidate = results[i];
            var valueEnd = i + 1 < count ? results[i + 1].TagStart : line.Length;
            var value = RecordTokenizer.TrimLayout(line[Math.Min(candidate.ValueStart, valueEnd)..valueEnd]);
            var tag = candidate.Tag;
            var shape = MedlineTags.GetShape(tag);
            var previousShape = MedlineTags.GetShape(previous);
            bool isStrict;
            if (previousShape is > ValueShape.None and < ValueShape.Short && (accepted > 0 || currentStartsHere) &&
                tag is not (MedlineTag.Pmid or MedlineTag.Pmc or MedlineTag.Own) &&
                HasShape(previousShape, RecordTokenizer.TrimLayout(line[previousValue..candidate.TagStart])))
            {
                // A strict value ends where its shape does: "PMID- 30738427 ED - Metastasis (time to event)" splits
                // at ED whatever follows, since the PMID could not hold it. (Not a record's first tag: that needs
                // a value of its own shape; nor after part of a value, on a continuation line.)
                isStrict = true;
            }
            else if (tag == MedlineTag.Unknown)
            {
                isStrict = false;
                if (MedlineTags.GetShape(previous) is ValueShape.None or > ValueShape.Line)
                {
                    continue;
                }
            }
            else if (shape is ValueShape.None)
            {
                continue;
            }
            else if (shape >= ValueShape.Short)
            {
                // Look-alikes hide in free text: after it, the tag must also fit its length and PubMed's order.
                isStrict = false;
                var afterText = MedlineTags.GetShape(previous) is ValueShape.Free ||
                    (MedlineTags.GetShape(previous) is ValueShape.None && previous != MedlineTag.Unknown);
                if ((!MedlineTags.IsRepeatable(tag) && record.Has(tag)) ||
                    (afterText && !(FitsLength(shape, value.Length) && FollowsInOrder(previous, tag))))
                {
                    continue;
                }
            }
            else
            {
                isStrict = true;
                var startsRecord = tag is MedlineTag.Pmid or MedlineTag.Pmc or MedlineTag.Own;
                if (!HasShape(shape, value) || (!startsRecord && !MedlineTags.IsRepeatable(tag) && record.Has(tag)))
                {
                    continue;
                }
            }

            // A second PMID ends the record; so does a second PMC or OWN in records that start with one (PMC, ERIC).
            candidate.StartsRecord = tag == MedlineTag.Pmid
                ? hasPmid
                : tag == record.First && tag is MedlineTag.Pmc or MedlineTag.Own && record.Has(tag);
            results[accepted++] = candidate;
            strict += isStrict ? 1 : 0;
            if (candidate.StartsRecord)
            {
                break;
            }

            record.Add(tag);
            hasPmid |= tag == MedlineTag.Pmid;
            previous = tag;
            previousValue = Math.Min(candidate.ValueStart, valueEnd);
        }

        return flattened || strict > 0 || accepted >= 2 ? accepted : 0;
    }

    /// <summary>
    /// Whether a hyphen is followed by a space, a tab or the end: the cheap test every line takes. A search for the
    /// hyphen alone is faster than one for the pair (measured: docs/performance.md), and most lines have none.
    /// </summary>
    private static bool HasHyphenBeforeSpace(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('-');
        while (at >= 0)
        {
            if (at + 1 == text.Length || text[at + 1] is ' ' or '\t')
            {
                return true;
            }

            text = text[(at + 1)..];
            at = text.IndexOf('-');
        }

        return false;
    }

    /// <summary>Every known tag followed by a hyphen after <paramref name="from"/>, in order, with its value start.</summary>
    private static int Candidates(ReadOnlySpan<char> line, int from, ref FieldStart[] results)
    {
        var count = 0;
        var i = from;
        while (i < line.Length)
        {
            var hyphen = line[i..].IndexOf('-');
            if (hyphen < 0)
            {
                break;
            }

            hyphen += i;
            i = hyphen + 1;
            if (hyphen + 1 < line.Length && line[hyphen + 1] is not (' ' or '\t'))
            {
                continue;
            }

            // Padding before the hyphen, then 1-4 tag characters preceded by whitespace (or the value's start).
            var tagEnd = hyphen;
            while (tagEnd > from && line[tagEnd - 1] == ' ' && hyphen - tagEnd < 3)
            {
                tagEnd--;
            }

            var tagStart = tagEnd;
            while (tagStart > from && tagEnd - tagStart < 4 && IsTagChar(line[tagStart - 1]))
            {
                tagStart--;
            }

            var tagLength = tagEnd - tagStart;
            var padding = hyphen - tagEnd;
            if (tagLength == 0 || (padding > 1 && tagLength + padding != 4) ||
                (tagStart > 0 && line[tagStart - 1] is not (' ' or '\t')) ||
                (tagStart == from && from > 0 && line[from - 1] is not (' ' or '\t')))
            {
                continue;
            }

            var tag = MedlineTags.Parse(line.Slice(tagStart, tagLength));
            if (tag == MedlineTag.Unknown && (tagLength < 2 || !char.IsAsciiLetterUpper(line[tagStart])))
            {
                continue;
            }

            if (count == results.Length)
            {
                Array.Resize(ref results, count * 2);
            }

            results[count++] = new FieldStart
            {
                TagStart = tagStart,
                TagLength = tagLength,
                ValueStart = Math.Min(hyphen + 2, line.Length),
                Tag = tag,
            };
        }

        return count;
    }

    private static bool FitsLength(ValueShape shape, int length) => shape switch
    {
        ValueShape.Short => length <= 40,
        ValueShape.Line => length <= 160,
        ValueShape.Long => length <= 1000,
        _ => true,
    };

    /// <summary>
    /// Whether <paramref name="tag"/> may follow a field of free text: at or after it in PubMed's usual order, and
    /// attached fields after what they belong to.
    /// </summary>
    private static bool FollowsInOrder(MedlineTag previous, MedlineTag tag)
    {
        switch (tag)
        {
            case MedlineTag.Ot:
                return previous is MedlineTag.Oto or MedlineTag.Ot;
            case MedlineTag.Irad:
                return previous is MedlineTag.Ir or MedlineTag.Fir or MedlineTag.Auid or MedlineTag.Irad;
            case MedlineTag.Oabl:
                return previous is MedlineTag.Oab;
        }

        return previous == MedlineTag.Unknown || MedlineTags.GetOrder(tag) >= MedlineTags.GetOrder(previous);
    }

    private static bool HasShape(ValueShape shape, ReadOnlySpan<char> value) => shape switch
    {
        ValueShape.Digits => value.Length is > 0 and <= 12 && !value.ContainsAnyExceptInRange('0', '9'),
        ValueShape.Token => value.Length is > 0 and <= 40 && !value.ContainsAny(' ', '\t'),
        ValueShape.PmcId => value.Length > 3 && value.StartsWith("PMC") && !value[3..].ContainsAnyExceptInRange('0', '9'),
        ValueShape.CompactDate => value.Length is 8 or 6 && !value.ContainsAnyExceptInRange('0', '9'),
        ValueShape.Timestamp => IsTimestamp(value),
        ValueShape.History => IsHistory(value),
        ValueShape.Issn => IsIssn(value),
        ValueShape.Year => IsYear(value),
        ValueShape.Language => (value.Length == 3 || (value.Length is > 0 and <= 20 && char.IsAsciiLetterUpper(value[0]))) && !value.ContainsAnyExcept(Letters),
        ValueShape.Location => value.Length is > 0 and <= 300 &&
            ((value.EndsWith(']') && value.Contains(" [", StringComparison.Ordinal)) || !value.ContainsAny(' ', '\t')),
        ValueShape.AuthorId => IsAuthorId(value),
        ValueShape.ShortName => value.Length is > 0 and <= 80 && Words(value) <= 8 && !value.ContainsAny(NamePunctuation),
        ValueShape.FullName => value.Length is > 0 and <= 120 && Words(value) <= 12 && !value.ContainsAny(NamePunctuation),
        _ => false,
    };

    private static readonly System.Buffers.SearchValues<char> NamePunctuation = System.Buffers.SearchValues.Create(":;[]/()");

    /// <summary>An ISSN or ISBN (seven digits or more in the first word), then nothing or a parenthesised kind.</summary>
    private static bool IsIssn(ReadOnlySpan<char> value)
    {
        var end = WordEnd(value);
        return value.Length <= 40 && CountDigits(value[..end]) >= 7 && (end == value.Length || RecordTokenizer.TrimLayout(value[end..])[0] == '(');
    }

    /// <summary>
    /// A date: words that start with a digit, a capital or a dash (<c>2020 Jul 31</c>, <c>2018 Jul - Sep</c>, ERIC's
    /// <c>Article 10 2019</c>), one of them a year.
    /// </summary>
    private static bool IsYear(ReadOnlySpan<char> value)
    {
        if (value.Length is < 4 or > 40 || Words(value) > 6)
        {
            return false;
        }

        var run = 0;
        var year = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if ((i == 0 || value[i - 1] == ' ') && !(char.IsUpper(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }

            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            year |= run == 4 && (i + 1 == value.Length || !char.IsAsciiDigit(value[i + 1]));
        }

        return year;
    }

    private static int CountDigits(ReadOnlySpan<char> text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits;
    }

    private static bool IsTimestamp(ReadOnlySpan<char> value)
    {
        if (value.Length is not (10 or 16) || value[4] != '/' || value[7] != '/' ||
            !IsDigits(value[..4]) || !IsDigits(value.Slice(5, 2)) || !IsDigits(value.Slice(8, 2)))
        {
            return false;
        }

        return value.Length == 10 || (value[10] == ' ' && value[13] == ':' && IsDigits(value.Slice(11, 2)) && IsDigits(value.Slice(14, 2)));
    }

    private static bool IsHistory(ReadOnlySpan<char> value)
    {
        var bracket = value.LastIndexOf(" [", StringComparison.Ordinal);
        return bracket > 0 && value.EndsWith(']') && IsTimestamp(value[..bracket]) &&
            !value[(bracket + 2)..^1].ContainsAnyExcept(StatusCharacters);
    }

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly System.Buffers.SearchValues<char> StatusCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    private static bool IsAuthorId(ReadOnlySpan<char> value)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0 || value.Length > 120 || value[..colon].ContainsAny(' ', '\t'))
        {
            return false;
        }

        var id = RecordTokenizer.TrimLayout(value[(colon + 1)..]);
        return id.Length > 0 && !id.ContainsAny(' ', '\t');
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    private static int WordEnd(ReadOnlySpan<char> value)
    {
        var space = value.IndexOfAny(' ', '\t');
        return space < 0 ? value.Length : space;
    }

    private static int Words(ReadOnlySpan<char> value)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in value)
        {
            var space = c is ' ' or '\t';
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return words;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTagChar(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);
}
