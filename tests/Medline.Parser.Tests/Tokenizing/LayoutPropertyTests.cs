using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Tokenizing;

/// <summary>
/// Properties over generated exports: whatever the wrapping, trailing-space style, line endings and separators,
/// reading gives back the fields that were laid out, the records reassemble to the text, and a reader fed a few
/// chars at a time agrees.
/// </summary>
public class LayoutPropertyTests
{
    private static readonly string[] s_tags = ["TI", "AB", "AU", "FAU", "AD", "MH", "AUID", "PHST", "X", "ZZ9", "OAB"];

    private static readonly string[] s_words =
    [
        "alpha", "Beta", "HIV", "-", "PMID-", "AB", "R(2)", "=", "0.049", "Étude", "±", "日本語", "🧬", "a", "x-",
        "10.1097/MD.0000000000021429", "[doi]", "*therapy/virology", "\u2009thin", "tab\u00A0nbsp",
    ];

    private static readonly string[] s_newlines = ["\n", "\r\n", "\r"];

    public sealed record Field(string Tag, IReadOnlyList<string> Words, IReadOnlyList<int> Breaks, bool KeepTrailingSpace);

    public sealed record Doc(IReadOnlyList<IReadOnlyList<Field>> Records, IReadOnlyList<string> Separators, string Newline, bool FinalNewline, int Pmid);

    private static Gen<Field> FieldGen() =>
        from tag in Gen.Elements(s_tags)
        from words in Gen.Elements(s_words).ListOf().Where(w => w.Count is > 0 and < 30 && !LooksLikeTagStart(w))
        from breaks in Gen.Choose(0, 3).ListOf(words.Count)
        from keep in Gen.Elements(true, false)
        select new Field(tag, [.. words], [.. breaks], keep);

    // "HIV -" after a short value reads as a field start when line breaks were lost (FlattenedRecordTests): the values
    // here are text, which never holds an upper-case word before a lone hyphen.
    private static bool LooksLikeTagStart(List<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] == "-" && words[i - 1].Length <= 4 && words[i - 1].All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
            {
                return true;
            }
        }

        return false;
    }

    private static Gen<Doc> DocGen() =>
        from records in FieldGen().ListOf().Where(f => f.Count < 8).Select(f => (IReadOnlyList<Field>)[.. f]).ListOf().Where(r => r.Count is > 0 and < 5)
        from separators in Gen.Elements("", "\n", "   \n", "\n\n", "\t\n\n").ListOf(records.Count + 1)
        from newline in Gen.Elements(s_newlines)
        from final in Gen.Elements(true, false)
        from pmid in Gen.Choose(1, 99_999_999)
        select new Doc([.. records], [.. separators], newline, final, pmid);

    [Property(MaxTest = 300)]
    public Property Generated_exports_read_back_their_fields_and_reassemble_exactly() =>
        Prop.ForAll(DocGen().ToArbitrary(), doc =>
        {
            var (text, expected) = Render(doc);
            using var reader = MedlineReader.FromText(text);
            var records = reader.ReadRecords().ToList();

            records.Select(Read.Pairs).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
            Read.Reassemble(records, reader.TrailingTrivia).Should().Be(text);

            using var chunked = MedlineReader.FromReader(new ChunkedReader(text, () => 1 + (text.Length % 5)));
            chunked.ReadRecords().Select(Read.Pairs).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        });

    private static (string Text, List<List<(string, string)>> Expected) Render(Doc doc)
    {
        var nl = doc.Newline;
        var sb = new System.Text.StringBuilder();
        var expected = new List<List<(string, string)>>();
        for (var r = 0; r < doc.Records.Count; r++)
        {
            // The first separator is leading trivia; every other one needs at least one blank line.
            var separator = doc.Separators[r].Replace("\n", nl, StringComparison.Ordinal);
            sb.Append(r > 0 && separator.Length == 0 ? nl : separator);
            var pmid = (doc.Pmid + r).ToString(System.Globalization.CultureInfo.InvariantCulture);
            sb.Append("PMID- ").Append(pmid);
            var pairs = new List<(string, string)> { ("PMID", pmid) };
            foreach (var field in doc.Records[r])
            {
                sb.Append(nl).Append(field.Tag.PadRight(4)).Append("- ");
                for (var w = 0; w < field.Words.Count; w++)
                {
                    if (w > 0)
                    {
                        if (field.Breaks[w] == 0)
                        {
                            sb.Append(field.KeepTrailingSpace ? " " : string.Empty).Append(nl).Append("      ");
                        }
                        else
                        {
                            sb.Append(' ');
                        }
                    }

                    sb.Append(field.Words[w]);
                }

                pairs.Add((field.Tag, string.Join(' ', field.Words)));
            }

            expected.Add(pairs);
        }

        if (doc.FinalNewline)
        {
            sb.Append(nl);
        }

        sb.Append(doc.Separators[^1].Replace("\n", nl, StringComparison.Ordinal));
        return (sb.ToString(), expected);
    }
}
