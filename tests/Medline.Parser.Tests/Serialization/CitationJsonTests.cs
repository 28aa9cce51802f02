using System.Text.Json;
using Medline.Parser.Serialization;
using Medline.Parser.Tests.TestSupport;
using NJsonSchema;

namespace Medline.Parser.Tests.Serialization;

public class CitationJsonTests
{
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(SharedData.RepositoryRoot, "docs", "medline-citation.schema.json")).GetAwaiter().GetResult());

    public static TheoryData<string> Files() => SharedData.CorpusTheoryData();

    [Fact]
    public void The_seed_record_matches_its_golden_json()
    {
        var citation = SharedData.SeedCitation();

        var golden = Path.Combine(SharedData.RepositoryRoot, "tests", "Medline.Parser.Tests", "Serialization", "Golden", "pmid-32756149.json");
        var actual = MedlineJson.Serialize(citation, indented: true) + "\n";
        if (Environment.GetEnvironmentVariable("MEDLINE_ACCEPT") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        if (actual != File.ReadAllText(golden))
        {
            File.WriteAllText(Path.ChangeExtension(golden, ".actual.json"), actual);
            Assert.Fail($"JSON differs from {golden}; see the .actual.json beside it (MEDLINE_ACCEPT=1 rewrites the golden file).");
        }
    }

    [Theory]
    [InlineData("pmid")]
    [InlineData("pmcId")]
    [InlineData("title")]
    [InlineData("doi")]
    [InlineData("abstract.text")]
    [InlineData("abstract.sections[].label")]
    [InlineData("abstract.sections[].text")]
    [InlineData("authors[].lastName")]
    [InlineData("authors[].foreName")]
    [InlineData("authors[].initials")]
    [InlineData("authors[].affiliations[]")]
    [InlineData("authors[].orcid")]
    [InlineData("journal.title")]
    [InlineData("journal.nlmId")]
    [InlineData("journal.issns[].value")]
    [InlineData("journal.issns[].type")]
    [InlineData("publicationDate.year")]
    [InlineData("publicationDate.month")]
    [InlineData("publicationDate.day")]
    [InlineData("meshHeadings[].descriptor")]
    [InlineData("meshHeadings[].majorTopic")]
    [InlineData("meshHeadings[].qualifiers[].name")]
    [InlineData("meshHeadings[].qualifiers[].majorTopic")]
    [InlineData("chemicals[].registryNumber")]
    [InlineData("chemicals[].name")]
    [InlineData("history[].status")]
    [InlineData("history[].date")]
    [InlineData("articleIds[].type")]
    [InlineData("articleIds[].value")]
    [InlineData("publicationTypes[]")]
    [InlineData("isRetracted")]
    public void The_contract_property_names_are_written(string path)
    {
        var citation = SharedData.SeedCitation();

        using var doc = JsonDocument.Parse(MedlineJson.Serialize(citation));
        Resolve(doc.RootElement, path.Split('.')).Should().NotBeEmpty($"'{path}' is part of the JSON contract");
    }

    [Fact]
    public void The_contract_names_of_links_grants_and_other_people_are_written()
    {
        var text = "PMID- 1\nFED - Doe, Jane\nED  - Doe J\nCN  - Study Group\nFIR - Roe, Rick\nIR  - Roe R\nGR  - R01 CA183444/CA/NCI NIH HHS/United States\nCIN - Stroke. 2014 May;45(5):e86. PMID: 24627111\n";
        using var reader = MedlineReader.FromText(text);
        using var doc = JsonDocument.Parse(MedlineJson.Serialize(reader.ReadCitations().Single()));

        foreach (var path in new[] { "commentsCorrections[].type", "commentsCorrections[].pmid", "grants[].grantId", "grants[].agency", "grants[].country", "editors[].lastName", "investigators[].lastName", "corporateAuthors[].name" })
        {
            Resolve(doc.RootElement, path.Split('.')).Should().NotBeEmpty(path);
        }

        doc.RootElement.GetProperty("commentsCorrections")[0].GetProperty("type").GetString().Should().Be("CommentIn");
    }

    [Fact]
    public void Nulls_and_empty_lists_are_left_out_and_enums_are_strings()
    {
        using var reader = MedlineReader.FromText("PMID- 1\nIS  - 1536-5964 (Electronic)\n");
        var json = MedlineJson.Serialize(reader.ReadCitations().Single());

        json.Should().Be("""{"pmid":"1","journal":{"issns":[{"raw":"1536-5964 (Electronic)","value":"1536-5964","type":"Electronic","isValidChecksum":true}]},"authorListIncomplete":false,"isRetracted":false,"hasErratum":false,"hasExpressionOfConcern":false}""");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_corpus_citation_validates_against_the_schema_and_reads_back_equal(string file)
    {
        var path = SharedData.CorpusPath(file);
        using var reader = MedlineReader.FromFile(path);
        var first = true;
        foreach (var citation in reader.ReadCitations())
        {
            var json = MedlineJson.Serialize(citation);
            s_schema.Value.Validate(json).Should().BeEmpty($"PMID {citation.Pmid} of {file} must match docs/medline-citation.schema.json");

            var back = MedlineJson.Deserialize(json);
            MedlineJson.Serialize(back).Should().Be(json, $"PMID {citation.Pmid} of {file} reads back to the same JSON");
            if (first)
            {
                back.Should().BeEquivalentTo(citation, o => o.Excluding(c => c.Diagnostics).Excluding(c => c.Record), $"PMID {citation.Pmid} of {file}");
                first = false;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_hand_written_writer_matches_the_source_generated_serializer_on_every_corpus_citation(string file)
    {
        var path = SharedData.CorpusPath(file);
        using var reader = MedlineReader.FromFile(path);
        foreach (var citation in reader.ReadCitations())
        {
            MedlineJson.Serialize(citation).Should().Be(MedlineJson.SerializeWithContext(citation), $"PMID {citation.Pmid} of {file}");
            MedlineJson.Serialize(citation, indented: true).Should().Be(MedlineJson.SerializeWithContext(citation, indented: true), $"PMID {citation.Pmid} of {file}");
        }
    }

    private static List<JsonElement> Resolve(JsonElement element, IEnumerable<string> path)
    {
        var current = new List<JsonElement> { element };
        foreach (var segment in path)
        {
            var array = segment.EndsWith("[]", StringComparison.Ordinal);
            var name = array ? segment[..^2] : segment;
            var next = new List<JsonElement>();
            foreach (var e in current)
            {
                if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var child))
                {
                    if (array && child.ValueKind == JsonValueKind.Array)
                    {
                        next.AddRange(child.EnumerateArray());
                    }
                    else if (!array)
                    {
                        next.Add(child);
                    }
                }
            }

            current = next;
        }

        return current;
    }
}
