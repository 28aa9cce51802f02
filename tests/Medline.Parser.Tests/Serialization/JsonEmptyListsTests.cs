using System.Text;
using System.Text.Json;
using Medline.Parser.Serialization;
using Medline.Parser.Tests.TestSupport;
using NJsonSchema;

namespace Medline.Parser.Tests.Serialization;

/// <summary><see cref="MedlineJsonOptions.EmptyLists"/>: every list written, <c>[]</c> when empty (issue 11, dataframes).</summary>
public class JsonEmptyListsTests
{
    private static readonly MedlineJsonOptions s_emptyLists = new() { EmptyLists = true };
    private static readonly string s_schemaPath = Path.Combine(SharedData.RepositoryRoot, "docs", "medline-citation.schema.json");
    private static readonly Lazy<JsonSchema> s_schema = new(() => JsonSchema.FromFileAsync(s_schemaPath).GetAwaiter().GetResult());

    public static TheoryData<string> Files() => SharedData.CorpusTheoryData();

    [Fact]
    public void Empty_lists_writes_every_list_of_the_citation_and_of_its_nested_objects_as_an_empty_array()
    {
        using var reader = MedlineReader.FromText("PMID- 1\nIS  - 1536-5964 (Electronic)\nAB  - No sections here.\nFAU - Doe, Jane\nMH  - Humans\nBTI - A Book\n");
        var json = MedlineJson.Serialize(reader.ReadCitations().Single(), options: s_emptyLists);

        // One line per group of properties here; the JSON itself has no line breaks.
        json.Should().Be("""
            {"pmid":"1","articleIds":[],"locationIds":[],"manuscriptIds":[],"otherIds":[],"history":[],
            "journal":{"issns":[{"raw":"1536-5964 (Electronic)","value":"1536-5964","type":"Electronic","isValidChecksum":true}]},
            "abstract":{"text":"No sections here.","sections":[]},"otherAbstracts":[],"otherCopyrights":[],"generalNotes":[],
            "languages":[],"publicationTypes":[],
            "authors":[{"fullName":"Doe, Jane","lastName":"Doe","foreName":"Jane","initials":"J","affiliations":[],"identifiers":[],"position":0}],
            "authorListIncomplete":false,"corporateAuthors":[],"affiliations":[],"investigators":[],"editors":[],
            "personalNameSubjects":[],"meshHeadings":[{"raw":"Humans","descriptor":"Humans","majorTopic":false,"qualifiers":[]}],
            "chemicals":[],"supplementaryConcepts":[],"keywords":[],"subsets":[],"secondarySourceIds":[],"geneSymbols":[],
            "grants":[],"spaceFlightMissions":[],"commentsCorrections":[],"isRetracted":false,"hasErratum":false,
            "hasExpressionOfConcern":false,"book":{"title":"A Book","collectionTitles":[],"isbns":[]},"otherFields":[]}
            """.ReplaceLineEndings(""));
    }

    [Fact]
    public void Without_empty_lists_the_default_options_still_leave_empty_lists_out()
    {
        using var reader = MedlineReader.FromText("PMID- 1\n");
        var citation = reader.ReadCitations().Single();

        MedlineJson.Serialize(citation, options: MedlineJsonOptions.Default).Should().Be(
            """{"pmid":"1","authorListIncomplete":false,"isRetracted":false,"hasErratum":false,"hasExpressionOfConcern":false}""");
        MedlineJson.Serialize(citation).Should().Be(MedlineJson.Serialize(citation, options: MedlineJsonOptions.Default));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void With_empty_lists_the_hand_written_writer_matches_the_source_generated_serializer_on_every_corpus_citation(string file)
    {
        using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
        foreach (var citation in reader.ReadCitations())
        {
            // The serializer without the empty-list modifier writes every list there is: a list the writer forgot shows up here.
            MedlineJson.Serialize(citation, options: s_emptyLists).Should().Be(
                MedlineJson.SerializeWithContext(citation, emptyLists: true), $"PMID {citation.Pmid} of {file}");
            MedlineJson.Serialize(citation, indented: true, options: s_emptyLists).Should().Be(
                MedlineJson.SerializeWithContext(citation, indented: true, emptyLists: true), $"PMID {citation.Pmid} of {file}");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Empty_lists_ndjson_of_every_corpus_file_validates_against_the_schema_and_reads_back_equal(string file)
    {
        using var corpus = MedlineReader.FromFile(SharedData.CorpusPath(file));
        var originals = corpus.ReadCitations().ToList();
        var ndjson = Ndjson(originals);

        var lines = ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(originals.Count);
        for (var i = 0; i < lines.Length; i++)
        {
            s_schema.Value.Validate(lines[i]).Should().BeEmpty($"PMID {originals[i].Pmid} of {file} must match docs/medline-citation.schema.json");
            MedlineJson.Deserialize(lines[i]).Should().Be(originals[i], $"PMID {originals[i].Pmid} of {file} reads back equal through MedlineJson.Deserialize");
        }

        using var reader = MedlineJsonReader.FromText(ndjson);
        reader.ReadCitations().Should().Equal(originals);
        reader.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_array_property_of_the_schema_is_present_on_every_object_of_empty_lists_json(string file)
    {
        using var corpus = MedlineReader.FromFile(SharedData.CorpusPath(file));
        using var schema = JsonDocument.Parse(File.ReadAllText(s_schemaPath));
        var checkedArrays = 0;
        foreach (var citation in corpus.ReadCitations())
        {
            using var json = JsonDocument.Parse(MedlineJson.Serialize(citation, options: s_emptyLists));
            checkedArrays += CheckArraysPresent(json.RootElement, schema.RootElement, schema.RootElement, "$", $"PMID {citation.Pmid} of {file}");
        }

        checkedArrays.Should().BePositive();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Without_empty_lists_no_corpus_citation_has_an_empty_array(string file)
    {
        // The schema allows [] for --empty-lists; the default shape (an array only when it has items) is checked here.
        using var corpus = MedlineReader.FromFile(SharedData.CorpusPath(file));
        foreach (var citation in corpus.ReadCitations())
        {
            MedlineJson.Serialize(citation).Should().NotContain("\":[]", $"PMID {citation.Pmid} of {file}");
        }
    }

    [Fact]
    public void The_schema_says_that_empty_lists_are_written_with_the_option()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(s_schemaPath));

        schema.RootElement.GetProperty("description").GetString().Should().Contain(
            "With --empty-lists (MedlineJsonOptions.EmptyLists) every array property of every object written is present, [] when empty");
    }

    private static string Ndjson(IEnumerable<MedlineCitation> citations)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, MedlineJson.WriterOptions()))
        {
            foreach (var citation in citations)
            {
                MedlineJson.Write(writer, citation, s_emptyLists);
                writer.Flush();
                writer.Reset();
                stream.WriteByte((byte)'\n');
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Checks that <paramref name="value"/> has every array property its schema node lists, and so on down; returns how many it saw.</summary>
    private static int CheckArraysPresent(JsonElement value, JsonElement node, JsonElement root, string path, string what)
    {
        node = Resolve(node, root);
        var seen = 0;
        if (value.ValueKind == JsonValueKind.Array && node.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                seen += CheckArraysPresent(item, items, root, $"{path}[{index++}]", what);
            }
        }
        else if (value.ValueKind == JsonValueKind.Object && node.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var propertySchema = Resolve(property.Value, root);
                var isArray = propertySchema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "array";
                if (value.TryGetProperty(property.Name, out var child))
                {
                    seen += (isArray ? 1 : 0) + CheckArraysPresent(child, propertySchema, root, $"{path}.{property.Name}", what);
                }
                else
                {
                    isArray.Should().BeFalse($"{what}: {path}.{property.Name} is an array property of the schema and must be written with EmptyLists");
                }
            }
        }

        return seen;
    }

    private static JsonElement Resolve(JsonElement node, JsonElement root)
    {
        while (node.TryGetProperty("$ref", out var reference))
        {
            node = root.GetProperty("definitions").GetProperty(reference.GetString()!["#/definitions/".Length..]);
        }

        return node;
    }
}
