using Medline.Parser.Model;
using Sprache;

namespace Medline.Parser.Grammar;

internal static partial class FieldGrammar
{
    // ---------------------------------------------------------------- PG: first range, then anything
    internal static readonly Parser<string> Page =
        Parse.CharExcept(new[] { '-', ';', ',', ' ' }).AtLeastOnce().Text().Named("page");

    internal static readonly Parser<(string First, IOption<string> Last)> PaginationGrammar =
        (from first in Page
         from last in Parse.Char('-').Then(_ => Page).Optional()
         from rest in Prim.Rest
         select (first, last)).End();

    /// <summary>
    /// Parses a PG value. First and last page come from the first range; a truncated numeric end page is expanded
    /// digit-wise (<c>1439-41</c> → 1441, <c>S1-10</c> → S10); other end pages are kept as printed.
    /// </summary>
    internal static ParseOutcome<Pagination> ParsePagination(string value) => ParsePagination(value, GrammarPath.Auto);

    internal static ParseOutcome<Pagination> ParsePagination(string value, GrammarPath path)
    {
        if (path == GrammarPath.Auto)
        {
            var s = value.AsSpan();
            var dash = s.IndexOf('-');
            if (dash < 0 ? AllDigits(s) : AllDigits(s[..dash]) && AllDigits(s[(dash + 1)..]))
            {
                return BuildPagination(value, dash < 0 ? value : value[..dash], dash < 0 ? null : value[(dash + 1)..]);
            }
        }

        var result = PaginationGrammar.TryParse(value);
        if (!result.WasSuccessful)
        {
            return FailFrom<Pagination, (string, IOption<string>)>(value, result, DiagnosticCodes.InvalidPagination, DiagnosticSeverity.Warning);
        }

        var (first, last) = result.Value;
        return BuildPagination(value, first, last.IsDefined ? last.Get() : null);
    }

    private static ParseOutcome<Pagination> BuildPagination(string raw, string first, string? last) =>
        ParseOutcome<Pagination>.Ok(
            new Pagination { Raw = raw, FirstPage = first, LastPage = last is null ? first : ExpandLastPage(first, last) },
            raw);

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
}
