using Medline.Parser.Grammar;
using Medline.Parser.Model;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Grammar;

public sealed class AbstractSplitterTests
{
    [Fact]
    public void Seed_abstract_labels_are_found()
    {
        var path = SharedData.SeedPath;
        var seed = File.ReadAllLines(path);
        var ab = string.Join(' ', seed.SkipWhile(l => !l.StartsWith("AB  -", StringComparison.Ordinal))
            .TakeWhile((l, i) => i == 0 || l.StartsWith("      ", StringComparison.Ordinal))
            .Select(l => l[6..].Trim()));

        var sections = AbstractSplitter.Split(ab);

        sections.Select(s => s.Label).Should().Equal("RATIONALE", "PATIENT CONCERNS", "DIAGNOSE", "INTERVENTIONS", "OUTCOMES", "LESSONS");
        sections.Should().OnlyContain(s => s.Text.Length > 0 && !s.Text.EndsWith(' '));
    }

    [Fact]
    public void Labels_with_spaces_slashes_and_text_before_the_first_label()
    {
        var sections = AbstractSplitter.Split("Intro text. DIAGNOSIS/TESTING: Done. GENETIC COUNSELING: Yes.");

        sections.Should().BeEquivalentTo(new AbstractSection[]
        {
            new(null, "Intro text."),
            new("DIAGNOSIS/TESTING", "Done."),
            new("GENETIC COUNSELING", "Yes."),
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Abstract_starting_with_a_label_is_structured_even_with_one_label() =>
        AbstractSplitter.Split("BACKGROUND: Only one section.").Should().BeEquivalentTo(new AbstractSection[] { new("BACKGROUND", "Only one section.") });

    [Theory]
    [InlineData("We studied patients. HIV: a virus that matters here.")]
    [InlineData("Plain prose without labels.")]
    [InlineData("Infected with HIV: most of them. NOTE: this is prose.")]
    [InlineData("")]
    public void Prose_is_not_structured(string text) => AbstractSplitter.Split(text).Should().BeEmpty();

    [Fact]
    public void The_span_splitter_gives_what_the_char_by_char_reference_gives_on_every_corpus_abstract()
    {
        var abstracts = 0;
        foreach (var file in SharedData.CorpusFiles())
        {
            using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
            while (reader.TryRead(out var record))
            {
                foreach (var field in record.Fields)
                {
                    if (field.Tag is "AB" or "OAB")
                    {
                        abstracts++;
                        AbstractSplitter.Split(field.Value).Should().Equal(ReferenceSplit(field.Value), $"{file} line {field.Position.Line}");
                    }
                }
            }
        }

        foreach (var text in new[] { "", "A", ". B", "X. ABC: d", "ABC: d", ". ABC: d. DEF: e", "! ABC: x? DEF: y", "BACKGROUND:", "Prose. ABC:x. DEF: y" })
        {
            AbstractSplitter.Split(text).Should().Equal(ReferenceSplit(text), text);
        }

        abstracts.Should().BePositive();
    }

    /// <summary>The splitter as first written (a char-by-char scan): the reference for the vectorized one.</summary>
    private static List<AbstractSection> ReferenceSplit(string text)
    {
        var labels = new List<(int Start, int Colon)>();
        var s = text.AsSpan();
        for (var i = 0; i < s.Length; i++)
        {
            if (i != 0 && !(i >= 2 && s[i - 1] == ' ' && s[i - 2] is '.' or '?' or '!'))
            {
                continue;
            }

            var colon = ReferenceLabelEnd(s, i);
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

    private static int ReferenceLabelEnd(ReadOnlySpan<char> s, int start)
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
