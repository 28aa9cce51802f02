namespace Medline.Parser.Tests.Mapping;

public sealed class BuilderLimitsTests
{
    /// <summary>The citation builder keeps the tags it has seen in a 256-bit set.</summary>
    [Fact]
    public void Every_known_tag_fits_the_builders_tag_set() => MedlineTags.Count.Should().BeLessThan(256);
}
