namespace Medline.Parser.Tests.Mapping;

public sealed class BuilderLimitsTests
{
    /// <summary>The citation builder keeps the tags it has seen in a 256-bit set.</summary>
    [Fact]
    public void Every_known_tag_fits_the_builders_tag_set() => MedlineTags.Count.Should().BeLessThan(256);
}

public sealed class LazyAbstractSectionsTests
{
    private const string Text = "PMID- 1\nAB  - BACKGROUND: Some text. RESULTS: More text.\n";

    [Fact]
    public void Sections_are_split_on_first_use_and_equal_the_splitters()
    {
        using var reader = MedlineReader.FromText(Text);
        var ab = reader.ReadCitations().Single().Abstract!;

        ab.Sections.Select(s => s.Label).Should().Equal("BACKGROUND", "RESULTS");
        ab.Sections.Should().BeSameAs(ab.Sections, "the split is kept after the first use");
    }

    [Fact]
    public void Sections_are_derived_from_the_text_unless_given_so_a_copy_with_another_text_never_contradicts_it()
    {
        using var reader = MedlineReader.FromText(Text);
        var ab = reader.ReadCitations().Single().Abstract!;
        _ = ab.Sections;

        var copy = ab with { Text = "Unstructured." };

        copy.Sections.Should().BeEmpty("the copy splits its own text");
        new Medline.Parser.Model.Abstract { Text = "BACKGROUND: Built in code. RESULTS: Same rule." }.Sections
            .Select(s => s.Label).Should().Equal("BACKGROUND", "RESULTS");
        var given = new Medline.Parser.Model.Abstract { Text = "Flat.", Sections = [new(null, "Given.")] };
        (given with { Copyright = "(c) 2020" }).Sections.Should().Equal(new Medline.Parser.Model.AbstractSection(null, "Given."));
    }
}
