using System.Text;
using Medline.Parser.Serialization;

namespace Medline.Parser.Testing.Tests;

public sealed class MedlineFixturesTests
{
    public static TheoryData<MedlineFixtureKind> Kinds() => [.. Enum.GetValues<MedlineFixtureKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_fixture_reads_to_one_citation_with_exactly_the_diagnostics_its_kind_gives(MedlineFixtureKind kind)
    {
        var fixture = MedlineFixtures.Get(kind);

        var (citations, diagnostics) = TestSupport.Read(fixture.Text);

        citations.Should().ContainSingle();
        diagnostics.Should().Equal(fixture.ExpectedDiagnostics);
    }

    [Fact]
    public void Only_eric_pmc_first_and_et_al_fixtures_have_diagnostics_and_those_are_the_ones_their_kind_implies()
    {
        MedlineFixtures.All.Where(f => f.ExpectedDiagnostics.Count != 0).Select(f => f.Kind).Should()
            .Equal(MedlineFixtureKind.Eric, MedlineFixtureKind.PmcFirst, MedlineFixtureKind.EtAlAuthorList);
        MedlineFixtures.EtAlAuthorList.ExpectedDiagnostics.Should().Equal(new ExpectedDiagnostic("MED2013", DiagnosticSeverity.Info, 22, 7));
        MedlineFixtures.Eric.ExpectedDiagnostics.Should().Equal(new ExpectedDiagnostic("MED1007", DiagnosticSeverity.Warning, 1, 1));
        MedlineFixtures.PmcFirst.ExpectedDiagnostics.Should().Equal(new ExpectedDiagnostic("MED1008", DiagnosticSeverity.Info, 1, 1));
    }

    [Fact]
    public void All_holds_one_fixture_per_kind_in_the_order_of_the_kinds_and_Get_and_the_properties_give_the_same()
    {
        MedlineFixtures.All.Select(f => f.Kind).Should().Equal(Enum.GetValues<MedlineFixtureKind>());
        MedlineFixtures.All.Select(f => f.Name).Should().OnlyHaveUniqueItems();
        MedlineFixtures.All.Should().AllSatisfy(f => MedlineFixtures.Get(f.Kind).Should().BeSameAs(f));
        MedlineFixtures.JournalArticle.Kind.Should().Be(MedlineFixtureKind.JournalArticle);
        MedlineFixtures.ErratumNotice.Kind.Should().Be(MedlineFixtureKind.ErratumNotice);
    }

    [Fact]
    public void Get_of_an_undefined_kind_is_an_argument_error_not_a_null_fixture()
    {
        var act = () => MedlineFixtures.Get((MedlineFixtureKind)99);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Fixture_text_is_one_record_with_LF_line_ends_one_final_break_and_no_trailing_spaces_on_tag_lines(MedlineFixtureKind kind)
    {
        var text = MedlineFixtures.Get(kind).Text;

        text.Should().NotContain("\r").And.EndWith("\n").And.NotEndWith("\n\n").And.NotStartWith("\n");
        text.Should().NotContain("\n\n", "a fixture is one record, with no blank line inside it");
        text.Split('\n').Where(l => l.Length > 6 && l[4] == '-').Should().AllSatisfy(l => l.Should().NotEndWith(" "));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Fixture_json_is_what_MedlineJson_writes_for_its_citation_and_reads_back_to_an_equal_citation(MedlineFixtureKind kind)
    {
        var fixture = MedlineFixtures.Get(kind);

        fixture.Json.Should().Be(MedlineJson.Serialize(fixture.Citation, indented: true));
        MedlineJson.Deserialize(fixture.Json).Should().Be(fixture.Citation);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Fixture_json_matches_its_golden_file_byte_for_byte(MedlineFixtureKind kind)
    {
        // Regenerate with MEDLINE_UPDATE_GOLDEN=1 after a deliberate change of a fixture or of the JSON; review the diff.
        var fixture = MedlineFixtures.Get(kind);
        var path = Path.Combine(TestSupport.RepoRoot, "tests", "Medline.Parser.Testing.Tests", "Golden", fixture.Name + ".json");
        var actual = Encoding.UTF8.GetBytes(fixture.Json + "\n");
        if (Environment.GetEnvironmentVariable("MEDLINE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(path, actual);
        }

        File.Exists(path).Should().BeTrue($"the golden file {path} is missing (MEDLINE_UPDATE_GOLDEN=1 writes it)");
        File.ReadAllBytes(path).Should().Equal(actual);
    }

    [Fact]
    public void Fixtures_are_invented_not_copied_from_the_corpus()
    {
        var corpus = Path.Combine(TestSupport.RepoRoot, "..", "shared", "corpus");
        Directory.Exists(corpus).Should().BeTrue($"the shared corpus is expected at {corpus}");
        var texts = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(p => !p.Contains("expected-biopython", StringComparison.Ordinal) && !p.EndsWith(".md", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList();
        texts.Should().NotBeEmpty();

        foreach (var fixture in MedlineFixtures.All)
        {
            var title = fixture.Citation.Title ?? fixture.Citation.Book!.Title!;
            var start = title.Substring(0, Math.Min(40, title.Length));
            texts.Should().NotContain(t => t.Contains(start, StringComparison.Ordinal),
                $"{fixture.Name} must not copy a corpus record");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Fixture_citation_written_as_medline_text_reads_back_to_an_equal_citation(MedlineFixtureKind kind)
    {
        var fixture = MedlineFixtures.Get(kind);

        var written = MedlineWriter.ToText([fixture.Citation]);

        var read = TestSupport.Read(written).Citations.Should().ContainSingle().Subject;
        read.Should().Be(fixture.Citation);
    }
}
