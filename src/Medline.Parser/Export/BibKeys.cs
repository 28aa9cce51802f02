namespace Medline.Parser.Export;

/// <summary>
/// Citation keys for BibTeX and BibLaTeX: the first author's family name (ASCII letters) and the year
/// (<c>Liang2020</c>), made unique in output order by a letter suffix (<c>Liang2020a</c>, <c>Liang2020b</c>, ...,
/// <c>Liang2020z</c>, <c>Liang2020aa</c>). A key once given is never given again, also when a later natural key
/// equals an earlier suffixed one. Holds every key given: the one whole-file state of these formats.
/// </summary>
internal sealed class BibKeys
{
    private readonly HashSet<string> _given = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    /// <summary>
    /// The key <paramref name="item"/> would get alone: the first author's family name (an organisation's first
    /// word; else the first editor's; else <c>Anon</c>) and the year (<c>nd</c> without one).
    /// </summary>
    public static string NaturalKey(BibliographicItem item)
    {
        var name = NamePart(item.Authors) ?? NamePart(item.Editors) ?? "Anon";
        return item.Issued?.Year is { } year
            ? string.Concat(name, year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))
            : name + "nd";
    }

    /// <summary>A key not given before: <paramref name="naturalKey"/> itself, else it with the first free suffix.</summary>
    public string Assign(string naturalKey)
    {
        if (_given.Add(naturalKey))
        {
            return naturalKey;
        }

        var n = _nextSuffix.GetValueOrDefault(naturalKey);
        while (true)
        {
            var candidate = naturalKey + Suffix(n++);
            if (_given.Add(candidate))
            {
                _nextSuffix[naturalKey] = n;
                return candidate;
            }
        }
    }

    // 0 -> a, 25 -> z, 26 -> aa: bijective base 26, so every suffix is distinct.
    internal static string Suffix(int n)
    {
        Span<char> letters = stackalloc char[8];
        var at = letters.Length;
        n++;
        while (n > 0)
        {
            n--;
            letters[--at] = (char)('a' + n % 26);
            n /= 26;
        }

        return new string(letters[at..]);
    }

    private static string? NamePart(IReadOnlyList<BibliographicName> names)
    {
        if (names.Count == 0)
        {
            return null;
        }

        var first = names[0];
        var source = first.Family ?? FirstWord(first.Literal ?? "");
        var letters = BibText.AsciiLetters(source);
        // A name of a hundred letters would make an unwieldy key; forty keep every real family name whole.
        return letters.Length == 0 ? null : letters.Length > 40 ? letters[..40] : letters;
    }

    private static string FirstWord(string literal)
    {
        var trimmed = literal.AsSpan().TrimStart();
        var space = trimmed.IndexOf(' ');
        return (space < 0 ? trimmed : trimmed[..space]).ToString();
    }
}
