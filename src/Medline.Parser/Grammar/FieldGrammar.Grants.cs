using Medline.Parser.Model;
using Sprache;

namespace Medline.Parser.Grammar;

internal static partial class FieldGrammar
{
    // ---------------------------------------------------------------- GR: [number/][acronym/]agency[/country]
    internal static readonly Parser<IEnumerable<string>> GrantGrammar =
        Parse.CharExcept('/').Many().Text().DelimitedBy(Parse.Char('/')).End();

    /// <summary>
    /// Parses a GR value from the right: the last part is the country when it names one (an empty last part, from a
    /// trailing <c>/</c>, is dropped), then the agency, then an optional acronym (<c>CA</c>, <c>MRC_</c>); whatever
    /// remains, re-joined with <c>/</c>, is the grant number. Fails only when the agency is empty.
    /// </summary>
    internal static ParseOutcome<Grant> ParseGrant(string value) => ParseGrant(value, GrammarPath.Auto);

    internal static ParseOutcome<Grant> ParseGrant(string value, GrammarPath path)
    {
        if (path == GrammarPath.Auto)
        {
            return BuildGrant(value, value.Split('/'));
        }

        var result = GrantGrammar.TryParse(value);
        return result.WasSuccessful
            ? BuildGrant(value, result.Value.ToArray())
            : FailFrom<Grant, IEnumerable<string>>(value, result, DiagnosticCodes.InvalidGrant, DiagnosticSeverity.Error);
    }

    private static ParseOutcome<Grant> BuildGrant(string raw, string[] parts)
    {
        var end = parts.Length;
        string? country = null;
        if (end >= 2 && Countries.IsCountry(parts[end - 1].Trim()))
        {
            country = parts[--end].Trim();
        }
        else if (end >= 2 && parts[end - 1].Trim().Length == 0)
        {
            end--;
        }

        var agency = parts[--end].Trim();
        if (agency.Length == 0)
        {
            var offset = 0;
            for (var i = 0; i < end; i++)
            {
                offset += parts[i].Length + 1;
            }

            return ParseOutcome<Grant>.Fail(raw, DiagnosticCodes.InvalidGrant, DiagnosticSeverity.Error, offset, "expected agency");
        }

        string? acronym = null;
        if (end >= 1 && IsGrantAcronym(parts[end - 1].Trim()))
        {
            acronym = parts[--end].Trim();
            if (acronym == NoAcronym)
            {
                acronym = null;
            }
        }

        var id = end > 0 ? string.Join('/', parts, 0, end).Trim() : null;
        return ParseOutcome<Grant>.Ok(
            new Grant { Raw = raw, GrantId = string.IsNullOrEmpty(id) ? null : id, Acronym = acronym, Agency = agency, Country = country },
            raw);
    }

    /// <summary>NLM's placeholder in the acronym's place (<c>Z01 CP010169-06/NULL/Intramural NIH HHS/…</c>): there is none.</summary>
    private const string NoAcronym = "NULL";

    /// <summary>
    /// A PHS institute acronym (two capitals, <c>CA</c>), NLM's underscore-padded form (<c>MRC_</c>, <c>WT_</c>), an
    /// intramural one (<c>Im</c> and capitals: <c>ImNIH</c>, <c>ImEPA</c>), or NLM's <c>NULL</c> for none.
    /// </summary>
    internal static bool IsGrantAcronym(string part)
    {
        if (part == NoAcronym)
        {
            return true;
        }

        var letters = part.AsSpan().TrimEnd('_');
        if (letters.Length >= 4 && letters.StartsWith("Im", StringComparison.Ordinal))
        {
            letters = letters[2..];
            return !letters.ContainsAnyExceptInRange('A', 'Z');
        }
        if (letters.Length < 2)
        {
            return false;
        }

        foreach (var c in letters)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return letters.Length == 2 || letters.Length < part.Length;
    }

    /// <summary>A GR value: its parts that are given, joined with <c>/</c>: <c>R01 CA183444/CA/NCI NIH HHS/United States</c>.</summary>
    internal static string Format(Grant grant)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in (ReadOnlySpan<string?>)[grant.GrantId, grant.Acronym, grant.Agency, grant.Country])
        {
            if (part is not null)
            {
                text.Append(text.Length == 0 ? "" : "/").Append(part);
            }
        }

        return text.ToString();
    }
}
