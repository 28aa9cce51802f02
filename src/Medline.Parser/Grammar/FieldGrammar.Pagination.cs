using Medline.Parser.Model;
using Sprache;

namespace Medline.Parser.Grammar;

internal static partial class FieldGrammar
{
    // ---------------------------------------------------------------- PG: [marker ]first range, then anything
    // The first range runs to the first ';', ',' or ' '. A word and spaces before a number (suppl 13-8) is a marker,
    // not a page. In the range, the last '-' parts first and last page; a '-' inside the first page ends a section
    // prefix that the last page shares (S2-82-93 is S2-82 to S2-93).
    private static readonly System.Buffers.SearchValues<char> s_rangeStops = System.Buffers.SearchValues.Create(";, ");

    internal static readonly Parser<string> PageRange =
        Parse.CharExcept(new[] { ';', ',', ' ' }).AtLeastOnce().Text().Named("page");

    internal static readonly Parser<string> PageMarker =
        from word in Parse.Letter.AtLeastOnce()
        from spaces in Prim.Spaces
        select string.Empty;

    internal static readonly Parser<(string Range, string Tail)> PaginationGrammar =
        (from range in PageMarker.Then(_ => PageRange.Where(r => char.IsAsciiDigit(r[0]))).Or(PageRange).Named("page")
         from rest in Prim.Rest
         select (range, rest)).End();

    /// <summary>
    /// Parses a PG value. First and last page come from the first range; a truncated numeric end page is expanded
    /// digit-wise (<c>1439-41</c> → 1441, <c>S1-10</c> → S10, <c>S2-82-93</c> → S2-93); other end pages are kept
    /// as printed.
    /// </summary>
    internal static ParseOutcome<Pagination> ParsePagination(string value) => ParsePagination(value, GrammarPath.Auto);

    internal static ParseOutcome<Pagination> ParsePagination(string value, GrammarPath path)
    {
        if (path == GrammarPath.Auto)
        {
            // The grammar by hand: skip a marker word before a digit, then the range to the first stop.
            var s = value.AsSpan();
            var start = 0;
            var letters = CountLetters(s);
            if (letters > 0 && letters < s.Length && s[letters] == ' ')
            {
                var next = letters + s[letters..].IndexOfAnyExcept(' ');
                if (next > letters && char.IsAsciiDigit(s[next]))
                {
                    start = next;
                }
            }

            var length = s[start..].IndexOfAny(s_rangeStops);
            if (length != 0 && s.Length != 0)
            {
                return BuildPagination(value, start, length < 0 ? s.Length - start : length);
            }
        }

        var result = PaginationGrammar.TryParse(value);
        if (!result.WasSuccessful)
        {
            return FailFrom<Pagination, (string, string)>(value, result, DiagnosticCodes.InvalidPagination, DiagnosticSeverity.Warning);
        }

        var (range, rest) = result.Value;
        return BuildPagination(value, value.Length - rest.Length - range.Length, range.Length);
    }

    private static int CountLetters(ReadOnlySpan<char> s)
    {
        var n = 0;
        while (n < s.Length && char.IsLetter(s[n]))
        {
            n++;
        }

        return n;
    }

    /// <summary>The pages of the range at <paramref name="start"/> (<paramref name="length"/> characters) of <paramref name="raw"/>.</summary>
    private static ParseOutcome<Pagination> BuildPagination(string raw, int start, int length)
    {
        var range = raw.AsSpan(start, length).TrimEnd('-');
        var hyphen = range.LastIndexOf('-');
        if (range.IsEmpty || hyphen == 0)
        {
            return ParseOutcome<Pagination>.Fail(raw, DiagnosticCodes.InvalidPagination, DiagnosticSeverity.Warning, start, "expected first page");
        }

        if (hyphen < 0)
        {
            var page = range.Length == raw.Length ? raw : range.ToString();
            return ParseOutcome<Pagination>.Ok(new Pagination { Raw = raw, FirstPage = page, LastPage = page }, raw);
        }

        var first = range[..hyphen].ToString();
        var last = range[(hyphen + 1)..].ToString();
        var section = first.LastIndexOf('-') + 1;
        var lastPage = section > 0 && !last.Contains('-', StringComparison.Ordinal)
            ? string.Concat(first.AsSpan(0, section), ExpandLastPage(first[section..], last))
            : ExpandLastPage(first, last);
        return ParseOutcome<Pagination>.Ok(new Pagination { Raw = raw, FirstPage = first, LastPage = lastPage }, raw);
    }

    /// <summary>
    /// Expands an NLM-truncated end page: when the end is all digits and the start is digits with an optional
    /// letter prefix, the end replaces the start's last digits (<c>5795</c>, <c>813</c> → <c>5813</c>;
    /// <c>E1674</c>, <c>81</c> → <c>E1681</c>). Anything else is returned as printed.
    /// </summary>
    internal static string ExpandLastPage(string first, string last)
    {
        if (!AllDigits(last))
        {
            return last;
        }

        var digitsStart = 0;
        while (digitsStart < first.Length && char.IsAsciiLetter(first[digitsStart]))
        {
            digitsStart++;
        }

        var digits = first.AsSpan(digitsStart);
        if (!AllDigits(digits))
        {
            return last;
        }

        var prefix = first[..digitsStart];
        return last.Length >= digits.Length
            ? prefix + last
            : string.Concat(prefix, digits[..(digits.Length - last.Length)], last);
    }

    /// <summary>A PG value from its first and last page, the last written in full: <c>1439-1441</c>, <c>e21429</c>.</summary>
    internal static string Format(Pagination pages) =>
        pages.LastPage.Length == 0 || pages.LastPage == pages.FirstPage ? pages.FirstPage : $"{pages.FirstPage}-{pages.LastPage}";
}
