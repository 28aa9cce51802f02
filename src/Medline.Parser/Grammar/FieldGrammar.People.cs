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
        if (path == GrammarPath.Auto && TryFastFullName(value, out var parts))
        {
            return ParseOutcome<PersonName>.Ok(
                new PersonName { Raw = value, LastName = parts.LastName, ForeName = parts.ForeName, Suffix = parts.Suffix }, value);
        }

        var result = FullNameGrammar.TryParse(value);
        if (!result.WasSuccessful)
        {
            return FailFrom<PersonName, (string, IOption<string>)>(value, result, DiagnosticCodes.InvalidPersonName, DiagnosticSeverity.Warning);
        }

        var (last, fore) = result.Value;
        return BuildFullName(value, last, fore.IsDefined ? fore.Get() : null);
    }

    /// <summary>
    /// The full-name grammar by hand, for every value it accepts: the family name runs to the first comma (all of a
    /// value without one), without spaces before the comma; the given names are the rest after the comma and its spaces. A value that is empty or
    /// starts with a comma is the grammar's error (<see langword="false"/>).
    /// </summary>
    internal static bool TryFastFullName(string value, out NameParts parts)
    {
        var s = value.AsSpan();
        var comma = s.IndexOf(',');
        if (comma < 0 && s.Length > 0)
        {
            parts = FullNameParts(value, null);
            return true;
        }

        if (comma > 0)
        {
            var given = comma + 1;
            while (given < s.Length && s[given] == ' ')
            {
                given++;
            }

            // A space before the comma (An , H S) is not part of the family name.
            var lastEnd = comma;
            while (lastEnd > 1 && s[lastEnd - 1] == ' ')
            {
                lastEnd--;
            }

            parts = FullNameParts(value[..lastEnd], value[given..]);
            return true;
        }

        parts = default;
        return false;
    }

    private static ParseOutcome<PersonName> BuildFullName(string raw, string last, string? fore)
    {
        var trimmed = last.TrimEnd(' ');
        var parts = FullNameParts(trimmed.Length > 0 ? trimmed : last[..1], fore);
        return ParseOutcome<PersonName>.Ok(
            new PersonName { Raw = raw, LastName = parts.LastName, ForeName = parts.ForeName, Suffix = parts.Suffix }, raw);
    }

    private static NameParts FullNameParts(string last, string? fore)
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

        return new NameParts(last, string.IsNullOrEmpty(fore) ? null : fore, null, suffix);
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

        if (path == GrammarPath.Auto && TryFastShortNameCore(value, out var parts))
        {
            return ParseOutcome<PersonName>.Ok(
                new PersonName { Raw = value, LastName = parts.LastName, Initials = parts.Initials }, value);
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

    /// <summary>
    /// The common short name <c>Last INITIALS</c> (one space, 1–4 capital ASCII initials) without the grammar; the
    /// family name is left as a slice of the value (no string until asked for). Anything else: <see langword="false"/>.
    /// </summary>
    internal static bool TryFastShortName(string value, out NameParts parts)
    {
        if (IsEtAl(value) || value.Contains(", ", StringComparison.Ordinal))
        {
            parts = default;
            return false;
        }

        return TryFastShortNameCore(value, out parts);
    }

    private static bool TryFastShortNameCore(string value, out NameParts parts)
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
                parts = NameParts.WithLastNamePrefix(value, space, Initials(value, space + 1));
                return true;
            }
        }

        parts = default;
        return false;
    }

    // One and two capital initials (most short names) as shared strings: no string per author for them.
    private static readonly string[] s_initials = CreateInitials();

    private static string[] CreateInitials()
    {
        var all = new string[26 + (26 * 26)];
        for (var a = 0; a < 26; a++)
        {
            all[a] = ((char)('A' + a)).ToString();
            for (var b = 0; b < 26; b++)
            {
                all[26 + (a * 26) + b] = string.Concat(all[a], ((char)('A' + b)).ToString());
            }
        }

        return all;
    }

    /// <summary>The capital initials from <paramref name="start"/> to the end of <paramref name="value"/>.</summary>
    private static string Initials(string value, int start)
    {
        var length = value.Length - start;
        if (length == 1 && char.IsAsciiLetterUpper(value[start]))
        {
            return s_initials[value[start] - 'A'];
        }

        if (length == 2 && char.IsAsciiLetterUpper(value[start]) && char.IsAsciiLetterUpper(value[start + 1]))
        {
            return s_initials[26 + ((value[start] - 'A') * 26) + (value[start + 1] - 'A')];
        }

        return value[start..];
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

    /// <summary>Initials from given names when no short name gives them (the mapper and the builder alike): <c>Jean-Pierre A.</c> → <c>JPA</c>.</summary>
    internal static string? DeriveInitials(string? foreName)
    {
        if (string.IsNullOrEmpty(foreName))
        {
            return null;
        }

        Span<char> buffer = stackalloc char[Math.Min(foreName.Length, 16)];
        var n = 0;
        var atStart = true;
        foreach (var c in foreName)
        {
            if (c is ' ' or '-' or '.')
            {
                atStart = true;
            }
            else if (atStart)
            {
                atStart = false;
                if (char.IsLetter(c) && n < buffer.Length)
                {
                    buffer[n++] = char.ToUpperInvariant(c);
                }
            }
        }

        return n == 0 ? null : new string(buffer[..n]);
    }

    /// <summary>A full name (FAU, FIR, FED, FPS): <c>Last, Given Suffix</c>; the family name alone when there are no given names.</summary>
    internal static string FormatFullName(string lastName, string? foreName, string? suffix) =>
        (foreName, suffix) switch
        {
            (null, null) => lastName,
            (null, _) => $"{lastName}, {suffix}",
            (_, null) => $"{lastName}, {foreName}",
            _ => $"{lastName}, {foreName} {suffix}",
        };

    /// <summary>A short name (AU, IR, ED, PS): <c>Last Initials Suffix</c>, the parts that are given.</summary>
    internal static string FormatShortName(string lastName, string? initials, string? suffix) =>
        string.Join(' ', ((string?[])[lastName, initials, suffix]).Where(static p => !string.IsNullOrEmpty(p)));
}

/// <summary>
/// The parts of a person name without a <see cref="PersonName"/> object: what the citation builder keeps per name.
/// The family name may be a prefix of the source value, turned into a string only when asked for.
/// </summary>
internal readonly struct NameParts
{
    private readonly string? _last;
    private readonly string? _source;
    private readonly int _lastLength;

    public NameParts(string last, string? foreName, string? initials, string? suffix)
    {
        _last = last;
        ForeName = foreName;
        Initials = initials;
        Suffix = suffix;
    }

    private NameParts(string source, int lastLength, string? initials)
    {
        _source = source;
        _lastLength = lastLength;
        Initials = initials;
    }

    /// <summary>Whether there is a name (a default value is none, as a <see langword="null"/> name was).</summary>
    public bool HasValue => _last is not null || _source is not null;

    /// <summary>The family name as a span (no allocation).</summary>
    public ReadOnlySpan<char> LastNameSpan => _last is not null ? _last : _source.AsSpan(0, _lastLength);

    /// <summary>The family name as a string (a new string for a prefix: ask once).</summary>
    public string LastName => _last ?? _source![.._lastLength];

    public string? ForeName { get; }

    public string? Initials { get; }

    public string? Suffix { get; }

    public static NameParts WithLastNamePrefix(string source, int lastLength, string? initials) => new(source, lastLength, initials);

    public static NameParts From(PersonName? name) =>
        name is null ? default : new NameParts(name.LastName, name.ForeName, name.Initials, name.Suffix);
}
