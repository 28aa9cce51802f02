using Medline.Parser.Grammar;
using Medline.Parser.Model;
using static Medline.Parser.Grammar.FieldGrammar;

namespace Medline.Parser.Tests.Grammar;

public sealed class GrantAndPaginationGrammarTests
{
    [Theory]
    [InlineData("LM05545/LM/NLM NIH HHS/United States", "LM05545", "LM", "NLM NIH HHS", "United States")]
    [InlineData("R01 CA183444/CA/NCI NIH HHS/United States", "R01 CA183444", "CA", "NCI NIH HHS", "United States")]
    [InlineData("GR072308/Wellcome Trust/United Kingdom", "GR072308", null, "Wellcome Trust", "United Kingdom")]
    [InlineData("CIHR/Canada", null, null, "CIHR", "Canada")]
    [InlineData("Howard Hughes Medical Institute/United States", null, null, "Howard Hughes Medical Institute", "United States")]
    [InlineData("PD/2008/1/Health Research Board/Ireland", "PD/2008/1", null, "Health Research Board", "Ireland")]
    [InlineData("MR/N013700/1/MRC_/Medical Research Council/United Kingdom", "MR/N013700/1", "MRC_", "Medical Research Council", "United Kingdom")]
    [InlineData("C570/A16491 /CRUK_/Cancer Research UK/United Kingdom", "C570/A16491", "CRUK_", "Cancer Research UK", "United Kingdom")]
    [InlineData("001/World Health Organization/International", "001", null, "World Health Organization", "International")]
    [InlineData("41807344/National Natural Science Foundation of China/", "41807344", null, "National Natural Science Foundation of China", null)]
    [InlineData("1059B191501516/The Scientific and Technological Research Council of Turkey", "1059B191501516", null, "The Scientific and Technological Research Council of Turkey", null)]
    [InlineData("Teaching Staff Training Program", null, null, "Teaching Staff Training Program", null)]
    [InlineData("R01 AR049373 || AR", null, null, "R01 AR049373 || AR", null)]
    [InlineData("CA/NCI NIH HHS/United States", null, "CA", "NCI NIH HHS", "United States")]
    public void Grants(string raw, string? id, string? acronym, string agency, string? country)
    {
        var expected = new Grant { Raw = raw, GrantId = id, Acronym = acronym, Agency = agency, Country = country };
        ParseGrant(raw).Value.Should().Be(expected);
        ParseGrant(raw, GrammarPath.SpracheOnly).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("X123//United States", 5)]
    public void Grant_without_agency_fails(string raw, int offset) =>
        ParseGrant(raw).Problem.Should().Be(new ValueProblem(DiagnosticCodes.InvalidGrant, DiagnosticSeverity.Error, offset, "expected agency"));

    [Theory]
    [InlineData("1439-41", "1439", "1441")]
    [InlineData("6913-7", "6913", "6917")]
    [InlineData("5795-813", "5795", "5813")]
    [InlineData("475-82", "475", "482")]
    [InlineData("296-302", "296", "302")]
    [InlineData("10", "10", "10")]
    [InlineData("e21429", "e21429", "e21429")]
    [InlineData("e747-e752", "e747", "e752")]
    [InlineData("S1-10", "S1", "S10")]
    [InlineData("E1674-81", "E1674", "E1681")]
    [InlineData("e206-11", "e206", "e211")]
    [InlineData("iii-iv", "iii", "iv")]
    [InlineData("111-5; quiz 116", "111", "115")]
    [InlineData("E174; discussion E174", "E174", "E174")]
    [InlineData("1-10, 12-15", "1", "10")]
    [InlineData("666-677.e6", "666", "677.e6")]
    [InlineData("622S-628S", "622S", "628S")]
    [InlineData("lqaa070", "lqaa070", "lqaa070")]
    public void Paginations(string raw, string first, string last)
    {
        var expected = new Pagination { Raw = raw, FirstPage = first, LastPage = last };
        ParsePagination(raw).Value.Should().Be(expected);
        ParsePagination(raw, GrammarPath.SpracheOnly).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("; quiz 1", 0)]
    public void Pagination_without_a_first_page_fails(string raw, int offset) =>
        ParsePagination(raw).Problem.Should().Be(new ValueProblem(DiagnosticCodes.InvalidPagination, DiagnosticSeverity.Warning, offset, "expected page"));
}
