using Medline.Parser.Grammar;
using Medline.Parser.Model;

namespace Medline.Parser.Tests.Grammar;

public sealed class AbstractSplitterTests
{
    [Fact]
    public void Seed_abstract_labels_are_found()
    {
        var path = Path.Combine(SeedDirectory(), "pmid-32756149.txt");
        if (!File.Exists(path))
        {
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "the seed record ../shared/seed is required under CI");
            return;
        }

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

    private static string SeedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Medline.Parser.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seed"));
            }
        }

        throw new DirectoryNotFoundException("repository root");
    }
}
