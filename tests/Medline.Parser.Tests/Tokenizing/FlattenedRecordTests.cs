using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Medline.Parser.Serialization;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Tokenizing;

/// <summary>
/// Records whose line breaks were lost (issue 9 §1): a line holding the starts of several fields is split back into
/// them, several records on one line come back as several records, and text that only looks like a tag stays text.
/// </summary>
public partial class FlattenedRecordTests
{
    private const string Normal = """
        PMID- 32756149
        OWN - NLM
        STAT- MEDLINE
        DCOM- 20200824
        IS  - 1536-5964 (Electronic)
        DP  - 2020 Jul 31
        TI  - Clinical remission of a critically ill COVID-19 patient - a case report.
        PG  - 1-10
        AB  - RATIONALE: The cases increased. The IS - 0025-7974 line is quoted here, as is a
              DP - 2020 and the TI - title. OUTCOMES: Recovered.
        FAU - Liang, Bing
        AU  - Liang B
        AUID- ORCID: 0000-0002-9533-1384
        AD  - Intervention and Cell Therapy Center, Peking University Shenzhen Hospital.
        LA  - eng
        PT  - Case Reports
        MH  - COVID-19/*therapy
        EDAT- 2020/08/07 06:00
        PHST- 2020/08/07 06:00 [entrez]
        AID - 10.1097/MD.0000000000021429 [doi]
        SO  - Medicine (Baltimore). 2020 Jul 31;99(31):e21429.

        """;

    [Fact]
    public void The_seed_record_flattened_to_one_line_reads_as_the_same_typed_citation()
    {
        var flattened = File.ReadAllText(Path.Combine(SharedData.Root, "seed", "pmid-32756149.flattened.txt"));
        var original = File.ReadAllText(SharedData.SeedPath);

        var recovered = Citations(flattened).Single();
        var expected = Citations(original).Single();

        recovered.IsRecovered.Should().BeTrue();
        expected.IsRecovered.Should().BeFalse();
        recovered.Title.Should().StartWith("Clinical remission of a critically ill COVID-19 patient");
        recovered.Authors.Should().HaveCount(16);
        Json(recovered).Should().Be(Json(expected));
        var fields = expected.Record!.Fields.Length;
        recovered.Record!.Fields.Length.Should().Be(fields);
        recovered.Diagnostics.Select(d => d.ToString()).Should().Equal(
            $"<input>(1,1): warning MED1013: record recovered from text that lost its line breaks (expected one field per line): split into {fields} fields at the tags it holds");
    }

    [Fact]
    public void Every_corpus_record_flattened_reads_as_the_same_typed_citation_but_the_documented_few()
    {
        var total = 0;
        var unequal = new List<string>();
        foreach (var file in SharedData.CorpusFiles())
        {
            using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
            foreach (var record in reader.ReadRecords())
            {
                total++;
                var expected = MedlineCitation.FromRecord(record);
                var flattened = Flatten(record.RawText);
                var got = Citations(flattened);
                if (got.Count != 1 || Json(got[0]) != Json(expected))
                {
                    unequal.Add($"{file} #{record.Index} PMID {record.Pmid}");
                }
            }
        }

        total.Should().Be(2786);
        unequal.Should().BeEquivalentTo(KnownUnequal, "{0} of {1} records differ", unequal.Count, total);
    }

    // Read one by one (docs/format.md, "Records that lost their line breaks"): 2779 of 2786 come back equal (99.7 %).
    private static readonly string[] KnownUnequal =
    [
        // A malformed line ("SO invalid line") has no tag: flattened, it is text of the field before it.
        "jabref/MedlinePlainImporterStringOutOfBounds.txt #0 PMID 27433151",
        "jabref/MedlinePlainImporterStringOutOfBounds.txt #1 PMID 27394443",
        // Repeated singletons (two AB, five TI) and a bare "TI-": a second TI or AB inside a value is taken as quoted text.
        "jabref/MedlinePlainImporterTestMultiAbstract.txt #0 PMID ",
        "jabref/MedlinePlainImporterTestMultiTitle.txt #0 PMID ",
        "jabref/MedlinePlainImporterTestMultipleEntries.txt #2 PMID ",
        "jabref/MedlinePlainImporterTestMultipleEntries.txt #3 PMID ",
        // An IRAD after an AD with no investigator before it: IRAD after free text must follow an investigator.
        "jabref/NbibImporterTest.nbib #0 PMID 27169098",
    ];

    [Fact]
    public void Recovered_fields_point_at_their_tag_in_the_one_line()
    {
        var line = "PMID- 32756149 OWN - NLM STAT- MEDLINE DCOM- 20200824 TI - A title. AU - Liang B";
        var record = Read.Single(line + "\n");

        record.IsRecovered.Should().BeTrue();
        record.Fields.Select(f => (f.Tag, f.Value, f.Position.Line, f.Position.Column)).Should().Equal(
            ("PMID", "32756149", 1, 1),
            ("OWN", "NLM", 1, 16),
            ("STAT", "MEDLINE", 1, 26),
            ("DCOM", "20200824", 1, 40),
            ("TI", "A title.", 1, 55),
            ("AU", "Liang B", 1, 69));
        foreach (var field in record.Fields)
        {
            line[(int)field.Position.Offset..].Should().StartWith(field.Tag);
            line[(int)field.ValuePosition.Offset..].Should().StartWith(field.Value);
            field.ValuePosition.Column.Should().Be((int)field.ValuePosition.Offset + 1);
        }

        Read.Reassemble([record], string.Empty).Should().Be(line + "\n");
    }

    [Fact]
    public void Several_records_on_one_line_come_back_as_several_records_each_recovered()
    {
        var one = Flatten(Normal);
        var two = one.Replace("32756149", "32756150", StringComparison.Ordinal);
        var text = "\n" + one + " " + two + "\n" + one + "\n";
        using var reader = MedlineReader.FromText(text);
        var records = reader.ReadRecords().ToList();

        records.Select(r => r.Pmid).Should().Equal("32756149", "32756150", "32756149");
        records.Should().OnlyContain(r => r.IsRecovered);
        records.Select(r => (r.Position.Line, r.Position.Column)).Should().Equal((2, 1), (2, one.Length + 2), (3, 1));
        records.Select(r => r.Diagnostics.Single(d => d.Code == DiagnosticCodes.RecoveredRecord).Position)
            .Should().Equal(records.Select(r => r.Position));
        Read.Reassemble(records, reader.TrailingTrivia).Should().Be(text);
        var expected = Json(Citations(Normal).Single());
        Json(MedlineCitation.FromRecord(records[0])).Should().Be(expected);
        Json(MedlineCitation.FromRecord(records[2])).Should().Be(expected);
    }

    [Fact]
    public void The_chunk_reader_splits_a_file_of_flattened_records_as_the_text_reader_does()
    {
        var one = Flatten(Normal);
        var text = string.Join("\n", Enumerable.Range(0, 300).Select(i => one.Replace("32756149", (32756149 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) + (i % 3 == 0 ? " " + one : string.Empty)));
        using var whole = MedlineReader.FromText(text);
        var expected = whole.ReadRecords().Select(Describe).ToList();
        expected.Should().HaveCount(400);

        using var chunks = MedlineChunkReader.FromReader(new StringReader(text), chunkLength: 4096);
        var got = new List<string>();
        foreach (var chunk in chunks.ReadChunks())
        {
            using (chunk)
            {
                using var reader = chunk.CreateReader();
                got.AddRange(reader.ReadRecords().Select(Describe));
            }
        }

        got.Should().Equal(expected);

        static string Describe(MedlineRecord r) =>
            $"{r.Position} {r.Pmid} {r.IsRecovered} {r.Fields.Length} {string.Join(";", r.Diagnostics)} {string.Join("|", r.Fields.Select(f => f.Position + f.Tag))}";
    }

    [Fact]
    public void A_line_break_lost_between_two_fields_of_an_ordinary_record_is_recovered()
    {
        var record = Read.Single("PMID- 1\nDCOM- 20200824 LR  - 20221207\nTI  - T.\n");

        Read.Pairs(record).Should().Equal(("PMID", "1"), ("DCOM", "20200824"), ("LR", "20221207"), ("TI", "T."));
        record.IsRecovered.Should().BeTrue();
        record.Fields[2].Position.Should().Be(new SourcePosition(23, 2, 16));
    }

    [Fact]
    public void Text_that_only_looks_like_a_tag_is_not_split_in_an_ordinary_record()
    {
        var record = Read.Single(Normal);

        record.IsRecovered.Should().BeFalse();
        record.Diagnostics.Should().BeEmpty();
        record.GetFirst(MedlineTag.Ti).Should().Be("Clinical remission of a critically ill COVID-19 patient - a case report.");
        record.GetFirst(MedlineTag.Pg).Should().Be("1-10");
        record.GetFirst(MedlineTag.Ab).Should().Contain("The IS - 0025-7974 line is quoted here, as is a DP - 2020 and the TI - title.");
    }

    [Fact]
    public void Text_that_only_looks_like_a_tag_is_not_split_in_a_flattened_record()
    {
        var record = Read.Single(Flatten(Normal));
        var expected = Read.Single(Normal);

        record.IsRecovered.Should().BeTrue();
        Read.Pairs(record).Should().Equal(Read.Pairs(expected));
    }

    [Theory]
    [InlineData("AB  - Imaging by MR - magnetic resonance - and CA - cancer antigen - were compared.")]
    [InlineData("AB  - The CNRS - INSERM unit and the ICMR- institute took part.")]
    [InlineData("AB  - Patients with AD - Alzheimer disease - were seen.")]
    [InlineData("AB  - The interval (95% CI - 1.2 to 3.4) was wide.")]
    [InlineData("AD  - Department of Medicine, Rio de Janeiro - RJ - Brasil.")]
    [InlineData("TI  - HIV - 1 and the IS - 1 element.")]
    [InlineData("PG  - S2-82-93")]
    public void One_look_alike_in_a_value_is_text(string line)
    {
        var record = Read.Single("PMID- 1\n" + line + "\n");

        record.Fields.Should().HaveCount(2);
        record.IsRecovered.Should().BeFalse();
        record.Fields[1].Value.Should().Be(line[6..]);
    }

    [Fact]
    public void With_recovery_off_a_flattened_line_is_one_value_and_an_error()
    {
        var options = new MedlineReaderOptions { RecoverFlattenedRecords = false };
        var record = Read.Single("PMID- 32756149 OWN - NLM STAT- MEDLINE\n", options);

        record.IsRecovered.Should().BeFalse();
        Read.Pairs(record).Should().Equal(("PMID", "32756149 OWN - NLM STAT- MEDLINE"));
        record.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "<input>(1,16): error MED1014: 3 fields run together on one line (its line breaks were lost); expected one field per line. Read as one value because recovery is off");

        var strict = () => Read.All("PMID- 32756149 OWN - NLM STAT- MEDLINE\n", options with { Strict = true });
        strict.Should().Throw<MedlineFormatException>().Which.Code.Should().Be(DiagnosticCodes.FieldsRunTogether);
    }

    [Fact]
    public void Records_run_together_without_pmid_split_at_their_first_tag()
    {
        // ERIC records start with OWN and have no PMID; PMC exports start with PMC.
        var eric = Read.All("OWN - ERIC TI - One. AU - Smith, John OWN - ERIC TI - Two.\n");
        eric.Select(r => r.GetFirst(MedlineTag.Ti)).Should().Equal("One.", "Two.");

        var pmc = Read.All("PMC - PMC6055010 PMID- 30123 TI - One. PMC - PMC6055011 PMID- 30124 TI - Two.\n");
        pmc.Select(r => (r.GetFirst(MedlineTag.Pmc), r.Pmid)).Should().Equal(("PMC6055010", "30123"), ("PMC6055011", "30124"));
    }

    [Theory]
    [InlineData("PMID- 1 LA-\n")]
    [InlineData("PMID- 1 LA - OABL-\n")]
    [InlineData("PMID- 1 DP - IS - PMC - AUID- LID - \n")]
    public void An_empty_value_after_a_look_alike_tag_is_no_crash(string text)
    {
        // Found by the fuzzer: an empty LA value read its first character.
        var read = () => Read.All(text);

        read.Should().NotThrow();
        Read.Reassemble(Read.All(text), string.Empty).Should().Be(text);
    }

    /// <summary>Lines joined with single spaces, runs of spaces collapsed: how the seed record reached us.</summary>
    internal static string Flatten(string text) =>
        Whitespace().Replace(string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)), " ").Trim();

    private static List<MedlineCitation> Citations(string text)
    {
        using var reader = MedlineReader.FromText(text);
        return [.. reader.ReadCitations()];
    }

    /// <summary>
    /// The citation's JSON with its recovery flag and the source lines of its other fields left out (one line holds
    /// them all once flattened), and spacing inside values made single.
    /// </summary>
    private static string Json(MedlineCitation citation)
    {
        var node = JsonNode.Parse(MedlineJson.Serialize(citation with { IsRecovered = false }))!;
        foreach (var other in node["otherFields"]?.AsArray() ?? [])
        {
            other!.AsObject().Remove("line");
        }

        return Normalize(node)!.ToJsonString();

        static JsonNode? Normalize(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o.ToList())
                    {
                        o[key] = Normalize(value?.DeepClone());
                    }

                    return o;
                case JsonArray a:
                    return new JsonArray([.. a.Select(v => Normalize(v?.DeepClone()))]);
                case JsonValue v when v.TryGetValue<string>(out var s):
                    return JsonValue.Create(Whitespace().Replace(s, " "));
                default:
                    return node;
            }
        }
    }

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Whitespace();
}
