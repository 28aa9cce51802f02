using System.Text.Json;
using Xunit.Abstractions;
using static Medline.Parser.Grammar.FieldGrammar;

namespace Medline.Parser.Tests.Grammar;

/// <summary>Runs every grammar over every value of its tags in ../shared/corpus.</summary>
public sealed class CorpusGrammarTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions s_json = new() { IncludeFields = true };

    public static TheoryData<string> FastPathKinds() => [.. GrammarKind.All.Where(k => k.HasFastPath).Select(k => k.Name)];

    public static TheoryData<string> AllKinds() => [.. GrammarKind.All.Select(k => k.Name)];

    /// <summary>The fast path and the Sprache path give the same outcome (value, problem, offset) on every corpus value.</summary>
    [Theory]
    [MemberData(nameof(FastPathKinds))]
    public void Fast_path_and_Sprache_agree_on_every_corpus_value(string kindName)
    {
        var kind = GrammarKind.Named(kindName);
        var mismatches = new List<string>();
        var count = 0;
        foreach (var (tag, value) in kind.CorpusValues().Distinct())
        {
            count++;
            var fast = JsonSerializer.Serialize(kind.Parse(value, GrammarPath.Auto), s_json);
            var slow = JsonSerializer.Serialize(kind.Parse(value, GrammarPath.SpracheOnly), s_json);
            if (fast != slow)
            {
                mismatches.Add($"{tag} '{value}':\n  fast    {fast}\n  sprache {slow}");
            }
        }

        output.WriteLine($"{kindName}: {count} distinct values compared");
        count.Should().BePositive();
        mismatches.Should().BeEmpty();
    }

    /// <summary>
    /// Corpus values that do not yield a typed value (failures) or yield one with a problem, per kind. Every one has
    /// been inspected; the expected counts are documented in <see cref="s_expected"/>.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Every_corpus_value_parses_without_throwing_and_failures_are_the_known_ones(string kindName)
    {
        var kind = GrammarKind.Named(kindName);
        var failures = new List<string>();
        var problems = new List<string>();
        foreach (var (tag, value) in kind.CorpusValues())
        {
            var outcome = kind.Parse(value, GrammarPath.Auto);
            outcome.Raw.Should().BeSameAs(value);
            if (outcome.Value is null)
            {
                outcome.Problem.Should().NotBeNull();
                failures.Add($"{tag} '{value}' -> {outcome.Problem}");
            }
            else if (outcome.Problem is not null)
            {
                problems.Add($"{tag} '{value}' -> {outcome.Problem}");
            }
        }

        foreach (var line in failures.Concat(problems))
        {
            output.WriteLine(line);
        }

        var (expectedFailures, expectedProblems) = s_expected[kindName];
        failures.Should().HaveCount(expectedFailures);
        problems.Should().HaveCount(expectedProblems);
    }

    // Expected (failures, values with a problem) per kind in the 45-file corpus, all inspected:
    //  Timestamp  2 failures: PMCR '20481061' (x2, gwascat; a PMID in the PMCR slot) -> MED2003 at 4 "expected '/'".
    //  PHST       9 problems (status kept, date null): '2015 [ecollection]', '2016 [ecollection]' (8 in all, year-only
    //             publisher dates) -> MED2003 at 4; '-0001/11/30 [revised]' (publisher's zero date) -> MED2003 at 0.
    //  ArticleId  2 failures: AID '' (jabref MultipleEntries, MultiAbstract: empty synthetic fields).
    //  IS         2 failures: IS '' (the same two jabref files).
    //  MH         2 failures: MH '' (the same two jabref files).
    //  AUID       2 problems: 'ORCID: 000-0002-1118-498X' (a digit missing) -> MED2007 at 7;
    //             'ORCID: 0000-0002-4968-0712' (wrong check character) -> MED2008 at 25. Matches format doc §2.4.
    //  FullName   2 failures: FAU '' (the same two jabref files).
    //  ShortName  1 failure: AU 'et al.' (zotero testcase03) -> MED2013 info, a truncated author list.
    //  PG         2 failures: PG '' (the same two jabref files).
    //  SI         1 failure: SI '12563' (jabref NbibImporterTest; no databank) -> MED2016 at 5 "expected '/'".
    //  DP         1 problem: 'Article 10 2019' (ERIC) -> MED2018 info at 0, free text with its year.
    //  RN         1 problem: '123456789' (jabref NbibImporterTest) -> MED2010 info, a bare registry number.
    //  Language   3 failures: LA 'English' (x2, ERIC writes names, not codes), OABL 'other abstract infos' (jabref).
    //  PUBM       1 failure: 'a model' (jabref NbibImporterTest).
    //  PMC        2 failures: jabref's 'PMC -22664230' (no PMC prefix; CorpusValues reads the value from column 7).
    //  Everything else ('2018 Jul-Ago' as a range, RN incl. bare SCR names, GR, CIN..UOF, OID, OAB,
    //  DCOM/LR/DA/DEP/CTDT/DRDT, PMID, JID, RF, PST, STAT, OWN, SB, ISBN, ERIC's ISSN) parses without a problem.
    private static readonly Dictionary<string, (int Failures, int Problems)> s_expected = new()
    {
        ["DP"] = (0, 1),
        ["Timestamp"] = (2, 0),
        ["CompactDate"] = (0, 0),
        ["PHST"] = (0, 9),
        ["ArticleId"] = (2, 0),
        ["IS"] = (2, 0),
        ["RN"] = (0, 1),
        ["MH"] = (2, 0),
        ["AUID"] = (0, 2),
        ["FullName"] = (2, 0),
        ["ShortName"] = (1, 0),
        ["GR"] = (0, 0),
        ["PG"] = (2, 0),
        ["CommentCorrection"] = (0, 0),
        ["SI"] = (1, 0),
        ["OID"] = (0, 0),
        ["OAB"] = (0, 0),
        ["PMID"] = (0, 0),
        ["PMC"] = (2, 0),
        ["JID"] = (0, 0),
        ["RF"] = (0, 0),
        ["Language"] = (3, 0),
        ["PST"] = (0, 0),
        ["STAT"] = (0, 0),
        ["OWN"] = (0, 0),
        ["PUBM"] = (1, 0),
        ["SB"] = (0, 0),
        ["ISBN"] = (0, 0),
    };
}
