using Medline.Parser.Grammar;
using Medline.Parser.Model;
using static Medline.Parser.Grammar.FieldGrammar;

namespace Medline.Parser.Tests.Grammar;

public sealed class MeshAndPeopleGrammarTests
{
    public static TheoryData<string, MeshHeading> MeshCases() => new()
    {
        { "Humans", new MeshHeading { Raw = "Humans", Descriptor = "Humans" } },
        { "*Betacoronavirus", new MeshHeading { Raw = "*Betacoronavirus", Descriptor = "Betacoronavirus", MajorTopic = true } },
        {
            "Coronavirus Infections/drug therapy/*therapy/virology",
            new MeshHeading
            {
                Raw = "Coronavirus Infections/drug therapy/*therapy/virology",
                Descriptor = "Coronavirus Infections",
                Qualifiers = [new("drug therapy", false), new("therapy", true), new("virology", false)],
            }
        },
        {
            "Pneumonia, Viral/*therapy/virology",
            new MeshHeading { Raw = "Pneumonia, Viral/*therapy/virology", Descriptor = "Pneumonia, Viral", Qualifiers = [new("therapy", true), new("virology", false)] }
        },
        {
            "*Caregivers/*education/statistics & numerical data",
            new MeshHeading
            {
                Raw = "*Caregivers/*education/statistics & numerical data",
                Descriptor = "Caregivers",
                MajorTopic = true,
                Qualifiers = [new("education", true), new("statistics & numerical data", false)],
            }
        },
    };

    [Theory]
    [MemberData(nameof(MeshCases))]
    public void Mesh_headings(string raw, MeshHeading expected)
    {
        ParseMeshHeading(raw).Value.Should().BeEquivalentTo(expected);
        ParseMeshHeading(raw, GrammarPath.SpracheOnly).Value.Should().BeEquivalentTo(expected);
    }

    [Theory]
    [InlineData("", 0, "expected MeSH name")]
    [InlineData("Humans//virology", 7, "expected MeSH name")]
    [InlineData("Humans/", 7, "expected MeSH name")]
    [InlineData("Hum*ans", 3, "expected end of input")]
    [InlineData("Humans/**therapy", 8, "expected MeSH name")]
    public void Bad_mesh_headings_fail_with_offset(string raw, int offset, string message)
    {
        var outcome = ParseMeshHeading(raw);

        outcome.Value.Should().BeNull();
        outcome.Problem.Should().Be(new ValueProblem(DiagnosticCodes.InvalidMeshHeading, DiagnosticSeverity.Error, offset, message));
    }

    [Theory]
    [InlineData("Wong Kee Song, Louis M.", "Wong Kee Song", "Louis M.", null)]
    [InlineData("van Raaij, M J", "van Raaij", "M J", null)]
    [InlineData("Smith, John A Jr", "Smith", "John A", "Jr")]
    [InlineData("Hosgood, H Dean 3rd", "Hosgood", "H Dean", "3rd")]
    [InlineData("Bith-Melander, Pollie", "Bith-Melander", "Pollie", null)]
    [InlineData("Memon", "Memon", null, null)]
    [InlineData("GEMO Study Collaborators", "GEMO Study Collaborators", null, null)]
    [InlineData("Smith,", "Smith", null, null)]
    public void Full_names(string raw, string last, string? fore, string? suffix)
    {
        var expected = new PersonName { Raw = raw, LastName = last, ForeName = fore, Suffix = suffix };
        ParseFullName(raw).Value.Should().Be(expected);
        ParseFullName(raw, GrammarPath.SpracheOnly).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("Liang B", "Liang", "B", null, null)]
    [InlineData("van Raaij MJ", "van Raaij", "MJ", null, null)]
    [InlineData("Wong Kee Song LM", "Wong Kee Song", "LM", null, null)]
    [InlineData("de Brouwer APM", "de Brouwer", "APM", null, null)]
    [InlineData("Smith JA Jr", "Smith", "JA", "Jr", null)]
    [InlineData("Smith JA 3rd", "Smith", "JA", "3rd", null)]
    [InlineData("Zalutsky IV", "Zalutsky", "IV", null, null)]
    [InlineData("Cabrera Abud II", "Cabrera Abud", "II", null, null)]
    [InlineData("Calleja MÁ", "Calleja", "MÁ", null, null)]
    [InlineData("Urvashi", "Urvashi", null, null, null)]
    [InlineData("Hansen Tv", "Hansen Tv", null, null, null)]
    [InlineData("Yoshitomi, Asako", "Yoshitomi", null, null, "Asako")]
    public void Short_names(string raw, string last, string? initials, string? suffix, string? fore)
    {
        var expected = new PersonName { Raw = raw, LastName = last, Initials = initials, Suffix = suffix, ForeName = fore };
        ParseShortName(raw).Value.Should().Be(expected);
        ParseShortName(raw, GrammarPath.SpracheOnly).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("et al.")]
    [InlineData("et al")]
    public void Et_al_is_not_a_person(string raw)
    {
        IsEtAl(raw).Should().BeTrue();
        var outcome = ParseShortName(raw);
        outcome.Value.Should().BeNull();
        outcome.Problem!.Value.Code.Should().Be(DiagnosticCodes.TruncatedAuthorList);
        outcome.Problem!.Value.Severity.Should().Be(DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData("", 0, "expected family name")]
    [InlineData(", John", 0, "expected family name")]
    public void Bad_full_names_fail(string raw, int offset, string message) =>
        ParseFullName(raw).Problem.Should().Be(new ValueProblem(DiagnosticCodes.InvalidPersonName, DiagnosticSeverity.Warning, offset, message));
}
