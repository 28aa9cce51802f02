namespace Medline.Parser.Export;

/// <summary>MEDLINE's language codes (ISO 639-2/B, <c>eng</c>) as the BCP 47 tags that CSL and BibLaTeX read (<c>en</c>).</summary>
internal static class Languages
{
    // The ISO 639-1 code of every ISO 639-2/B code that has one and occurs in MEDLINE (NLM's language list).
    private static readonly Dictionary<string, string> s_twoLetter = new(StringComparer.OrdinalIgnoreCase)
    {
        ["afr"] = "af", ["alb"] = "sq", ["ara"] = "ar", ["arm"] = "hy", ["aze"] = "az", ["baq"] = "eu", ["bel"] = "be",
        ["ben"] = "bn", ["bos"] = "bs", ["bul"] = "bg", ["cat"] = "ca", ["chi"] = "zh", ["cze"] = "cs", ["dan"] = "da",
        ["dut"] = "nl", ["eng"] = "en", ["epo"] = "eo", ["est"] = "et", ["fin"] = "fi", ["fre"] = "fr", ["geo"] = "ka",
        ["ger"] = "de", ["gla"] = "gd", ["gle"] = "ga", ["glg"] = "gl", ["gre"] = "el", ["heb"] = "he", ["hin"] = "hi",
        ["hrv"] = "hr", ["hun"] = "hu", ["ice"] = "is", ["ind"] = "id", ["ita"] = "it", ["jpn"] = "ja", ["kin"] = "rw",
        ["kor"] = "ko", ["lat"] = "la", ["lav"] = "lv", ["lit"] = "lt", ["mac"] = "mk", ["mal"] = "ml", ["mao"] = "mi",
        ["may"] = "ms", ["mlt"] = "mt", ["nor"] = "no", ["per"] = "fa", ["pol"] = "pl", ["por"] = "pt", ["pus"] = "ps",
        ["rum"] = "ro", ["rus"] = "ru", ["san"] = "sa", ["slo"] = "sk", ["slv"] = "sl", ["spa"] = "es", ["srp"] = "sr",
        ["swe"] = "sv", ["tha"] = "th", ["tur"] = "tr", ["ukr"] = "uk", ["urd"] = "ur", ["vie"] = "vi", ["wel"] = "cy",
    };

    /// <summary>The BCP 47 tag of a MEDLINE language code: its two-letter code, else the code itself in lower case.</summary>
    public static string ToBcp47(string code) =>
        s_twoLetter.TryGetValue(code, out var tag) ? tag : code.ToLowerInvariant();
}
