namespace Medline.Parser.Grammar;

// Values of a closed shape: identifiers made of digits, language codes, the controlled words of PST, STAT, OWN, PUBM
// and SB. Span code only: each is one scan, a Sprache grammar would add cost and nothing else. The result is the value
// itself (or a shared literal for a controlled word) so a valid value costs no allocation.
internal static partial class FieldGrammar
{
    private const string PmidExpected = "expected a PMID (digits only)";

    /// <summary>Parses a PMID: digits only (any length, leading zeros kept: <c>000000000000</c> is Zotero's).</summary>
    internal static ParseOutcome<string> ParsePmid(string value)
    {
        var bad = FirstNonDigit(value, 0);
        return bad < 0
            ? ParseOutcome<string>.Ok(value, value)
            : ParseOutcome<string>.Fail(value, DiagnosticCodes.InvalidPmid, DiagnosticSeverity.Error, bad, PmidExpected);
    }

    /// <summary>Parses a PMC value: <c>PMC</c> and digits (<c>PMC8816568</c>).</summary>
    internal static ParseOutcome<string> ParsePmcId(string value)
    {
        var bad = value.StartsWith("PMC", StringComparison.Ordinal) ? FirstNonDigit(value, 3) : 0;
        return Shape(value, bad, "expected 'PMC' and digits (PMC1234567)");
    }

    /// <summary>Parses a JID value: an NLM unique ID of digits, old ones ending in a capital letter (<c>0372354R</c>).</summary>
    internal static ParseOutcome<string> ParseNlmUniqueId(string value)
    {
        var bad = FirstNonDigit(value, 0);
        if (bad > 0 && bad == value.Length - 1 && char.IsAsciiLetterUpper(value[bad]))
        {
            bad = -1;
        }

        return Shape(value, bad, "expected an NLM unique ID (digits, perhaps ending in a capital letter)");
    }

    /// <summary>Parses an RF value: the number of references, digits only.</summary>
    internal static ParseOutcome<string> ParseReferenceCount(string value) =>
        Shape(value, FirstNonDigit(value, 0), "expected a number of references (digits only)");

    /// <summary>
    /// Parses an LA or OABL value: a three-letter MARC language code, returned in lower case (<c>ENG</c> and
    /// <c>eng</c> are one language).
    /// </summary>
    internal static ParseOutcome<string> ParseLanguage(string value)
    {
        var s = value.AsSpan();
        var bad = -1;
        for (var i = 0; i < s.Length && bad < 0; i++)
        {
            if (!char.IsAsciiLetter(s[i]) || i >= 3)
            {
                bad = i;
            }
        }

        if (s.Length < 3 && bad < 0)
        {
            bad = s.Length;
        }

        return bad >= 0
            ? Shape(value, bad, "expected a three-letter language code (eng, fre, ger…)")
            : ParseOutcome<string>.Ok(LanguageCode(s) ?? value.ToLowerInvariant(), value);
    }

    private static string? LanguageCode(ReadOnlySpan<char> code) => code switch
    {
        "eng" or "ENG" or "Eng" => "eng",
        "spa" => "spa",
        "fre" => "fre",
        "ger" => "ger",
        "por" => "por",
        "chi" => "chi",
        "jpn" => "jpn",
        "rus" => "rus",
        "ita" => "ita",
        _ => null,
    };

    /// <summary>The words of each controlled tag (format §2), as literals: a value is returned as one of them.</summary>
    private static readonly string[] s_publicationStatuses = ["ppublish", "epublish", "aheadofprint"];
    private static readonly string[] s_statuses = ["MEDLINE", "PubMed-not-MEDLINE", "In-Process", "In-Data-Review", "Publisher", "OLDMEDLINE"];
    private static readonly string[] s_owners = ["NLM", "NASA", "PIP", "KIE", "HSR", "HMD", "NOTNLM", "ERIC"];
    private static readonly string[] s_publishingModels = ["Print", "Print-Electronic", "Electronic", "Electronic-Print", "Electronic-eCollection"];

    /// <summary>Parses a PST value: <c>ppublish</c>, <c>epublish</c> or <c>aheadofprint</c>.</summary>
    internal static ParseOutcome<string> ParsePublicationStatus(string value) => OneOf(value, s_publicationStatuses);

    /// <summary>Parses a STAT value: <c>MEDLINE</c>, <c>PubMed-not-MEDLINE</c>, <c>In-Process</c>…</summary>
    internal static ParseOutcome<string> ParseStatus(string value) => OneOf(value, s_statuses);

    /// <summary>Parses an OWN value: <c>NLM</c>, <c>NASA</c>, <c>PIP</c>, <c>KIE</c>, <c>HSR</c>, <c>HMD</c>, <c>NOTNLM</c>, <c>ERIC</c>.</summary>
    internal static ParseOutcome<string> ParseOwner(string value) => OneOf(value, s_owners);

    /// <summary>Parses a PUBM value: <c>Print</c>, <c>Print-Electronic</c>, <c>Electronic</c>…</summary>
    internal static ParseOutcome<string> ParsePublishingModel(string value) => OneOf(value, s_publishingModels);

    /// <summary>Parses an SB value: a subset code of one to four capital letters (<c>IM</c>, <c>AIM</c>, <c>QIS</c>).</summary>
    internal static ParseOutcome<string> ParseSubset(string value)
    {
        var bad = -1;
        for (var i = 0; i < value.Length && bad < 0; i++)
        {
            if (!char.IsAsciiLetterUpper(value[i]) || i >= 4)
            {
                bad = i;
            }
        }

        return Shape(value, value.Length == 0 ? 0 : bad, "expected a subset code (capital letters: IM, AIM…)");
    }

    private static ParseOutcome<string> OneOf(string value, string[] words)
    {
        foreach (var word in words)
        {
            if (string.Equals(word, value, StringComparison.Ordinal))
            {
                return ParseOutcome<string>.Ok(word, value);
            }
        }

        return ParseOutcome<string>.Fail(
            value, DiagnosticCodes.UnexpectedValue, DiagnosticSeverity.Warning, 0, "expected one of " + string.Join(", ", words));
    }

    private static ParseOutcome<string> Shape(string value, int bad, string expected) =>
        bad < 0
            ? ParseOutcome<string>.Ok(value, value)
            : ParseOutcome<string>.Fail(value, DiagnosticCodes.UnexpectedValue, DiagnosticSeverity.Warning, bad, expected);

    /// <summary>The index of the first character from <paramref name="start"/> that is not a digit; the end when none follows; -1 when all are.</summary>
    private static int FirstNonDigit(string value, int start)
    {
        if (value.Length <= start)
        {
            return value.Length;
        }

        var i = value.AsSpan(start).IndexOfAnyExceptInRange('0', '9');
        return i < 0 ? -1 : start + i;
    }
}
