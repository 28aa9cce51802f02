using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Corpus;

/// <summary>Every record of ../shared/corpus as a typed citation: what the diagnostics say, code by code.</summary>
public class CitationCorpusTests
{
    // The census reported in docs/diagnostics.md. Each count was inspected: see the notes there.
    private static readonly Dictionary<string, int> s_expected = new(StringComparer.Ordinal)
    {
        ["MED1001 error"] = 5,
        ["MED1004 warning"] = 11,
        ["MED1006 info"] = 266,
        ["MED1007 warning"] = 8,
        ["MED1008 info"] = 5,
        ["MED2003 warning"] = 11,
        ["MED2004 warning"] = 2,
        ["MED2005 warning"] = 2,
        ["MED2007 warning"] = 1,
        ["MED2008 warning"] = 1,
        ["MED2009 error"] = 2,
        ["MED2010 info"] = 1,
        ["MED2012 warning"] = 2,
        ["MED2013 info"] = 1,
        ["MED2015 warning"] = 2,
        ["MED2016 warning"] = 1,
        ["MED2018 info"] = 1,
        ["MED2019 warning"] = 6,
        ["MED2020 warning"] = 7,
        ["MED3001 warning"] = 10,
        ["MED3003 warning"] = 1,
    };

    [Fact]
    public void Every_record_converts_and_the_diagnostics_per_code_are_the_documented_census()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var citations = 0;
        foreach (var file in SharedData.CorpusFiles())
        {
            using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
            foreach (var citation in reader.ReadCitations())
            {
                citations++;
                foreach (var d in citation.Diagnostics)
                {
                    var key = $"{d.Code} {MedlineDiagnosticSeverityText(d.Severity)}";
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        citations.Should().Be(2786);
        counts.Should().BeEquivalentTo(s_expected);
    }

    [Fact]
    public void Retractions_and_errata_in_the_corpus_are_flagged()
    {
        var path = SharedData.CorpusPath("gbi6-exam/data_pubmed_results.txt");

        using var reader = MedlineReader.FromFile(path);
        var citations = reader.ReadCitations().ToList();

        citations.Should().Contain(c => c.CommentsCorrections.Any(l => l.Type == Medline.Parser.Model.CommentCorrectionType.RetractionOf && l.Pmid != null));
        citations.Should().Contain(c => c.CommentsCorrections.Any(l => l.Type == Medline.Parser.Model.CommentCorrectionType.ErratumFor));
        var withErratum = citations.Where(c => c.Record!.GetAll(MedlineTag.Ein).Any()).ToList();
        withErratum.Should().NotBeEmpty().And.OnlyContain(c => c.HasErratum && !c.IsRetracted);
        citations.Where(c => !c.Record!.GetAll(MedlineTag.Ein).Any()).Should().OnlyContain(c => !c.HasErratum);
    }

    private static string MedlineDiagnosticSeverityText(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();
}
