using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Medline.Parser.Export;
using Medline.Parser.Tests.TestSupport;
using NJsonSchema;
using Xunit.Abstractions;

namespace Medline.Parser.Tests.Export;

/// <summary>
/// Every corpus citation's CSL-JSON checked by what others wrote: the CSL data schema, and pandoc's citeproc with
/// the NLM, APA and AMA styles; in the NLM style the journal source must read as PubMed's own <c>SO</c>.
/// </summary>
public sealed partial class CslJsonCorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(SharedData.Root, "csl", "csl-data.json")).GetAwaiter().GetResult());

    // The corpus once, each id once (several exports hold the same record): one bibliography for pandoc.
    private static readonly Lazy<List<MedlineCitation>> s_corpus = new(ReadCorpus);

    private static readonly Lazy<string> s_corpusJson = new(() => CslJsonExporterTests.Export(s_corpus.Value));

    private static readonly Lazy<Consumers.Result> s_nlm = new(() => Render("nlm-citation-sequence"));

    public static TheoryData<string> Styles => new() { "nlm-citation-sequence", "apa", "american-medical-association" };

    [Fact]
    public void Csl_data_schema_is_draft_07_and_rejects_broken_items()
    {
        var schema = s_schema.Value;

        schema.SchemaVersion.Should().Be("http://json-schema.org/draft-07/schema#");
        schema.Validate("[{\"id\":\"1\",\"type\":\"article-journal\",\"issued\":{\"date-parts\":[[2020,7]]}}]").Should().BeEmpty();
        schema.Validate("[{\"id\":\"1\",\"type\":\"journal\"}]").Should().NotBeEmpty("journal is no CSL type");
        schema.Validate("[{\"id\":\"1\",\"type\":\"book\",\"author\":[{\"name\":\"Doe\"}]}]").Should().NotBeEmpty("a name has no name property");
        schema.Validate("[{\"id\":\"1\",\"type\":\"book\",\"issued\":{\"date-parts\":[[2019],[2020],[2021]]}}]").Should().NotBeEmpty("a date has one or two parts");
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_corpus_citation_is_valid_csl_data(string file)
    {
        using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
        var json = CslJsonExporterTests.Export(reader.ReadCitations());

        var errors = s_schema.Value.Validate(json);

        errors.Select(static e => $"{e.Path}: {e.Kind}").Should().BeEmpty($"the CSL-JSON of {file} must match csl-data.json");
    }

    public static TheoryData<string> CorpusFiles() => SharedData.CorpusTheoryData();

    [Fact]
    public void Corpus_records_without_a_pmid_share_an_id_only_when_they_are_the_same_record()
    {
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        var conflicts = new List<string>();
        var withoutPmid = 0;
        foreach (var file in SharedData.CorpusFiles())
        {
            using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
            foreach (var node in JsonNode.Parse(CslJsonExporterTests.Export(reader.ReadCitations()))!.AsArray())
            {
                if (node!["PMID"] is not null)
                {
                    continue;
                }

                withoutPmid++;
                var (id, json) = (node["id"]!.GetValue<string>(), node.ToJsonString());
                if (byId.TryGetValue(id, out var seen) && seen != json)
                {
                    conflicts.Add($"{id}: {seen} | {json}");
                }

                byId[id] = json;
            }
        }

        withoutPmid.Should().BePositive("the corpus holds records without a PMID");
        conflicts.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Pandoc_renders_every_corpus_citation_without_a_warning(string style)
    {
        var result = style == "nlm-citation-sequence" ? s_nlm.Value : Render(style);

        result.Error.Should().BeEmpty($"pandoc --citeproc with {style}.csl must not warn");
        Entries(result.Output).Should().HaveCount(s_corpus.Value.Count, "pandoc must render every citation once");
    }

    [Fact]
    public void Nlm_style_prints_the_journal_source_as_pubmed_does_for_95_percent_of_journal_articles()
    {
        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Entries(s_nlm.Value.Output))
        {
            if (PmidNote().Match(entry) is { Success: true } pmid)
            {
                rendered[pmid.Groups[1].Value] = entry;
            }
        }

        var articles = 0;
        var mismatches = new List<string>();
        foreach (var citation in s_corpus.Value)
        {
            if (citation.Source is not { } source || citation.Pmid is null ||
                BibliographicItem.From(citation).Kind != ItemKind.JournalArticle)
            {
                continue;
            }

            articles++;
            var expected = SourcePart(source);
            var entry = rendered.GetValueOrDefault(citation.Pmid, "(not rendered)");
            if (!Normalise(entry).Contains(expected, StringComparison.Ordinal))
            {
                mismatches.Add($"{citation.Pmid}: SO {expected} | NLM {RenderedSource(entry, citation.Journal?.Abbreviation)}");
            }
        }

        var share = (double)(articles - mismatches.Count) / articles;
        output.WriteLine($"{articles - mismatches.Count} of {articles} journal articles match ({share:P2}); mismatches:");
        foreach (var mismatch in mismatches)
        {
            output.WriteLine(mismatch);
        }

        articles.Should().BeGreaterThan(1000, "the corpus holds thousands of journal articles");
        share.Should().BeGreaterThanOrEqualTo(0.95, string.Join("\n", mismatches.Take(40)));
    }

    /// <summary>PubMed's SO up to the pages: <c>Medicine (Baltimore). 2020 Jul 31;99(31):e21429</c>.</summary>
    internal static string SourcePart(string source)
    {
        var end = source.Length;
        foreach (var tail in (string[])[". doi:", ". Epub ", ". Print ", ". eCollection ", ". Online ahead", ". PMID:", ". Erratum ", ". pii: "])
        {
            var at = source.IndexOf(tail, StringComparison.Ordinal);
            if (at >= 0 && at < end)
            {
                end = at;
            }
        }

        return Normalise(source[..end].TrimEnd('.'));
    }

    // The rendered entry from the journal abbreviation to the DOI or PMID note, for reading a mismatch.
    private static string RenderedSource(string entry, string? abbreviation)
    {
        var start = abbreviation is null ? -1 : entry.IndexOf(abbreviation.Replace(".", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var segment = start < 0 ? entry : entry[start..];
        var end = segment.IndexOf(" doi:", StringComparison.Ordinal) is >= 0 and var doi ? doi : segment.IndexOf(" PubMed PMID", StringComparison.Ordinal);
        return end < 0 ? segment : segment[..end];
    }

    // What the NLM style legitimately prints otherwise: an en dash in a range where PubMed types a hyphen, and page
    // ranges in Citing Medicine's short form (1725-34, e25-35, 121.e1-8) where newer PubMed records print them in full
    // (1725-1734, e25-e35, 121.e1-121.e8).
    // Both sides are shortened the same way, which keeps different ranges different.
    // A range of months is one range however PubMed types it (Nov/Dec, Jul - Sep): styles print their range delimiter.
    private static string Normalise(string text) =>
        NumericRange().Replace(
            MonthRange().Replace(Spaces().Replace(text.Replace('\u2013', '-'), " "), "$1-$2"),
            static m => Minimal(m.Groups[1].Value, m.Groups[2].Value));

    private static string Minimal(string first, string last)
    {
        if (last.EndsWith('.'))
        {
            return Minimal(first, last[..^1]) + ".";
        }

        var same = 0;
        while (same < first.Length && same < last.Length && first[same] == last[same])
        {
            same++;
        }

        // Ends of unequal length share only what precedes their numbers (e989-e1002 -> e989-1002; 1-15 stays).
        while (first.Length != last.Length && same > 0 && char.IsAsciiDigit(first[same - 1]))
        {
            same--;
        }

        return same == 0 || same == last.Length ? first + "-" + last : first + "-" + last[same..];
    }

    private static string[] Entries(string plain) =>
        plain.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Consumers.Result Render(string style)
    {
        var directory = Directory.CreateTempSubdirectory("csl-pandoc-");
        try
        {
            var bibliography = Path.Combine(directory.FullName, "corpus.json");
            File.WriteAllText(bibliography, s_corpusJson.Value, new UTF8Encoding(false));
            return Consumers.Run("pandoc",
                ["--citeproc", "--bibliography", bibliography, "--csl", Path.Combine(SharedData.Root, "csl", style + ".csl"), "-f", "markdown", "-t", "plain", "--wrap=none"],
                "---\nnocite: '@*'\n---\n").EnsureSuccess("pandoc --citeproc");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static List<MedlineCitation> ReadCorpus()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var citations = new List<MedlineCitation>();
        foreach (var file in SharedData.CorpusFiles())
        {
            using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
            foreach (var citation in reader.ReadCitations())
            {
                if (seen.Add(CslJsonExporter.IdOf(BibliographicItem.From(citation))))
                {
                    citations.Add(citation);
                }
            }
        }

        return citations;
    }

    [GeneratedRegex(@"PubMed PMID: (\d+)")]
    private static partial Regex PmidNote();

    [GeneratedRegex(@"(?<![\w.])([\w.]*\d[\w.]*)-([\w.]*\d[\w.]*)(?![\w.])")]
    private static partial Regex NumericRange();

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ?[-/] ?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
