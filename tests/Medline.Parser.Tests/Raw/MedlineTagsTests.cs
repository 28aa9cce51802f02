using System.Text.RegularExpressions;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Raw;

public partial class MedlineTagsTests
{
    [Fact]
    public void Every_tag_has_an_order_and_a_value_shape_and_fits_a_128_bit_set()
    {
        // RecordTags keeps one bit a tag in two ulongs.
        MedlineTags.Count.Should().BeLessThan(128);
        foreach (var tag in MedlineTags.All)
        {
            var legacy = MedlineTags.GetShape(tag) == ValueShape.None;
            (MedlineTags.GetOrder(tag) == 255).Should().Be(legacy, MedlineTags.GetName(tag));
        }

        MedlineTags.All.Count(t => MedlineTags.GetShape(t) == ValueShape.None).Should().Be(17, "the legacy MEDLARS tags");
    }

    [Fact]
    public void Every_tag_of_the_format_reference_is_known()
    {
        var shared = SharedData.Root;

        var doc = File.ReadAllText(Path.Combine(shared, "docs", "medline-format.md"));
        var section2 = doc[doc.IndexOf("## 2. Tag dictionary", StringComparison.Ordinal)..doc.IndexOf("## 3. Grouping rules", StringComparison.Ordinal)];
        var tableTags = TableTag().Matches(section2).Select(m => m.Groups[1].Value);
        var legacy = section2[section2.IndexOf("Pre-PubMed MEDLARS tags", StringComparison.Ordinal)..section2.IndexOf("**17 tags.**", StringComparison.Ordinal)];
        var legacyTags = LegacyTag().Matches(legacy).Select(m => m.Groups[1].Value).ToList();
        var helpList = section2[section2.IndexOf("PubMed Help table (current):", StringComparison.Ordinal)..section2.IndexOf("**90 tags**", StringComparison.Ordinal)];
        var helpTags = HelpTag().Matches(helpList).Select(m => m.Groups[1].Value).Where(t => t != "PubMed" && t != "Help").ToList();

        legacyTags.Should().HaveCount(17);
        helpTags.Should().HaveCount(91, "90 tags, with COI listed as COI(=COIS)");
        var all = tableTags.Concat(legacyTags).Concat(helpTags).Concat(["DA", "PUBM", "PRIN", "PROF", "CDAT"]).Distinct().ToList();
        all.Where(t => MedlineTags.Parse(t) == MedlineTag.Unknown).Should().BeEmpty();
        all.Should().HaveCountGreaterThanOrEqualTo(112);
    }

    [Fact]
    public void Names_round_trip_through_lookup_and_repetition_is_known()
    {
        MedlineTags.Count.Should().Be(115);
        foreach (var tag in MedlineTags.All)
        {
            MedlineTags.Parse(MedlineTags.GetName(tag)).Should().Be(tag);
        }

        MedlineTags.IsRepeatable(MedlineTag.Au).Should().BeTrue();
        MedlineTags.IsRepeatable(MedlineTag.Ti).Should().BeFalse();
        MedlineTags.Parse("pmid").Should().Be(MedlineTag.Unknown, "tags are upper case");
        MedlineTags.Parse("PMID ").Should().Be(MedlineTag.Unknown, "padding is not part of the tag");
        MedlineTags.Parse("AU  ").Should().Be(MedlineTag.Unknown, "padding is not part of the tag");
        MedlineTags.Parse("").Should().Be(MedlineTag.Unknown);
    }

    [GeneratedRegex(@"^\| ([A-Z]{2,4}) \|", RegexOptions.Multiline)]
    private static partial Regex TableTag();

    [GeneratedRegex(@"`([A-Z]{2})`")]
    private static partial Regex LegacyTag();

    [GeneratedRegex(@"\b([A-Z]{2,4})\b")]
    private static partial Regex HelpTag();

    [Fact]
    public void The_tokenizers_padded_lookup_agrees_with_the_registry()
    {
        foreach (var tag in MedlineTags.All)
        {
            var name = MedlineTags.GetName(tag);
            MedlineTags.LookupPadded(name.PadRight(4)).Should().Be(tag, name);
        }

        foreach (var unknown in new[] { "XX  ", "ZZZZ", "A   ", "PMI ", "1   ", "AB 1", "    " })
        {
            MedlineTags.LookupPadded(unknown).Should().Be(MedlineTags.Parse(unknown.TrimEnd()), unknown);
        }
    }
}
