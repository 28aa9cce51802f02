using Medline.Parser.Grammar;
using Medline.Parser.Model;
using static Medline.Parser.Grammar.FieldGrammar;

namespace Medline.Parser.Tests.Grammar;

public sealed class IdentifierGrammarTests
{
    [Theory]
    [InlineData("10.1097/MD.0000000000021429 [doi]", "10.1097/MD.0000000000021429", "doi")]
    [InlineData("e21429 [pii]", "e21429", "pii")]
    [InlineData("S0033-3506(15)00037-2 [pii]", "S0033-3506(15)00037-2", "pii")]
    [InlineData("NBK1826 [bookaccession]", "NBK1826", "bookaccession")]
    [InlineData("10.1002/(SICI)1097-0258(19980815/30)17:15/16<1661::AID-SIM968>3.0.CO;2-2 [doi]", "10.1002/(SICI)1097-0258(19980815/30)17:15/16<1661::AID-SIM968>3.0.CO;2-2", "doi")]
    [InlineData("abc [x] [doi]", "abc [x]", "doi")]
    [InlineData("18", "18", null)]
    [InlineData("doi:10.1016/j.cpr.2005.02.002", "doi:10.1016/j.cpr.2005.02.002", null)]
    [InlineData("abc [doi", "abc [doi", null)]
    public void Article_identifiers(string raw, string value, string? type)
    {
        ParseArticleIdentifier(raw).Value.Should().Be(new ArticleIdentifier { Raw = raw, Value = value, Type = type });
        ParseArticleIdentifier(raw, GrammarPath.SpracheOnly).Value.Should().Be(new ArticleIdentifier { Raw = raw, Value = value, Type = type });
    }

    [Theory]
    [InlineData("", 0, "expected identifier")]
    [InlineData(" [doi]", 0, "expected identifier")]
    public void Bad_article_identifiers_fail(string raw, int offset, string message) =>
        ParseArticleIdentifier(raw).Problem.Should().Be(new ValueProblem(DiagnosticCodes.InvalidIdentifier, DiagnosticSeverity.Warning, offset, message));

    [Theory]
    [InlineData("1536-5964 (Electronic)", "1536-5964", IssnType.Electronic, true)]
    [InlineData("0027-8424 (Linking)", "0027-8424", IssnType.Linking, true)]
    [InlineData("0094-2405 (Print)", "0094-2405", IssnType.Print, true)]
    [InlineData("1936-959X (Electronic)", "1936-959X", IssnType.Electronic, true)]
    [InlineData("1536-5964", "1536-5964", IssnType.Unknown, true)]
    [InlineData("1536-5964 (Online)", "1536-5964", IssnType.Unknown, true)]
    [InlineData("1536-5965 (Print)", "1536-5965", IssnType.Print, false)]
    public void Issns(string raw, string value, IssnType type, bool valid)
    {
        var issn = ParseIssn(raw).Value;

        issn.Should().Be(new Issn { Raw = raw, Value = value, Type = type });
        issn!.IsValidChecksum.Should().Be(valid);
    }

    [Fact]
    public void Issn_checksum_failure_warns_at_the_check_character() =>
        ParseIssn("1536-5965 (Print)").Problem.Should().Be(new ValueProblem(DiagnosticCodes.IssnChecksum, DiagnosticSeverity.Warning, 8, "check character does not match"));

    [Fact]
    public void Isbn_in_IS_stays_raw_with_unknown_type()
    {
        var outcome = ParseIssn("9780123456786");

        outcome.Value.Should().Be(new Issn { Raw = "9780123456786", Value = "9780123456786", Type = IssnType.Unknown });
        outcome.Value!.IsValidChecksum.Should().BeFalse();
        outcome.Problem.Should().Be(new ValueProblem(DiagnosticCodes.InvalidIssn, DiagnosticSeverity.Info, 4, "expected '-'"));
    }

    [Theory]
    [InlineData("W0B22ISQ1C (Thymalfasin)", "W0B22ISQ1C", "Thymalfasin")]
    [InlineData("0 (Anti-Bacterial Agents)", "0", "Anti-Bacterial Agents")]
    [InlineData("EC 3.4.21.68 (PLAT protein, human)", "EC 3.4.21.68", "PLAT protein, human")]
    [InlineData("EC 3.6.3.- (ATPases)", "EC 3.6.3.-", "ATPases")]
    [InlineData("25612-73-1 (Adenylyl Imidodiphosphate)", "25612-73-1", "Adenylyl Imidodiphosphate")]
    [InlineData("0 (Interleukin-2 (IL-2) receptor, alpha)", "0", "Interleukin-2 (IL-2) receptor, alpha")]
    [InlineData("Keratitis, Ichthyosis, and Deafness (KID) Syndrome", null, "Keratitis, Ichthyosis, and Deafness (KID) Syndrome")]
    [InlineData("LAMP assay", null, "LAMP assay")]
    public void Chemicals(string raw, string? number, string name)
    {
        ParseChemical(raw).Value.Should().Be(new Chemical { Raw = raw, RegistryNumber = number, Name = name });
        ParseChemical(raw, GrammarPath.SpracheOnly).Value.Should().Be(new Chemical { Raw = raw, RegistryNumber = number, Name = name });
    }

    [Theory]
    [InlineData("ORCID: 0000-0002-9533-1384", "ORCID", "0000-0002-9533-1384", true)]
    [InlineData("ORCID: https://orcid.org/0000-0002-9533-1384", "ORCID", "0000-0002-9533-1384", true)]
    [InlineData("ORCID: http://orcid.org/0000-0002-9533-1384", "ORCID", "0000-0002-9533-1384", true)]
    [InlineData("ORCID: 0000000295331384", "ORCID", "0000-0002-9533-1384", true)]
    [InlineData("ORCID: 0000-0002-9175-972X", "ORCID", "0000-0002-9175-972X", true)]
    [InlineData("ORCID: 000000019501498X", "ORCID", "0000-0001-9501-498X", true)]
    [InlineData("ORCID: 0000-0002-9533-1385", "ORCID", "0000-0002-9533-1385", false)]
    [InlineData("ORCID: 000-0002-1118-498X", "ORCID", "000-0002-1118-498X", false)]
    [InlineData("Scopus: 12345", "Scopus", "12345", true)]
    public void Author_identifiers(string raw, string source, string value, bool valid)
    {
        var id = ParseAuthorIdentifier(raw).Value;

        id.Should().Be(new AuthorIdentifier { Raw = raw, Source = source, Value = value });
        id!.IsValid.Should().Be(valid);
    }

    [Theory]
    [InlineData("ORCID: 0000-0002-9533-1385", DiagnosticCodes.OrcidChecksum, 25, "check character does not match")]
    [InlineData("ORCID: 000-0002-1118-498X", DiagnosticCodes.InvalidOrcid, 7, "expected 16-digit ORCID")]
    public void Bad_orcids_warn(string raw, string code, int offset, string message) =>
        ParseAuthorIdentifier(raw).Problem.Should().Be(new ValueProblem(code, DiagnosticSeverity.Warning, offset, message));

    [Theory]
    [InlineData("ClinicalTrials.gov/NCT02239640", "ClinicalTrials.gov", "NCT02239640")]
    [InlineData("Dryad/10.5061/dryad.72048tr", "Dryad", "10.5061/dryad.72048tr")]
    [InlineData("SLCTR/SLCTR/2019/037", "SLCTR", "SLCTR/2019/037")]
    public void Secondary_source_ids(string raw, string databank, string accession) =>
        ParseSecondarySourceId(raw).Value.Should().Be(new SecondarySourceId { Raw = raw, Databank = databank, AccessionNumber = accession });

    [Fact]
    public void Secondary_source_id_without_slash_fails_at_its_end() =>
        ParseSecondarySourceId("12563").Problem.Should().Be(new ValueProblem(DiagnosticCodes.InvalidOtherIdentifier, DiagnosticSeverity.Warning, 5, "expected '/'"));

    [Theory]
    [InlineData("NLM: PMC38908", "NLM", "PMC38908")]
    [InlineData("NLM: EMS68408 [Available on 12/01/16]", "NLM", "EMS68408 [Available on 12/01/16]")]
    [InlineData("ED189449", null, "ED189449")]
    public void Other_ids(string raw, string? source, string value) =>
        ParseOtherId(raw).Value.Should().Be(new OtherId { Raw = raw, Source = source, Value = value });

    [Theory]
    [InlineData("Publisher: Abstract available from the publisher.", "Publisher", "Abstract available from the publisher.")]
    [InlineData("plain-language-summary: Short text.", "plain-language-summary", "Short text.")]
    [InlineData("The impact of home energy: modest.", null, "The impact of home energy: modest.")]
    public void Other_abstracts(string raw, string? type, string text) =>
        ParseOtherAbstract(raw).Value.Should().Be(new OtherAbstract { Raw = raw, Type = type, Text = text });

    [Theory]
    [InlineData("Stroke. 2014 May;45(5):e86. PMID: 24627111", "Stroke. 2014 May;45(5):e86.", "24627111")]
    [InlineData("Stroke. 2014 Jan;45(1):141-5. PMID:24302483.", "Stroke. 2014 Jan;45(1):141-5.", "24302483")]
    [InlineData("Nat Genet. 2014 Sep;46(9):1040-1", "Nat Genet. 2014 Sep;46(9):1040-1", null)]
    [InlineData("doi: 10.1002/14651858.CD011747", "doi: 10.1002/14651858.CD011747", null)]
    [InlineData("See PMID: 1 and PMID: 22", "See PMID: 1 and", "22")]
    [InlineData("PMID: 123", "", "123")]
    [InlineData("See PMID: 1 then PMID: none", "See PMID: 1 then PMID: none", null)]
    [InlineData("  Padded source.  PMID:   77  ", "Padded source.", "77")]
    public void Comments_and_corrections(string raw, string refSource, string? pmid)
    {
        var expected = new CommentCorrection { Raw = raw, Type = CommentCorrectionType.ErratumIn, RefSource = refSource, Pmid = pmid };
        ParseCommentCorrection(CommentCorrectionType.ErratumIn, raw).Value.Should().Be(expected);
        ParseCommentCorrection(CommentCorrectionType.ErratumIn, raw, GrammarPath.SpracheOnly).Value.Should().Be(expected);
    }

    [Fact]
    public void Every_comment_correction_tag_maps_to_its_own_type()
    {
        var types = CommentCorrectionTags.Select(t => TryGetCommentCorrectionType(t, out var type) ? type : null).ToArray();

        types.Should().OnlyHaveUniqueItems().And.NotContainNulls();
        types.Should().Equal(Enum.GetValues<CommentCorrectionType>().Cast<CommentCorrectionType?>());
        TryGetCommentCorrectionType("XYZ", out _).Should().BeFalse();
    }
}
