using Medline.Parser.Model;
using Sprache;

namespace Medline.Parser.Grammar;

internal static partial class FieldGrammar
{
    // ---------------------------------------------------------------- AID / LID (format §4.3)
    internal static readonly Parser<string> IdBracket =
        (from sp in Prim.Space
         from open in Parse.Char('[')
         from type in Parse.CharExcept(new[] { '[', ']' }).AtLeastOnce().Text().Named("identifier type")
         from close in Parse.Char(']')
         select type).End();

    internal static readonly Parser<(string Value, IOption<string> Type)> ArticleIdGrammar =
        (from payload in Parse.AnyChar.Except(IdBracket).AtLeastOnce().Text().Named("identifier")
         from type in IdBracket.Optional()
         select (payload, type)).End();

    /// <summary>Parses an AID/LID value <c>&lt;payload&gt; [&lt;type&gt;]</c>, split at the last <c> [</c>; the type is optional.</summary>
    internal static ParseOutcome<ArticleIdentifier> ParseArticleIdentifier(string value) =>
        ParseArticleIdentifier(value, GrammarPath.Auto);

    internal static ParseOutcome<ArticleIdentifier> ParseArticleIdentifier(string value, GrammarPath path)
    {
        if (path == GrammarPath.Auto && value.Length > 0)
        {
            var s = value.AsSpan();
            var open = s.LastIndexOf(" [");
            if (open < 0 && s.IndexOf('[') < 0)
            {
                return ParseOutcome<ArticleIdentifier>.Ok(new ArticleIdentifier { Raw = value, Value = value }, value);
            }

            if (open > 0 && s[^1] == ']' && open + 3 < s.Length && s[(open + 2)..^1].IndexOfAny('[', ']') < 0)
            {
                return ParseOutcome<ArticleIdentifier>.Ok(
                    new ArticleIdentifier { Raw = value, Value = value[..open], Type = IdType(s[(open + 2)..^1]) ?? value[(open + 2)..^1] }, value);
            }
        }

        var result = ArticleIdGrammar.TryParse(value);
        if (!result.WasSuccessful)
        {
            return FailFrom<ArticleIdentifier, (string, IOption<string>)>(value, result, DiagnosticCodes.InvalidIdentifier, DiagnosticSeverity.Warning);
        }

        var (payload, type) = result.Value;
        return ParseOutcome<ArticleIdentifier>.Ok(
            new ArticleIdentifier { Raw = value, Value = payload, Type = type.IsDefined ? type.Get() : null }, value);
    }

    /// <summary>The common AID/LID types as literals, so they are not allocated per value.</summary>
    private static string? IdType(ReadOnlySpan<char> type) => type switch
    {
        "doi" => "doi",
        "pii" => "pii",
        "pmc" => "pmc",
        "pubmed" => "pubmed",
        "mid" => "mid",
        "bookaccession" => "bookaccession",
        _ => null,
    };

    // ---------------------------------------------------------------- IS
    internal static readonly Parser<string> IssnCore =
        from a in Prim.Digits4
        from h in Parse.Char('-')
        from b in Prim.Digit.Repeat(3).Text()
        from c in Prim.Digit.Or(Parse.Chars('X', 'x')).Named("check digit")
        select a + "-" + b + c;

    internal static readonly Parser<string> IssnKind =
        from sp in Prim.Space
        from open in Parse.Char('(')
        from kind in Prim.Word.Named("ISSN kind")
        from close in Parse.Char(')')
        select kind;

    // ERIC writes the kind before the number: ISSN-1042-1629 (print), EISSN-2375-5636 (electronic).
    internal static readonly Parser<string> EricIssnPrefix =
        Parse.String("EISSN-").Return("Electronic").Or(Parse.String("ISSN-").Return("Print"));

    internal static readonly Parser<(string Issn, IOption<string> Kind)> IssnGrammar =
        (from prefix in EricIssnPrefix.Optional()
         from issn in IssnCore
         from kind in IssnKind.XOptional()
         select (issn, kind.IsDefined ? kind : prefix)).End();

    /// <summary>
    /// Parses an IS value <c>NNNN-NNNC (Kind)</c>, or ERIC's <c>ISSN-NNNN-NNNC</c> / <c>EISSN-NNNN-NNNC</c>. A value that is not an ISSN (a book's ISBN) is kept whole with
    /// <see cref="IssnType.Unknown"/> and an info; only an empty value fails.
    /// </summary>
    internal static ParseOutcome<Issn> ParseIssn(string value) => ParseIssn(value, GrammarPath.Auto);

    internal static ParseOutcome<Issn> ParseIssn(string value, GrammarPath path)
    {
        var s = value.AsSpan();
        if (path == GrammarPath.Auto && s.Length > 12 && s[4] == '-' && s[9] == ' ' && s[10] == '(' && s[^1] == ')'
            && AllDigits(s[..4]) && AllDigits(s.Slice(5, 3)) && (char.IsAsciiDigit(s[8]) || s[8] is 'X' or 'x'))
        {
            var kindText = s[11..^1];
            var allLetters = true;
            foreach (var c in kindText)
            {
                allLetters &= char.IsLetter(c);
            }

            if (allLetters)
            {
                return BuildIssn(value, value[..9], IssnTypeOf(kindText));
            }
        }

        if (value.Length == 0)
        {
            return ParseOutcome<Issn>.Fail(value, DiagnosticCodes.InvalidIssn, DiagnosticSeverity.Warning, 0, "expected ISSN");
        }

        var result = IssnGrammar.TryParse(value);
        if (!result.WasSuccessful)
        {
            return ParseOutcome<Issn>.Ok(
                new Issn { Raw = value, Value = value, Type = IssnType.Unknown },
                value,
                ProblemFrom(result, DiagnosticCodes.InvalidIssn, DiagnosticSeverity.Info));
        }

        var (issn, kind) = result.Value;
        return BuildIssn(value, issn, kind.IsDefined ? IssnTypeOf(kind.Get()) : IssnType.Unknown);
    }

    private static IssnType IssnTypeOf(ReadOnlySpan<char> kind) =>
        kind.Equals("Print", StringComparison.OrdinalIgnoreCase) ? IssnType.Print
        : kind.Equals("Electronic", StringComparison.OrdinalIgnoreCase) ? IssnType.Electronic
        : kind.Equals("Linking", StringComparison.OrdinalIgnoreCase) ? IssnType.Linking
        : IssnType.Unknown;

    private static ParseOutcome<Issn> BuildIssn(string raw, string issn, IssnType type)
    {
        var valid = IsValidIssnChecksum(issn);
        return ParseOutcome<Issn>.Ok(
            new Issn { Raw = raw, Value = issn, Type = type },
            raw,
            valid ? null : new ValueProblem(DiagnosticCodes.IssnChecksum, DiagnosticSeverity.Warning, 8, "check character does not match"));
    }

    /// <summary>ISSN mod-11 check of <c>NNNN-NNNC</c> (C may be <c>X</c> for 10).</summary>
    internal static bool IsValidIssnChecksum(ReadOnlySpan<char> issn)
    {
        if (issn.Length != 9 || issn[4] != '-')
        {
            return false;
        }

        var sum = 0;
        var weight = 8;
        for (var i = 0; i < 8; i++)
        {
            if (i == 4)
            {
                continue;
            }

            if (!char.IsAsciiDigit(issn[i]))
            {
                return false;
            }

            sum += (issn[i] - '0') * weight--;
        }

        var check = (11 - (sum % 11)) % 11;
        var last = issn[8];
        return check == 10 ? last is 'X' or 'x' : last == '0' + check;
    }

    // ---------------------------------------------------------------- ISBN (span code: one scan)
    private const string IsbnExpected = "expected an ISBN (10 or 13 digits, hyphens allowed)";

    /// <summary>
    /// Parses an ISBN value: 10 or 13 digits (an ISBN-10 may end in <c>X</c>) with hyphens or spaces between, after an
    /// optional <c>ISBN</c> prefix (ERIC's <c>ISBN-978-…</c>, <c>ISBN 978-…</c>), which is dropped. A bad check digit
    /// keeps the ISBN and warns.
    /// </summary>
    internal static ParseOutcome<string> ParseIsbn(string value)
    {
        var start = 0;
        if (value.StartsWith("ISBN", StringComparison.OrdinalIgnoreCase))
        {
            start = 4;
            while (start < value.Length && value[start] is '-' or ' ' or ':')
            {
                start++;
            }
        }

        Span<int> digits = stackalloc int[13];
        var count = 0;
        var bad = -1;
        for (var i = start; i < value.Length && bad < 0; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c) && count < 13)
            {
                digits[count++] = c - '0';
            }
            else if (c is 'X' or 'x' && count == 9 && i == value.Length - 1)
            {
                digits[count++] = 10;
            }
            else if (!(c is '-' or ' ' && count > 0 && i < value.Length - 1))
            {
                bad = i;
            }
        }

        if (bad < 0 && count is not (10 or 13))
        {
            bad = value.Length;
        }

        if (bad >= 0)
        {
            return ParseOutcome<string>.Fail(value, DiagnosticCodes.InvalidIsbn, DiagnosticSeverity.Warning, bad, IsbnExpected);
        }

        var sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += count == 10 ? digits[i] * (10 - i) : digits[i] * (i % 2 == 0 ? 1 : 3);
        }

        var isbn = start == 0 ? value : value[start..];
        return (count == 10 ? sum % 11 : sum % 10) == 0
            ? ParseOutcome<string>.Ok(isbn, value)
            : ParseOutcome<string>.Ok(isbn, value, new ValueProblem(DiagnosticCodes.InvalidIsbn, DiagnosticSeverity.Warning, value.Length - 1, "check digit does not match"));
    }

    // ---------------------------------------------------------------- RN
    internal static readonly Parser<char> RegistryChar = Parse.LetterOrDigit.Or(Parse.Chars('.', '-'));

    internal static readonly Parser<string> RegistryNumber =
        from ec in Parse.String("EC ").Text().Optional()
        from number in RegistryChar.AtLeastOnce().Text()
        select ec.IsDefined ? "EC " + number : number;

    internal static readonly Parser<(string Number, string Name)> ChemicalGrammar =
        (from number in RegistryNumber.Named("registry number")
         from sp in Prim.Space
         from open in Parse.Char('(')
         from name in Parse.AnyChar.Except(Parse.Char(')').End()).Many().Text()
         from close in Parse.Char(')')
         select (number, name)).End();

    /// <summary>
    /// Parses an RN value <c>number (name)</c>, split at the first <c> (</c>. A value without that shape is a bare
    /// registry number when it looks like one (<see cref="IsBareRegistryNumber"/>), typed with an info, else a bare
    /// name (NLM writes supplementary concept names so: <c>SARS-CoV-2 variants</c>). Only an empty value fails.
    /// </summary>
    internal static ParseOutcome<Chemical> ParseChemical(string value) => ParseChemical(value, GrammarPath.Auto);

    internal static ParseOutcome<Chemical> ParseChemical(string value, GrammarPath path)
    {
        if (value.Length == 0)
        {
            return ParseOutcome<Chemical>.Fail(value, DiagnosticCodes.InvalidChemical, DiagnosticSeverity.Error, 0, "expected registry number or name");
        }

        if (path == GrammarPath.Auto)
        {
            var s = value.AsSpan();
            var open = s.IndexOf(" (");
            if (open > 0 && s[^1] == ')' && IsRegistryNumber(s[..open]))
            {
                return ParseOutcome<Chemical>.Ok(
                    new Chemical { Raw = value, RegistryNumber = value[..open], Name = value[(open + 2)..^1] }, value);
            }

            if (open < 0 || s[^1] != ')')
            {
                // The grammar needs " (" and a closing ')' at the end: without them the value is bare.
                return BareChemical(value);
            }
        }

        var result = ChemicalGrammar.TryParse(value);
        return result.WasSuccessful
            ? ParseOutcome<Chemical>.Ok(new Chemical { Raw = value, RegistryNumber = result.Value.Number, Name = result.Value.Name }, value)
            : BareChemical(value);
    }

    private static ParseOutcome<Chemical> BareChemical(string value) =>
        IsBareRegistryNumber(value)
            ? ParseOutcome<Chemical>.Ok(
                new Chemical { Raw = value, RegistryNumber = value }, value,
                new ValueProblem(DiagnosticCodes.InvalidChemical, DiagnosticSeverity.Info, value.Length, "expected ' (name)' after the registry number"))
            : ParseOutcome<Chemical>.Ok(new Chemical { Raw = value, Name = value }, value);

    /// <summary>
    /// A registry number standing alone: <c>EC</c> and dotted digits, or capitals, digits, <c>.</c> and <c>-</c>
    /// with at least one digit (UNII <c>W0B22ISQ1C</c>, CAS <c>9007-49-2</c>, <c>0</c>). A word is a name.
    /// </summary>
    internal static bool IsBareRegistryNumber(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("EC "))
        {
            s = s[3..];
        }

        var digit = false;
        foreach (var c in s)
        {
            digit |= char.IsAsciiDigit(c);
            if (!(char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        return digit;
    }

    private static bool IsRegistryNumber(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("EC "))
        {
            s = s[3..];
        }

        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // ---------------------------------------------------------------- AUID
    internal static readonly Parser<(string Source, string Id)> AuthorIdGrammar =
        (from source in Parse.CharExcept(':').AtLeastOnce().Text().Named("identifier source")
         from colon in Parse.Char(':')
         from sp in Prim.Space.Many()
         from id in Prim.Rest
         select (source, id)).End();

    internal static readonly Parser<string> OrcidUrl =
        from scheme in Parse.IgnoreCase("http").Then(_ => Parse.IgnoreCase('s').Optional()).Then(_ => Parse.String("://"))
        from www in Parse.IgnoreCase("www.").Optional()
        from host in Parse.IgnoreCase("orcid.org/")
        select "";

    internal static readonly Parser<char> OrcidCheck = Prim.Digit.Or(Parse.Chars('X', 'x')).Named("check character");

    internal static readonly Parser<string> OrcidHyphenated =
        from a in Prim.Digits4
        from h1 in Parse.Char('-')
        from b in Prim.Digits4
        from h2 in Parse.Char('-')
        from c in Prim.Digits4
        from h3 in Parse.Char('-')
        from d in Prim.Digit.Repeat(3).Text()
        from x in OrcidCheck
        select string.Concat(a, "-", b, "-", c, "-", d) + char.ToUpperInvariant(x);

    internal static readonly Parser<string> OrcidCompact =
        from a in Prim.Digit.Repeat(15).Text()
        from x in OrcidCheck
        select string.Concat(a[..4], "-", a[4..8], "-", a[8..12], "-") + a[12..] + char.ToUpperInvariant(x);

    internal static readonly Parser<string> OrcidGrammar =
        (from url in OrcidUrl.XOptional()
         from id in OrcidHyphenated.Or(OrcidCompact).Named("16-digit ORCID")
         select id).End();

    /// <summary>
    /// Parses an AUID value <c>source: id</c>. An ORCID is normalised to <c>0000-0002-9533-1384</c> and its check
    /// character verified; a bad ORCID is kept as written with <see cref="AuthorIdentifier.IsValid"/> false and a warning.
    /// </summary>
    internal static ParseOutcome<AuthorIdentifier> ParseAuthorIdentifier(string value) =>
        ParseAuthorIdentifier(value, GrammarPath.Auto);

    internal static ParseOutcome<AuthorIdentifier> ParseAuthorIdentifier(string value, GrammarPath path)
    {
        if (path == GrammarPath.Auto && value.StartsWith("ORCID: ", StringComparison.Ordinal))
        {
            var span = value.AsSpan(7);
            if (span.StartsWith("https://orcid.org/"))
            {
                span = span[18..];
            }
            else if (span.StartsWith("http://orcid.org/"))
            {
                span = span[17..];
            }

            if (span.Length == 19 && span[4] == '-' && span[9] == '-' && span[14] == '-'
                && AllDigits(span[..4]) && AllDigits(span.Slice(5, 4)) && AllDigits(span.Slice(10, 4)) && AllDigits(span.Slice(15, 3))
                && (char.IsAsciiDigit(span[18]) || span[18] == 'X'))
            {
                return BuildOrcid(value, "ORCID", span.Length == value.Length - 7 ? value[7..] : span.ToString());
            }

            if (span.Length == 16 && AllDigits(span[..15]) && (char.IsAsciiDigit(span[15]) || span[15] == 'X'))
            {
                return BuildOrcid(value, "ORCID", $"{span[..4]}-{span.Slice(4, 4)}-{span.Slice(8, 4)}-{span[12..]}");
            }
        }

        if (value.Length == 0)
        {
            return ParseOutcome<AuthorIdentifier>.Fail(value, DiagnosticCodes.InvalidOrcid, DiagnosticSeverity.Warning, 0, "expected identifier");
        }

        var result = AuthorIdGrammar.TryParse(value);
        if (!result.WasSuccessful)
        {
            return ParseOutcome<AuthorIdentifier>.Ok(new AuthorIdentifier { Raw = value, Value = value }, value);
        }

        var (source, id) = result.Value;
        if (!source.Equals("ORCID", StringComparison.OrdinalIgnoreCase))
        {
            return ParseOutcome<AuthorIdentifier>.Ok(
                new AuthorIdentifier { Raw = value, Source = source, Value = id }, value);
        }

        var idOffset = value.Length - id.Length;
        var orcid = OrcidGrammar.TryParse(id);
        if (!orcid.WasSuccessful)
        {
            return ParseOutcome<AuthorIdentifier>.Ok(
                new AuthorIdentifier { Raw = value, Source = source, Value = id },
                value,
                ProblemFrom(orcid, DiagnosticCodes.InvalidOrcid, DiagnosticSeverity.Warning, idOffset));
        }

        return BuildOrcid(value, source, orcid.Value);
    }

    private static ParseOutcome<AuthorIdentifier> BuildOrcid(string raw, string source, string normalized)
    {
        var valid = IsValidOrcidChecksum(normalized);
        return ParseOutcome<AuthorIdentifier>.Ok(
            new AuthorIdentifier { Raw = raw, Source = source, Value = normalized },
            raw,
            valid ? null : new ValueProblem(DiagnosticCodes.OrcidChecksum, DiagnosticSeverity.Warning, raw.Length - 1, "check character does not match"));
    }

    /// <summary>
    /// Normalises an ORCID written as <c>0000-0002-9533-1384</c>, <c>https://orcid.org/...</c> or 16 digits to the
    /// hyphenated form (upper-case <c>X</c>); <see langword="null"/> when it is not 16 digits.
    /// </summary>
    internal static string? NormalizeOrcid(string text)
    {
        var r = OrcidGrammar.TryParse(text);
        return r.WasSuccessful ? r.Value : null;
    }

    /// <summary>ISO 7064 mod 11-2 check of a hyphenated ORCID.</summary>
    internal static bool IsValidOrcidChecksum(ReadOnlySpan<char> orcid)
    {
        if (orcid.Length != 19)
        {
            return false;
        }

        var total = 0;
        var digits = 0;
        for (var i = 0; i < 18; i++)
        {
            var c = orcid[i];
            if (c == '-')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            total = (total + (c - '0')) * 2;
            digits++;
        }

        if (digits != 15)
        {
            return false;
        }

        var check = (12 - (total % 11)) % 11;
        var last = orcid[18];
        return check == 10 ? last is 'X' or 'x' : last == '0' + check;
    }

    // ---------------------------------------------------------------- formatting: the inverse of the parsers above

    /// <summary>An AID/LID as PubMed writes it: <c>10.1097/MD.0000000000021429 [doi]</c>, or the bare value.</summary>
    internal static string Format(ArticleIdentifier id) => id.Type is null ? id.Value : $"{id.Value} [{id.Type}]";

    /// <summary>An IS value: <c>1536-5964 (Electronic)</c>, or the bare value when the medium is unknown.</summary>
    internal static string Format(Issn issn) => issn.Type == IssnType.Unknown ? issn.Value : $"{issn.Value} ({issn.Type})";

    /// <summary>An AUID value: <c>ORCID: 0000-0002-9533-1384</c>, or the bare value without a source.</summary>
    internal static string Format(AuthorIdentifier id) => id.Source is null ? id.Value : $"{id.Source}: {id.Value}";

    /// <summary>An RN value: <c>W0B22ISQ1C (Thymalfasin)</c>; a bare number or a bare name alone.</summary>
    internal static string Format(Chemical chemical) =>
        chemical.RegistryNumber is null ? chemical.Name ?? string.Empty
        : chemical.Name is null ? chemical.RegistryNumber
        : $"{chemical.RegistryNumber} ({chemical.Name})";
}
