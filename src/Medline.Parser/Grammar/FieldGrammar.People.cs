using Medline.Parser.Model;
using Sprache;

namespace Medline.Parser.Grammar;

internal static partial class FieldGrammar
{
    // ---------------------------------------------------------------- FAU/FIR/FED/FPS: "Last, Given[ Suffix]"
    internal static readonly Parser<(string Last, IOption<string> Fore)> FullNameGrammar =
        (from last in Parse.CharExcept(',').AtLeastOnce().Text().Named("family name")
         from fore in (from comma in Parse.Char(',')
                       from sp in Prim.Space.Many()
                       from given in Prim.Rest
                       select given).Optional()
         select (last, fore)).End();

    // ---------------------------------------------------------------- AU/IR/ED/PS: "Last Initials[ Suffix]"
    internal static readonly Parser<IEnumerable<string>> ShortNameGrammar =
        Parse.CharExcept(' ').AtLeastOnce().Text().Named("name").DelimitedBy(Prim.Spaces).End();

    private const string EtAlMessage = "expected a person name ('et al.' marks a truncated author list)";

    /// <summary><see langword="true"/> for an AU/IR value <c>et al.</c>, which marks a truncated author list, not a person.</summary>
    internal static bool IsEtAl(string value) =>
        value.AsSpan().Trim().Equals("et al.", StringComparison.OrdinalIgnoreCase)
        || value.AsSpan().Trim().Equals("et al", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses a full name (FAU, FIR, FED, FPS): split at the first comma; a trailing suffix token is split off the given names.</summary>
    internal static ParseOutcome<PersonName> ParseFullName(string value) => ParseFullName(value, GrammarPath.Auto);

    internal static ParseOutcome<PersonName> ParseFullName(string value, GrammarPath path)
    {
        if (path == GrammarPath.Auto)
        {
            var s = value.AsSpan();
            var comma = s.IndexOf(',');
            if (comma > 0 && comma + 2 < s.Length && s[comma + 1] == ' ' && s[comma + 2] != ' ')
            {
                return BuildFullName(value, value[..comma], value[(comma + 2)..]);
            }
        }

        var result = FullNameGrammar.TryParse(value);
        if (!result.WasSuccessful)
        {
            return FailFrom<PersonName, (string, IOption<string>)>(value, result, DiagnosticCodes.InvalidPersonName, DiagnosticSeverity.Warning);
        }

        var (last, fore) = result.Value;
        return BuildFullName(value, last, fore.IsDefined ? fore.Get() : null);
    }

    private static ParseOutcome<PersonName> BuildFullName(string raw, string last, string? fore)
    {
        string? suffix = null;
        if (!string.IsNullOrEmpty(fore))
        {
            var space = fore.LastIndexOf(' ');
            if (space > 0 && IsSuffix(fore.AsSpan(space + 1)))
            {
                suffix = fore[(space + 1)..];
                fore = fore[..space].TrimEnd(' ');
            }
        }

        return ParseOutcome<PersonName>.Ok(
            new PersonName { Raw = raw, LastName = last, ForeName = string.IsNullOrEmpty(fore) ? null : fore, Suffix = suffix },
            raw);
    }

    /// <summary>
    /// Parses a short name (AU, IR, ED, PS) from the right: an optional suffix (only after initials), the initials
    /// (the last all-capitals token), the family name (the rest). A single token is a mononym. A value with a comma
    /// (ERIC's <c>Last, First</c>) is read as a full name. <c>et al.</c> fails with <see cref="DiagnosticCodes.TruncatedAuthorList"/>.
    /// </summary>
    internal static ParseOutcome<PersonName> ParseShortName(string value) => ParseShortName(value, GrammarPath.Auto);

    internal static ParseOutcome<PersonName> ParseShortName(string value, GrammarPath path)
    {
        if (IsEtAl(value))
        {
            return ParseOutcome<PersonName>.Fail(value, DiagnosticCodes.TruncatedAuthorList, DiagnosticSeverity.Info, 0, EtAlMessage);
        }

        if (value.Contains(", ", StringComparison.Ordinal))
        {
            return ParseFullName(value, path);
        }

        if (path == GrammarPath.Auto)
        {
            var s = value.AsSpan();
            var space = s.IndexOf(' ');
            if (space > 0 && s.LastIndexOf(' ') == space && space + 1 < s.Length && s.Length - space - 1 <= 4)
            {
                var initials = s[(space + 1)..];
                var upper = true;
                foreach (var c in initials)
                {
                    upper &= char.IsAsciiLetterUpper(c);
                }

                if (upper)
                {
                    return ParseOutcome<PersonName>.Ok(
                        new PersonName { Raw = value, LastName = value[..space], Initials = value[(space + 1)..] }, value);
                }
            }
        }

        string[] tokens;
        if (path == GrammarPath.Auto && value.Length > 0 && value[0] != ' ' && value[^1] != ' '
            && !value.Contains("  ", StringComparison.Ordinal))
        {
            // Single-spaced: the same tokens as the grammar's DelimitedBy(spaces).
            tokens = value.Split(' ');
        }
        else
        {
            var result = ShortNameGrammar.TryParse(value);
            if (!result.WasSuccessful)
            {
                return FailFrom<PersonName, IEnumerable<string>>(value, result, DiagnosticCodes.InvalidPersonName, DiagnosticSeverity.Warning);
            }

            tokens = result.Value.ToArray();
        }

        var end = tokens.Length;
        string? suffix = null, initialsToken = null;
        if (end >= 3 && IsSuffix(tokens[end - 1]) && IsInitials(tokens[end - 2]))
        {
            suffix = tokens[--end];
        }

        if (end >= 2 && IsInitials(tokens[end - 1]))
        {
            initialsToken = tokens[--end];
        }

        return ParseOutcome<PersonName>.Ok(
            new PersonName { Raw = value, LastName = string.Join(' ', tokens, 0, end), Initials = initialsToken, Suffix = suffix },
            value);
    }

    private static bool IsInitials(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return token.Length > 0;
    }

    internal static bool IsSuffix(ReadOnlySpan<char> token) =>
        token is "Jr" or "Sr" or "2nd" or "3rd" or "4th" or "II" or "III" or "IV";
}
