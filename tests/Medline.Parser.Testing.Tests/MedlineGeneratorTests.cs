using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Medline.Parser.Model;
using Medline.Parser.Serialization;

namespace Medline.Parser.Testing.Tests;

public sealed class MedlineGeneratorTests
{
    private static string Export(long seed, int count, MedlineGeneratorOptions? options = null)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        new MedlineGenerator(seed, options).WriteExport(text, count);
        return text.ToString();
    }

    // Reads an export and checks it against the records a second generator of the same seed makes.
    private static List<GeneratedRecord> ReadAndCheck(long seed, int count, MedlineGeneratorOptions? options = null)
    {
        var records = new MedlineGenerator(seed, options).Records(count).ToList();
        var (citations, diagnostics) = TestSupport.Read(Export(seed, count, options));
        var expected = new List<ExpectedDiagnostic>();
        var line = 1;
        foreach (var record in records)
        {
            expected.AddRange(record.DiagnosticsAt(line));
            line += record.LineCount + 1;
        }

        diagnostics.Select(d => d.ToString()).Should().Equal(
            expected.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal).Select(d => d.ToString()));
        citations.Should().HaveCount(count);
        return records;
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes()
    {
        Export(7, 300).Should().Be(Export(7, 300));
        Export(7, 50, new MedlineGeneratorOptions { DamageRate = 0.5 }).Should().Be(Export(7, 50, new MedlineGeneratorOptions { DamageRate = 0.5 }));
    }

    [Fact]
    public void An_export_of_seed_42_has_the_pinned_hash_so_a_runtime_change_is_caught()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Export(42, 40, new MedlineGeneratorOptions { DamageRate = 0.25 }))));

        hash.Should().Be("4e1c32bfdc30beeac7dd8e638c954b7b705bbdf26715d2be62540b00ec45eaf6");
    }

    [Fact]
    public void Different_seeds_give_different_exports() =>
        Export(1, 20).Should().NotBe(Export(2, 20));

    [Fact]
    public void Every_undamaged_record_reads_back_equal_with_only_its_kinds_diagnostics()
    {
        var records = ReadAndCheck(3, 600);
        var (citations, _) = TestSupport.Read(Export(3, 600));

        for (var i = 0; i < records.Count; i++)
        {
            // JSON first: its difference is readable where the records' is not.
            MedlineJson.Serialize(citations[i]).Should().Be(MedlineJson.Serialize(records[i].Citation), records[i].Text);
            citations[i].Should().Be(records[i].Citation, records[i].Text);
        }

        records.Select(r => r.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<MedlineFixtureKind>());
    }

    [Theory]
    [InlineData(MedlineFixtureKind.Eric, DiagnosticCodes.MissingPmid)]
    [InlineData(MedlineFixtureKind.PmcFirst, DiagnosticCodes.RecordNotStartingWithPmid)]
    public void A_kind_with_a_diagnostic_by_design_gets_it_on_its_first_line(MedlineFixtureKind kind, string code)
    {
        var records = ReadAndCheck(5, 20, new MedlineGeneratorOptions { Kinds = [kind] });

        records.Should().AllSatisfy(r => r.ExpectedDiagnostics.Select(d => (d.Code, d.Line, d.Column)).Should().Equal((code, 1, 1)));
    }

    [Fact]
    public void Damage_rate_0_damages_no_record()
    {
        new MedlineGenerator(11).Records(300).Should().OnlyContain(r => r.Damage == null);
    }

    [Fact]
    public void Damage_rate_1_damages_every_record_and_the_reader_gives_exactly_the_expected_diagnostics()
    {
        var records = ReadAndCheck(13, 400, new MedlineGeneratorOptions { DamageRate = 1 });

        records.Should().OnlyContain(r => r.Damage != null);
        records.Select(r => r.Damage!.Kind).Distinct().Should().BeEquivalentTo(MedlineGeneratorOptions.RecordDamageKinds);
    }

    [Fact]
    public void Damage_changes_no_citation()
    {
        new MedlineGenerator(17, new MedlineGeneratorOptions { DamageRate = 0.5 }).Citations(100).Should()
            .Equal(new MedlineGenerator(17).Citations(100));
    }

    [Fact]
    public void Pmids_are_unique_and_increase_through_an_export()
    {
        var pmids = new MedlineGenerator(19).Citations(1000).Select(c => c.Pmid).OfType<string>()
            .Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToList();

        pmids.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems().And.HaveCountGreaterThan(800);
    }

    [Fact]
    public void Retracted_and_corrected_articles_are_followed_by_their_notice_naming_each_other_by_pmid()
    {
        var records = new MedlineGenerator(23, new MedlineGeneratorOptions { Kinds = [MedlineFixtureKind.RetractionNotice, MedlineFixtureKind.CorrectedArticle] })
            .Records(40).ToList();

        for (var i = 0; i < records.Count; i += 2)
        {
            var (article, notice) = (records[i].Citation, records[i + 1].Citation);
            var (there, back) = records[i].Kind == MedlineFixtureKind.RetractedArticle
                ? (CommentCorrectionType.RetractionIn, CommentCorrectionType.RetractionOf)
                : (CommentCorrectionType.ErratumIn, CommentCorrectionType.ErratumFor);
            article.CommentsCorrections.Should().ContainSingle(l => l.Type == there && l.Pmid == notice.Pmid);
            notice.CommentsCorrections.Should().ContainSingle(l => l.Type == back && l.Pmid == article.Pmid);
        }

        records.Select(r => r.Kind).Should().Contain([MedlineFixtureKind.RetractedArticle, MedlineFixtureKind.ErratumNotice]);
    }

    [Fact]
    public void A_pair_drawn_for_the_last_record_names_no_pmid_outside_the_export()
    {
        var last = new MedlineGenerator(29, new MedlineGeneratorOptions { Kinds = [MedlineFixtureKind.RetractedArticle] }).Records(3).Last();

        last.Kind.Should().Be(MedlineFixtureKind.RetractedArticle);
        last.Citation.CommentsCorrections.Should().ContainSingle().Which.Pmid.Should().BeNull();
    }

    [Fact]
    public void Medline_records_are_completed_and_in_process_and_publisher_records_are_not()
    {
        var records = new MedlineGenerator(31).Records(500).ToList();

        foreach (var record in records.Where(r => r.Citation.Status == "MEDLINE"))
        {
            record.Citation.DateCompleted.Should().NotBeNull();
            record.Citation.MeshHeadings.Should().NotBeEmpty();
            record.Citation.History.Should().Contain(h => h.Status == "medline" && h.Date == record.Citation.MeshDate);
        }

        records.Where(r => r.Citation.Status is "In-Process" or "Publisher").Should().NotBeEmpty()
            .And.OnlyContain(r => r.Citation.DateCompleted == null && r.Citation.MeshHeadings.Count == 0);
        records.Where(r => r.Citation.EntrezDate != null && r.Kind != MedlineFixtureKind.Book && r.Kind != MedlineFixtureKind.BookChapter)
            .Should().OnlyContain(r => r.Citation.History.Any(h => h.Status == "pubmed" && h.Date == r.Citation.EntrezDate) &&
                                       r.Citation.History.Any(h => h.Status == "entrez" && h.Date == r.Citation.CreateDate));
    }

    [Fact]
    public void Generated_orcids_issns_and_names_are_realistic()
    {
        var citations = new MedlineGenerator(37).Citations(400).ToList();
        var identifiers = citations.SelectMany(c => c.Authors).SelectMany(a => a.Identifiers).ToList();

        identifiers.Should().NotBeEmpty().And.OnlyContain(i => i.Source == "ORCID" && i.IsValid);
        citations.SelectMany(c => c.Journal?.Issns ?? []).Should().OnlyContain(i => i.IsValidChecksum);
        citations.SelectMany(c => c.Authors).Should().Contain(a => a.Suffix != null)
            .And.Contain(a => a.LastName != null && a.LastName.Any(ch => ch > '\u007F'))
            .And.Contain(a => a.LastName != null && a.LastName.Contains(' ', StringComparison.Ordinal));
        citations.SelectMany(c => c.MeshHeadings).Should().Contain(m => m.MajorTopic).And.Contain(m => m.Qualifiers.Any(q => q.MajorTopic));
    }

    [Fact]
    public void A_damage_rate_outside_0_to_1_is_refused()
    {
        var act = () => new MedlineGeneratorOptions { DamageRate = 1.5 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("a damage rate is a number from 0 to 1*");
    }
}

public sealed class MedlineGeneratorArbitraryTests
{
    [FsCheck.Xunit.Property(Arbitrary = [typeof(MedlineArbitraries)], MaxTest = 200)]
    public bool An_arbitrary_generated_record_reads_with_exactly_its_expected_diagnostics(GeneratedRecord record)
    {
        var (citations, diagnostics) = TestSupport.Read(record.Text);
        return diagnostics.SequenceEqual(record.ExpectedDiagnostics) &&
               (record.Damage is not null || (citations.Count == 1 && citations[0] == record.Citation));
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(MedlineArbitraries)], MaxTest = 100)]
    public bool An_arbitrary_generated_citation_written_and_read_back_is_equal(MedlineCitation citation)
    {
        var (citations, _) = TestSupport.Read(MedlineWriter.ToText([citation]));
        return citations.Count == 1 && citations[0] == citation;
    }
}

public sealed class MedlineGeneratorLimitTests
{
    [Fact]
    public void Records_over_the_max_record_count_are_refused_up_front_so_pmids_never_pass_8_digits()
    {
        var act = () => new MedlineGenerator(1).Records(MedlineGenerator.MaxRecordCount + 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
    }
}
