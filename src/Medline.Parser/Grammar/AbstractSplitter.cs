using Medline.Parser.Model;

namespace Medline.Parser.Grammar;

/// <summary>
/// Splits a structured abstract at its inline labels (format §4.5): a label is a run of upper-case words (letters,
/// digits, spaces, <c>/ &amp; - , '</c>) of at least 3 characters, at the start of the text or after <c>. </c>,
/// <c>? </c> or <c>! </c>, followed by <c>: </c>. An abstract is structured when it starts with a label or has at
/// least two (so a lone <c>HIV: ...</c> inside prose is not a label).
/// </summary>
internal static class AbstractSplitter
{
    /// <summary>The sections of a structured abstract, or an empty list when the text is not structured.</summary>
    internal static IReadOnlyList<AbstractSection> Split(string text)
    {
        var labels = new List<(int Start, int Colon)>();
        var s = text.AsSpan();
        for (var i = 0; i < s.Length; i++)
        {
            if (i != 0 && !(i >= 2 && s[i - 1] == ' ' && s[i - 2] is '.' or '?' or '!'))
            {
                continue;
            }

            var colon = LabelEnd(s, i);
            if (colon > 0)
            {
                labels.Add((i, colon));
                i = colon;
            }
        }

        if (labels.Count == 0 || (labels.Count == 1 && labels[0].Start != 0))
        {
            return [];
        }

        var sections = new List<AbstractSection>(labels.Count + 1);
        if (labels[0].Start > 0)
        {
            sections.Add(new AbstractSection(null, text[..labels[0].Start].TrimEnd()));
        }

        for (var k = 0; k < labels.Count; k++)
        {
            var (start, colon) = labels[k];
            var end = k + 1 < labels.Count ? labels[k + 1].Start : text.Length;
            sections.Add(new AbstractSection(text[start..colon].TrimEnd(), text[(colon + 1)..end].Trim()));
        }

        return sections;
    }

    /// <summary>The index of the label's colon when a label starts at <paramref name="start"/>, else -1.</summary>
    private static int LabelEnd(ReadOnlySpan<char> s, int start)
    {
        if (!char.IsUpper(s[start]))
        {
            return -1;
        }

        var i = start;
        var letters = 0;
        while (i < s.Length && (char.IsUpper(s[i]) || char.IsAsciiDigit(s[i]) || s[i] is ' ' or '/' or '&' or '-' or ',' or '\''))
        {
            if (char.IsUpper(s[i]))
            {
                letters++;
            }

            i++;
        }

        var length = s[start..i].TrimEnd().Length;
        var isColon = i < s.Length && s[i] == ':' && (i + 1 == s.Length || s[i + 1] == ' ');
        return isColon && length >= 3 && letters >= 2 && s[i - 1] != ' ' ? i : -1;
    }
}
