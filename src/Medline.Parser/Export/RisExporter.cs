namespace Medline.Parser.Export;

/// <summary>
/// Writes RIS (the RefMan/EndNote tagged format): <c>TAG  - value</c> lines ending in CR LF, <c>TY</c> first and
/// <c>ER</c> last, one value per line. The tags are those that bibutils' <c>ris2xml</c> and citation-js both read as
/// the same fact (docs/exports.md has the table and what each consumer does with it).
/// </summary>
internal sealed class RisExporter : TextExporter
{
    private static ReadOnlySpan<byte> LineEnd => "\r\n"u8;

    public RisExporter(Stream output, bool leaveOpen)
        : base(output, leaveOpen)
    {
    }

    public override ExportFormat Format => ExportFormat.Ris;

    private protected override void WriteItem(BibliographicItem item, Utf8Buffer text)
    {
        var type = ExportTypes.Of(item.Kind).Ris;
        Line(text, "TY"u8, type);
        var authors = item.Authors;
        for (var i = 0; i < authors.Count; i++)
        {
            Name(text, "AU"u8, authors[i]);
        }

        // Editors go where citation-js (after EndNote) reads `editor` for the type: A3 for a whole book, else A2.
        var editorTag = item.Kind == ItemKind.Book ? "A3"u8 : "A2"u8;
        var editors = item.Editors;
        for (var i = 0; i < editors.Count; i++)
        {
            Name(text, editorTag, editors[i]);
        }

        Line(text, "TI"u8, item.Title);
        if (item.Kind == ItemKind.Chapter)
        {
            // T2 is the spec's book title of a chapter (citation-js reads it); bibutils reads T2 as an abbreviation
            // and takes the book title from BT, the older tag the spec maps to T2.
            Line(text, "T2"u8, item.ContainerTitle);
            Line(text, "BT"u8, item.ContainerTitle);
        }
        else
        {
            // JF/JA are the spec's full and abbreviated periodical names; T2 would be read as the abbreviation by bibutils.
            Line(text, "JF"u8, item.ContainerTitle);
            Line(text, "JA"u8, item.ContainerTitleShort);
        }

        Line(text, "T3"u8, item.CollectionTitle);
        Date(text, item.Issued);
        Line(text, "VL"u8, item.Volume);
        Line(text, "IS"u8, item.Issue);
        if (item.Pages is { } pages)
        {
            Line(text, "SP"u8, pages.FirstPage);
            if (pages.LastPage != pages.FirstPage)
            {
                Line(text, "EP"u8, pages.LastPage);
            }
        }

        Line(text, "ET"u8, item.Edition);
        Line(text, "PB"u8, item.Publisher);
        Line(text, "CY"u8, item.PublisherPlace);
        Lines(text, "SN"u8, item.Issns);
        Lines(text, "SN"u8, item.Isbns);

        Line(text, "DO"u8, item.Doi);

        // The PMID as accession number (EndNote's PubMed import puts it there); C2 is a journal article's PMCID in
        // EndNote's RIS and citation-js, but another field in other types.
        Line(text, "AN"u8, item.Pmid);
        if (type == "JOUR")
        {
            Line(text, "C2"u8, item.Pmcid);
        }

        Line(text, "AB"u8, item.Abstract);
        Lines(text, "KW"u8, item.Keywords);
        Lines(text, "LA"u8, item.Languages);

        Line(text, "UR"u8, item.Url);
        if (item.Pmid is not null)
        {
            Line(text, "DB"u8, "PubMed");
        }

        text.Append("ER  - "u8);
        text.Append(LineEnd);
    }

    // RIS names are "Family, Given, Suffix" (the spec's form, read by both consumers); an organisation is its name
    // as is: citation-js reads a name with a space and no comma as a literal.
    private static void Name(Utf8Buffer text, ReadOnlySpan<byte> tag, BibliographicName name)
    {
        if (name.Literal is not null || name.Family is null)
        {
            Line(text, tag, name.Literal ?? name.Given);
            return;
        }

        var start = Start(text, tag);
        Value(text, name.Family);
        if (name.Given is not null || name.Suffix is not null)
        {
            text.Append(", "u8);
            Value(text, name.Given);
        }

        if (name.Suffix is not null)
        {
            text.Append(", "u8);
            Value(text, name.Suffix);
        }

        End(text, start);
    }

    // DA is YYYY/MM/DD/other (the spec's form; a season or the rest of a range or free text goes in "other"); PY is
    // the year alone, which is what the 2011 spec and bibutils' journal articles want there.
    private static void Date(Utf8Buffer text, Model.PublicationDate? date)
    {
        if (date?.Year is not { } year)
        {
            return;
        }

        text.Append("PY  - "u8);
        text.Append(year);
        text.Append(LineEnd);

        text.Append("DA  - "u8);
        text.Append(year);
        text.Append('/');
        if (date.Month is { } month && date.Season is null)
        {
            TwoDigits(text, month);
        }

        text.Append('/');
        if (date.Day is { } day && date.Season is null)
        {
            TwoDigits(text, day);
        }

        text.Append('/');
        if (date.Precision is Model.DatePrecision.Season or Model.DatePrecision.Range or Model.DatePrecision.FreeText)
        {
            // What DP says beyond the year ("Winter", "Jul-Aug", "Christmas"), so nothing of it is lost.
            var rest = date.Raw.AsSpan().TrimStart();
            var digits = 0;
            while (digits < rest.Length && digits < 4 && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            Value(text, digits == 4 ? rest[4..] : rest);
        }

        text.Append(LineEnd);
    }

    private static void TwoDigits(Utf8Buffer text, int value)
    {
        if (value < 10)
        {
            text.Append('0');
        }

        text.Append(value);
    }

    // Loops by index: the view's lists are read for every citation, and an interface enumerator would be an object each.
    private static void Lines(Utf8Buffer text, ReadOnlySpan<byte> tag, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            Line(text, tag, values[i]);
        }
    }

    private static void Line(Utf8Buffer text, ReadOnlySpan<byte> tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var start = Start(text, tag);
        Value(text, value);
        End(text, start);
    }

    private static int Start(Utf8Buffer text, ReadOnlySpan<byte> tag)
    {
        var start = text.Length;
        text.Append(tag);
        text.Append("  - "u8);
        return start;
    }

    private static void End(Utf8Buffer text, int start)
    {
        // A value that was only white space writes no line at all (an empty "TAG  - " ends a value in citation-js).
        if (text.Length == start + 6)
        {
            text.Truncate(start);
            return;
        }

        text.Append(LineEnd);
    }

    // A value is one line: each run of ASCII spaces, control characters (line breaks, tabs) and Unicode line or
    // paragraph separators becomes one space and none leads or trails, since RIS has no escape and citation-js cuts a
    // value at two spaces before a hyphen. Other spaces (no-break, thin: "43\u2009%") are text and stay as they are.
    private static void Value(Utf8Buffer text, ReadOnlySpan<char> value)
    {
        var inSpace = true;
        var runStart = 0;
        var written = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsBreak(c))
            {
                if (!inSpace)
                {
                    text.Append(value[runStart..i]);
                    written = true;
                    inSpace = true;
                }

                continue;
            }

            if (inSpace)
            {
                if (written)
                {
                    text.Append(' ');
                }

                inSpace = false;
                runStart = i;
            }
        }

        if (!inSpace)
        {
            text.Append(value[runStart..]);
        }
    }

    private static bool IsBreak(char c) => c <= ' ' || c is '\u007F' or '\u0085' or '\u2028' or '\u2029';
}
