using Medline.Parser.Model;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Mapping;

/// <summary>The mapper puts each field where its tag's row says (issue 10 §5: no tag matched by its text).</summary>
public class TagDispatchTests
{
    public static TheoryData<CommentCorrectionType> LinkTypes() => [.. Enum.GetValues<CommentCorrectionType>()];

    [Theory]
    [MemberData(nameof(LinkTypes))]
    public void Every_link_tag_becomes_a_link_of_its_rows_type_not_a_string_match_in_a_default_branch(CommentCorrectionType type)
    {
        var tag = MedlineTags.GetName(MedlineTags.GetLinkTag(type));
        var citation = MedlineCitation.FromRecord(Read.Single($"PMID- 1\n{tag.PadRight(4)}- Lancet. 2020;1:2. PMID: 33000001\n"));

        citation.CommentsCorrections.Should().ContainSingle().Which.Should().Be(
            new CommentCorrection { Type = type, RefSource = "Lancet. 2020;1:2.", Pmid = "33000001" });
        citation.OtherFields.Should().BeEmpty();
    }

    [Fact]
    public void ERIC_ISSN_lines_are_not_an_unknown_tag_and_not_kept_aside()
    {
        var citation = MedlineCitation.FromRecord(Read.Single("PMID- 1\nJT  - J.\nIS  - 1042-1629 (Print)\nISSN - EISSN-2375-5636\n"));

        citation.Journal!.Issns.Select(i => i.Raw).Should().Equal("1042-1629 (Print)", "EISSN-2375-5636");
        citation.OtherFields.Should().BeEmpty();
        citation.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.IrregularTagLine);
    }

    [Fact]
    public void Legacy_and_unknown_tags_are_kept_in_other_fields_as_read()
    {
        var citation = MedlineCitation.FromRecord(Read.Single("PMID- 1\nUI  - 87012345\nCDAT- 20200101\nZZ  - odd\n"));

        citation.OtherFields.Select(f => (f.Tag, f.Value)).Should().Equal(("UI", "87012345"), ("CDAT", "20200101"), ("ZZ", "odd"));
    }
}
