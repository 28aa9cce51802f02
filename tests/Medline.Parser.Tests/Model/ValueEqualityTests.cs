using Medline.Parser.Model;
using Medline.Parser.Serialization;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Model;

public class ValueEqualityTests
{
    public static TheoryData<string> Files() => SharedData.CorpusTheoryData();

    private static List<MedlineCitation> Read(string file)
    {
        using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
        return reader.ReadCitations().ToList();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Two_readings_of_a_file_give_equal_citations_with_equal_hashes(string file)
    {
        var first = Read(file);
        var second = Read(file);

        for (var i = 0; i < first.Count; i++)
        {
            first[i].Should().Be(second[i], "record {0} of {1} has the same content", i, file);
            first[i].GetHashCode().Should().Be(second[i].GetHashCode());
            (first[i] == second[i]).Should().BeTrue();
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Citations_read_back_from_our_json_equal_the_originals(string file)
    {
        foreach (var citation in Read(file))
        {
            var back = MedlineJson.Deserialize(MedlineJson.Serialize(citation));

            back.Should().Be(citation, "PMID {0} of {1} read back from its JSON: {2}", citation.Pmid, file, MedlineJson.Serialize(back));
        }
    }

    [Fact]
    public void Citations_that_differ_in_one_list_item_are_not_equal()
    {
        var citation = SharedData.SeedCitation();

        var changed = citation with { MeshHeadings = [.. citation.MeshHeadings.Take(citation.MeshHeadings.Count - 1)] };

        changed.Should().NotBe(citation);
        (citation with { MeshHeadings = [.. citation.MeshHeadings] }).Should().Be(citation, "a copied list with the same items is equal");
    }

    [Fact]
    public void Where_a_citation_came_from_takes_no_part_in_equality()
    {
        var citation = SharedData.SeedCitation();

        var bare = citation with { Record = null, Diagnostics = [], IsRecovered = true };

        bare.Should().Be(citation);
        bare.GetHashCode().Should().Be(citation.GetHashCode());
    }

    [Fact]
    public void Other_fields_read_on_other_lines_are_equal_because_the_line_is_provenance()
    {
        new OtherField("EP", "x", 4).Should().Be(new OtherField("EP", "x", 872));
        new OtherField("EP", "x", 4).GetHashCode().Should().Be(new OtherField("EP", "x", 872).GetHashCode());
        new OtherField("EP", "x", 4).Should().NotBe(new OtherField("EP", "y", 4));
    }

    [Fact]
    public void Model_ToString_prints_list_items_not_the_list_type_name()
    {
        var citation = SharedData.SeedCitation();

        var text = citation.ToString();

        text.Should().Contain("ArticleIds = [ArticleIdentifier { Raw = 00005792-202007310-00079 [pii]");
        text.Should().NotContain("System.Collections.Generic");
        new MeshHeading { Descriptor = "Humans" }.ToString().Should().Be("MeshHeading { Raw = Humans, Descriptor = Humans, MajorTopic = False, Qualifiers = [] }");
    }

    [Fact]
    public void A_list_given_to_the_model_is_copied_so_the_caller_cannot_change_the_citation()
    {
        var languages = new List<string> { "eng" };

        var citation = new MedlineCitation { Languages = languages };
        languages.Add("fre");

        citation.Languages.Should().Equal("eng");
        new MedlineCitation { Languages = null! }.Languages.Should().BeEmpty();
    }
}
