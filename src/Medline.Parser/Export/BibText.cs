using System.Globalization;
using System.Text;
using Medline.Parser.Model;

namespace Medline.Parser.Export;

/// <summary>
/// The text rules BibTeX and BibLaTeX share: escaping a field value, protecting a title's case, the name grammar and
/// the month macros. Values are written as UTF-8 (biber, bibtex8/bibtexu and pandoc read it), not as TeX accents.
/// </summary>
internal static class BibText
{
    private static readonly string[] s_monthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // What biblatex's langid takes (babel/polyglossia names) for the BCP 47 tags MEDLINE's languages give.
    private static readonly Dictionary<string, string> s_babelNames = new(StringComparer.Ordinal)
    {
        ["af"] = "afrikaans", ["ar"] = "arabic", ["bg"] = "bulgarian", ["ca"] = "catalan", ["cs"] = "czech", ["cy"] = "welsh",
        ["da"] = "danish", ["de"] = "ngerman", ["el"] = "greek", ["en"] = "english", ["eo"] = "esperanto", ["es"] = "spanish",
        ["et"] = "estonian", ["eu"] = "basque", ["fa"] = "persian", ["fi"] = "finnish", ["fr"] = "french", ["ga"] = "irish",
        ["gl"] = "galician", ["he"] = "hebrew", ["hi"] = "hindi", ["hr"] = "croatian", ["hu"] = "hungarian", ["hy"] = "armenian",
        ["id"] = "indonesian", ["is"] = "icelandic", ["it"] = "italian", ["ja"] = "japanese", ["ko"] = "korean", ["la"] = "latin",
        ["lt"] = "lithuanian", ["lv"] = "latvian", ["mk"] = "macedonian", ["ms"] = "malay", ["nl"] = "dutch", ["no"] = "norsk",
        ["pl"] = "polish", ["pt"] = "portuguese", ["ro"] = "romanian", ["ru"] = "russian", ["sk"] = "slovak", ["sl"] = "slovenian",
        ["sr"] = "serbian", ["sv"] = "swedish", ["th"] = "thai", ["tr"] = "turkish", ["uk"] = "ukrainian", ["ur"] = "urdu",
        ["vi"] = "vietnamese", ["zh"] = "chinese",
    };

    /// <summary>The month macro BibTeX and biblatex define (<c>jul</c>) for a month 1-12.</summary>
    public static string MonthMacro(int month) => s_monthMacros[month - 1];

    /// <summary>The babel name of a BCP 47 tag (<c>en</c> -> <c>english</c>), or <see langword="null"/> when babel has none we know.</summary>
    public static string? BabelName(string tag) => s_babelNames.GetValueOrDefault(tag);

    /// <summary>Starts a field: <c>,\n  name = {</c>. The value follows; <see cref="EndField"/> closes it.</summary>
    public static void StartField(Utf8Buffer text, ReadOnlySpan<byte> name)
    {
        text.Append(",\n  "u8);
        text.Append(name);
        text.Append(" = {"u8);
    }

    /// <summary>Closes a braced field value.</summary>
    public static void EndField(Utf8Buffer text) => text.Append('}');

    /// <summary>A field holding <paramref name="value"/> escaped; nothing when the value is empty.</summary>
    public static void Field(Utf8Buffer text, ReadOnlySpan<byte> name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        StartField(text, name);
        AppendEscaped(text, value, protectCase: false);
        EndField(text);
    }

    /// <summary>
    /// A verbatim field (<c>doi</c>, <c>url</c>, <c>eprint</c>): biblatex, pandoc and the url package read it as
    /// written, so TeX escapes would become part of the value; only braces and backslashes, which would end or
    /// break the field, are written percent-encoded (as a URL writes them).
    /// </summary>
    public static void VerbatimField(Utf8Buffer text, ReadOnlySpan<byte> name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        StartField(text, name);
        var rest = value.AsSpan();
        int at;
        while ((at = rest.IndexOfAny('{', '}', '\\')) >= 0)
        {
            text.Append(rest[..at]);
            text.Append(rest[at] switch { '{' => "%7B", '}' => "%7D", _ => "%5C" });
            rest = rest[(at + 1)..];
        }

        text.Append(rest);
        EndField(text);
    }

    /// <summary>A title field: escaped, and every word a style must not lower-case kept in braces.</summary>
    public static void TitleField(Utf8Buffer text, ReadOnlySpan<byte> name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        StartField(text, name);
        AppendEscaped(text, value, protectCase: true);
        EndField(text);
    }

    /// <summary>A list field, items escaped and joined with <paramref name="separator"/>; an item holding a comma is braced (biblatex splits keywords at commas).</summary>
    public static void ListField(Utf8Buffer text, ReadOnlySpan<byte> name, IReadOnlyList<string> values, ReadOnlySpan<byte> separator)
    {
        if (values.Count == 0)
        {
            return;
        }

        StartField(text, name);
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            var braced = values[i].Contains(',', StringComparison.Ordinal);
            if (braced)
            {
                text.Append('{');
            }

            AppendEscaped(text, values[i], protectCase: false);
            if (braced)
            {
                text.Append('}');
            }
        }

        EndField(text);
    }

    /// <summary>
    /// A name list (<c>author</c>, <c>editor</c>): <c>Family, Suffix, Given</c> per BibTeX's name grammar, joined
    /// with <c>and</c>; an organisation braced whole so that no part of it is read as a name part or an <c>and</c>.
    /// </summary>
    public static void NamesField(Utf8Buffer text, ReadOnlySpan<byte> name, IReadOnlyList<BibliographicName> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        StartField(text, name);
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                text.Append(" and "u8);
            }

            var person = names[i];
            if (person.Literal is { } literal)
            {
                text.Append('{');
                AppendEscaped(text, literal, protectCase: false);
                text.Append('}');
                continue;
            }

            // Without a given name, "Some Editor" would be read as given and family: braces keep the family whole.
            AppendNamePart(text, person.Family, braced: string.IsNullOrEmpty(person.Given) && person.Family?.Contains(' ', StringComparison.Ordinal) == true);
            if (!string.IsNullOrEmpty(person.Suffix))
            {
                text.Append(", "u8);
                AppendNamePart(text, person.Suffix, braced: false);
            }

            if (!string.IsNullOrEmpty(person.Given))
            {
                text.Append(", "u8);
                AppendNamePart(text, person.Given, braced: false);
            }
            else if (!string.IsNullOrEmpty(person.Suffix))
            {
                // "Family, Suffix" alone would read the suffix as the given name: the three-part form needs a third.
                text.Append(", "u8);
            }
        }

        EndField(text);
    }

    /// <summary>Pages with BibTeX's en dash (<c>111--115</c>): the first range, expanded as the view gives it.</summary>
    public static void PagesField(Utf8Buffer text, Pagination? pages)
    {
        if (pages is null)
        {
            return;
        }

        StartField(text, "pages"u8);
        AppendEscaped(text, pages.FirstPage, protectCase: false);
        if (!string.Equals(pages.FirstPage, pages.LastPage, StringComparison.Ordinal))
        {
            text.Append("--"u8);
            AppendEscaped(text, pages.LastPage, protectCase: false);
        }

        EndField(text);
    }

    // A part holding a comma or " and " would split the name: braces keep it one part.
    private static void AppendNamePart(Utf8Buffer text, string? part, bool braced)
    {
        if (string.IsNullOrEmpty(part))
        {
            text.Append("{}"u8);
            return;
        }

        braced |= part.Contains(',', StringComparison.Ordinal) || part.Contains(" and ", StringComparison.OrdinalIgnoreCase);
        if (braced)
        {
            text.Append('{');
        }

        AppendEscaped(text, part, protectCase: false);
        if (braced)
        {
            text.Append('}');
        }
    }

    /// <summary>
    /// Writes <paramref name="value"/> so that BibTeX, biber and pandoc read it back as written: TeX's special
    /// characters escaped, braces that pair up as <c>\{ \}</c> and a brace without a partner as a command (a lone
    /// <c>\{</c> would unbalance the entry: BibTeX counts escaped braces too). With <paramref name="protectCase"/>,
    /// a word with a capital that is not the title's first letter (<c>COVID-19</c>, <c>mRNA</c>, <c>Wuhan</c>) is
    /// braced so that a style's sentence or title casing leaves it as written: MEDLINE titles are in sentence case.
    /// </summary>
    public static void AppendEscaped(Utf8Buffer text, string value, bool protectCase)
    {
        var unpaired = UnpairedBraces(value);
        var run = 0;
        var firstWord = true;
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (protectCase && IsWordChar(value, i) && (i == 0 || !IsWordChar(value, i - 1)))
            {
                var end = i;
                var capitals = 0;
                var capitalAfterFirst = false;
                while (end < value.Length && IsWordChar(value, end))
                {
                    if (char.IsUpper(value[end]))
                    {
                        capitals++;
                        capitalAfterFirst |= end > i;
                    }

                    end++;
                }

                var protect = capitals > 0 && (!firstWord || capitalAfterFirst);
                firstWord = false;
                if (protect)
                {
                    text.Append(value.AsSpan(run, i - run));
                    text.Append('{');
                    text.Append(value.AsSpan(i, end - i));
                    text.Append('}');
                    run = end;
                }

                i = end;
                continue;
            }

            var escape = c switch
            {
                '%' => "\\%",
                '&' => "\\&",
                '#' => "\\#",
                '_' => "\\_",
                '$' => "\\$",
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                '\\' => "\\textbackslash{}",
                '{' => unpaired?.Contains(i) == true ? "\\textbraceleft{}" : "\\{",
                '}' => unpaired?.Contains(i) == true ? "\\textbraceright{}" : "\\}",
                // TeX joins -- and '' into a dash and a quote: an empty group keeps them two characters.
                '-' or '\'' when i + 1 < value.Length && value[i + 1] == c => c == '-' ? "-{}" : "'{}",
                _ => null,
            };
            if (escape is not null)
            {
                text.Append(value.AsSpan(run, i - run));
                text.Append(escape.AsSpan());
                run = i + 1;
            }

            i++;
        }

        text.Append(value.AsSpan(run));
    }

    // Letters, digits and the marks inside a word (COVID-19, Alzheimer's); a surrogate pair is never split from it.
    // A doubled - or ' ends the word: it is escaped (see above).
    private static bool IsWordChar(string value, int i)
    {
        var c = value[i];
        return c is '-' or '\''
            ? i + 1 == value.Length || value[i + 1] != c
            : char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
    }

    // The positions of braces without a partner, or null when every brace pairs up (the usual case: no set is made).
    private static HashSet<int>? UnpairedBraces(string value)
    {
        if (value.AsSpan().IndexOfAny('{', '}') < 0)
        {
            return null;
        }

        HashSet<int>? unpaired = null;
        var open = new Stack<int>();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '{')
            {
                open.Push(i);
            }
            else if (value[i] == '}' && !open.TryPop(out _))
            {
                (unpaired ??= []).Add(i);
            }
        }

        foreach (var i in open)
        {
            (unpaired ??= []).Add(i);
        }

        return unpaired;
    }

    /// <summary>The ASCII letters of <paramref name="value"/> with accents taken off (<c>Müller</c> -> <c>Muller</c>, <c>Groß</c> -> <c>Gross</c>).</summary>
    public static string AsciiLetters(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c))
            {
                builder.Append(c);
                continue;
            }

            // Letters that decomposition does not take apart.
            var folded = c switch
            {
                'ß' => "ss", 'æ' => "ae", 'Æ' => "AE", 'œ' => "oe", 'Œ' => "OE", 'ø' => "o", 'Ø' => "O", 'ł' => "l", 'Ł' => "L",
                'đ' => "d", 'Đ' => "D", 'ð' => "d", 'Ð' => "D", 'þ' => "th", 'Þ' => "Th", 'ı' => "i",
                _ => null,
            };
            builder.Append(folded);
        }

        return builder.ToString();
    }
}
