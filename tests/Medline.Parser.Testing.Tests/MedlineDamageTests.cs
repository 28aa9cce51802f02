using FsCheck.Xunit;

namespace Medline.Parser.Testing.Tests;

public sealed class MedlineDamageTests
{
    // The only fixture/damage pairs with no place for the defect: ERIC has no PMID (so no PMID to damage, and no
    // record end a PMID line can be read at), the PMC record and the retraction notice no continuation line, and five
    // fixtures have only ASCII in their free text (TI, AB, AD, CI).
    private static readonly HashSet<(MedlineFixtureKind, DamageKind)> s_noPlace =
    [
        (MedlineFixtureKind.Eric, DamageKind.BadPmid),
        (MedlineFixtureKind.Eric, DamageKind.LostBlankLine),
        (MedlineFixtureKind.PmcFirst, DamageKind.LostIndentation),
        (MedlineFixtureKind.RetractionNotice, DamageKind.LostIndentation),
        (MedlineFixtureKind.Eric, DamageKind.ReplacementCharacter),
        (MedlineFixtureKind.RetractedArticle, DamageKind.ReplacementCharacter),
        (MedlineFixtureKind.RetractionNotice, DamageKind.ReplacementCharacter),
        (MedlineFixtureKind.ErratumNotice, DamageKind.ReplacementCharacter),
        (MedlineFixtureKind.EtAlAuthorList, DamageKind.ReplacementCharacter),
    ];

    public static TheoryData<MedlineFixtureKind, DamageKind, int> Combinations()
    {
        var data = new TheoryData<MedlineFixtureKind, DamageKind, int>();
        foreach (var fixture in Enum.GetValues<MedlineFixtureKind>())
        {
            foreach (var damage in Enum.GetValues<DamageKind>())
            {
                foreach (var seed in new[] { 0, 1, 2, 7, 42 })
                {
                    data.Add(fixture, damage, seed);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Reader_gives_exactly_the_diagnostics_the_damage_expects(MedlineFixtureKind kind, DamageKind damage, int seed)
    {
        var fixture = MedlineFixtures.Get(kind);
        if (s_noPlace.Contains((kind, damage)))
        {
            var act = () => MedlineDamage.Apply(fixture, damage, seed);
            act.Should().Throw<ArgumentException>().WithMessage($"{fixture.Name} has no place for the damage {damage}*");
            return;
        }

        var damaged = MedlineDamage.Apply(fixture, damage, seed);

        damaged.Kind.Should().Be(damage);
        damaged.Text.Should().NotBe(fixture.Text);
        TestSupport.Read(damaged.Text).Diagnostics.Select(d => d.ToString()).Should()
            .Equal(damaged.ExpectedDiagnostics.Select(d => d.ToString()), damaged.Description);
    }

    [Property(Arbitrary = [typeof(MedlineArbitraries)], MaxTest = 200)]
    public void Any_damaged_fixture_reads_with_exactly_its_expected_diagnostics(DamagedInput damaged) =>
        TestSupport.Read(damaged.Text).Diagnostics.Select(d => d.ToString()).Should()
            .Equal(damaged.ExpectedDiagnostics.Select(d => d.ToString()), damaged.Description);

    [Fact]
    public void The_same_seed_gives_the_same_damage_and_another_seed_may_put_it_elsewhere()
    {
        var once = MedlineDamage.Apply(MedlineFixtures.JournalArticle, DamageKind.ControlCharacter, 5);
        var again = MedlineDamage.Apply(MedlineFixtures.JournalArticle, DamageKind.ControlCharacter, 5);

        again.Should().BeEquivalentTo(once);
        Enumerable.Range(0, 20).Select(s => MedlineDamage.Apply(MedlineFixtures.JournalArticle, DamageKind.ControlCharacter, s).Text)
            .Distinct().Should().HaveCountGreaterThan(1);
    }

    [Fact]
    public void Lost_blank_line_runs_two_records_together_and_the_reader_still_splits_them_at_the_pmid_with_MED1005()
    {
        var damaged = MedlineDamage.Apply(MedlineFixtures.PmcFirst, DamageKind.LostBlankLine, 3);

        var (citations, _) = TestSupport.Read(damaged.Text);

        damaged.Text.Should().NotContain("\n\n");
        citations.Should().HaveCount(2);
        citations[0].Should().Be(MedlineFixtures.PmcFirst.Citation);
        damaged.ExpectedDiagnostics.Select(d => d.Code).Should().Equal("MED1008", "MED1005");
    }

    [Fact]
    public void Lost_indentation_puts_a_continuation_line_at_column_1_which_is_a_malformed_line_MED1001_error()
    {
        var damaged = MedlineDamage.Apply(MedlineFixtures.JournalArticle, DamageKind.LostIndentation, 0);
        var line = damaged.ExpectedDiagnostics.Single().Line;

        damaged.ExpectedDiagnostics.Should().Equal(new ExpectedDiagnostic("MED1001", DiagnosticSeverity.Error, line, 1));
        damaged.Text.Split('\n')[line - 1].Should().NotStartWith(" ")
            .And.Be(MedlineFixtures.JournalArticle.Text.Split('\n')[line - 1].TrimStart());
    }

    [Theory]
    [MemberData(nameof(MedlineFixturesTests.Kinds), MemberType = typeof(MedlineFixturesTests))]
    public void Flattened_record_is_one_line_recovered_with_MED1013_to_the_same_citation(MedlineFixtureKind kind)
    {
        var fixture = MedlineFixtures.Get(kind);
        var damaged = MedlineDamage.Apply(fixture, DamageKind.Flattened, 0);

        var (citations, _) = TestSupport.Read(damaged.Text);

        damaged.Text.TrimEnd('\n').Should().NotContain("\n");
        damaged.ExpectedDiagnostics.Should().Contain(new ExpectedDiagnostic("MED1013", DiagnosticSeverity.Warning, 1, 1));
        citations.Single().IsRecovered.Should().BeTrue();
        citations.Single().Should().Be(fixture.Citation);
    }

    [Theory]
    [InlineData(DamageKind.ByteOrderMark)]
    [InlineData(DamageKind.CrlfLineEnds)]
    public void Bom_and_crlf_give_no_diagnostic_by_design_and_the_same_json(DamageKind damage)
    {
        var fixture = MedlineFixtures.JournalArticle;
        var damaged = MedlineDamage.Apply(fixture, damage, 0);

        var (citations, diagnostics) = TestSupport.Read(damaged.Text);

        damaged.ExpectedDiagnostics.Should().BeEmpty();
        diagnostics.Should().BeEmpty();
        citations.Single().Should().Be(fixture.Citation);
    }

    [Fact]
    public void Truncation_is_silent_by_design_and_drops_what_came_after_the_cut()
    {
        var damaged = MedlineDamage.Apply(MedlineFixtures.JournalArticle, DamageKind.Truncated, 4);

        var (citations, diagnostics) = TestSupport.Read(damaged.Text);

        damaged.Text.Should().NotEndWith("\n");
        MedlineFixtures.JournalArticle.Text.Should().StartWith(damaged.Text);
        diagnostics.Should().BeEmpty();
        citations.Single().Source.Should().BeNull("the SO line came after the cut");
    }

    [Theory]
    [InlineData(DamageKind.UnknownTag, "MED1006", DiagnosticSeverity.Info)]
    [InlineData(DamageKind.BadPmid, "MED2017", DiagnosticSeverity.Error)]
    [InlineData(DamageKind.ControlCharacter, "MED1010", DiagnosticSeverity.Error)]
    [InlineData(DamageKind.RepeatedSingleton, "MED3001", DiagnosticSeverity.Warning)]
    [InlineData(DamageKind.ReplacementCharacter, "MED1012", DiagnosticSeverity.Warning)]
    public void Value_damage_gives_its_one_diagnostic(DamageKind damage, string code, DiagnosticSeverity severity)
    {
        var damaged = MedlineDamage.Apply(MedlineFixtures.InProcess, damage, 11);

        damaged.ExpectedDiagnostics.Should().ContainSingle().Which.Should().Match<ExpectedDiagnostic>(d => d.Code == code && d.Severity == severity);
    }

    [Fact]
    public void Bad_date_breaks_either_the_dp_year_MED2001_or_the_dcom_shape_MED2003()
    {
        var codes = Enumerable.Range(0, 20)
            .Select(s => MedlineDamage.Apply(MedlineFixtures.JournalArticle, DamageKind.BadDate, s).ExpectedDiagnostics.Single().Code)
            .Distinct().Order(StringComparer.Ordinal);

        codes.Should().Equal("MED2001", "MED2003");
    }

    [Fact]
    public void Damaging_plain_text_expects_only_the_defects_own_diagnostics()
    {
        var text = MedlineFixtures.JournalArticle.Text + "\n" + MedlineFixtures.Publisher.Text;

        var damaged = MedlineDamage.Apply(text, DamageKind.LostBlankLine, 0);

        var pmidLine = MedlineFixtures.JournalArticle.Text.Count(c => c == '\n') + 1;
        damaged.ExpectedDiagnostics.Should().Equal(new ExpectedDiagnostic("MED1005", DiagnosticSeverity.Warning, pmidLine, 1));
        TestSupport.Read(damaged.Text).Diagnostics.Should().Equal(damaged.ExpectedDiagnostics);
    }

    [Fact]
    public void Text_with_no_place_for_the_damage_is_an_argument_error_that_names_the_damage()
    {
        var act = () => MedlineDamage.Apply(MedlineFixtures.JournalArticle.Text, DamageKind.LostBlankLine, 0);
        var crlfTwice = () => MedlineDamage.Apply("PMID- 1\r\nTI  - x\r\n", DamageKind.CrlfLineEnds, 0);

        act.Should().Throw<ArgumentException>().WithMessage("the text has no place for the damage LostBlankLine*");
        crlfTwice.Should().Throw<ArgumentException>().WithMessage("the text has no place for the damage CrlfLineEnds*");
    }

    public static TheoryData<DamageKind> KindsForCrlfText() =>
        [.. Enum.GetValues<DamageKind>().Where(k => k != DamageKind.CrlfLineEnds)];

    [Theory]
    [MemberData(nameof(KindsForCrlfText))]
    public void Damage_to_crlf_text_keeps_its_line_ends_and_the_reader_gives_exactly_the_expected_diagnostics(DamageKind damage)
    {
        var text = (MedlineFixtures.JournalArticle.Text + "\n" + MedlineFixtures.InProcess.Text).Replace("\n", "\r\n", StringComparison.Ordinal);

        foreach (var seed in new[] { 0, 3, 9 })
        {
            var damaged = MedlineDamage.Apply(text, damage, seed);

            damaged.Text.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n", "every line keeps its CRLF");
            TestSupport.Read(damaged.Text).Diagnostics.Select(d => d.ToString()).Should()
                .Equal(damaged.ExpectedDiagnostics.Select(d => d.ToString()), damaged.Description);
        }
    }

    [Fact]
    public void A_seed_names_the_same_damage_on_every_runtime()
    {
        // Pinned: the choice comes from the package's own SplitMix64, not from System.Random, whose seeded sequence may change.
        var damaged = MedlineDamage.Apply(MedlineFixtures.JournalArticle, DamageKind.BadPmid, 0);

        damaged.Description.Should().Be("a digit of the PMID at line 1 became the letter O ('3900O101')");
        damaged.ExpectedDiagnostics.Should().Equal(new ExpectedDiagnostic("MED2017", DiagnosticSeverity.Error, 1, 11));
        damaged.Text.Should().StartWith("PMID- 3900O101\nOWN - NLM\n");
    }

    [Fact]
    public void Bad_date_on_a_dp_range_across_years_loses_the_whole_date_not_only_the_first_year()
    {
        // "Dec-2024 Jan" still holds a year: the reader took it for a free-text date (MED2018), not a date without year.
        var damaged = MedlineDamage.Apply("PMID- 1\nDP  - 2023 Dec-2024 Jan\nTI  - A title.\n", DamageKind.BadDate, 0);

        damaged.Text.Should().Be("PMID- 1\nDP  - n.d.\nTI  - A title.\n");
        damaged.ExpectedDiagnostics.Select(d => d.ToString()).Should().Equal("(2,7): warning MED2001");
        TestSupport.Read(damaged.Text).Diagnostics.Should().Equal(damaged.ExpectedDiagnostics);
    }
}
