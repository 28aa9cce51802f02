using System.Text;
using System.Text.Json;
using FluentAssertions;
using Medline.Parser.Serialization;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Serialization;

public class JsonReadingTests
{
    public static TheoryData<string> Files() => SharedData.CorpusTheoryData();

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_corpus_file_read_back_from_our_json_array_equals_the_originals(string file)
    {
        var originals = ReadCorpus(file);

        using var reader = MedlineJsonReader.FromStream(new MemoryStream(WriteArray(originals, indented: true)));
        var back = reader.ReadCitations().ToList();

        back.Should().Equal(originals);
        reader.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_corpus_file_read_back_from_our_ndjson_equals_the_originals(string file)
    {
        var originals = ReadCorpus(file);

        using var reader = MedlineJsonReader.FromText(Encoding.UTF8.GetString(WriteNdjson(originals)));
        var back = reader.ReadCitations().ToList();

        back.Should().Equal(originals);
        reader.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Every_corpus_file_read_back_asynchronously_from_a_trickling_stream_equals_the_originals(string file)
    {
        var originals = ReadCorpus(file);

        // A stream that hands out a few bytes per read makes the reader refill in the middle of every object.
        await using var reader = MedlineJsonReader.FromStream(new TrickleStream(WriteArray(originals, indented: false), 7));
        var back = new List<MedlineCitation>();
        await foreach (var citation in reader.ReadCitationsAsync())
        {
            back.Add(citation);
        }

        back.Should().Equal(originals);
        reader.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_corpus_file_read_back_from_raw_json_gives_records_with_the_same_fields(string file)
    {
        using var medline = MedlineReader.FromFile(SharedData.CorpusPath(file));
        var originals = medline.ReadRecords().ToList();
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, MedlineJson.WriterOptions(indented: true)))
        {
            writer.WriteStartArray();
            foreach (var record in originals)
            {
                MedlineJson.WriteRecord(writer, record);
            }

            writer.WriteEndArray();
        }

        buffer.Position = 0;
        using var reader = MedlineJsonReader.FromStream(buffer);
        var back = reader.ReadRecords().ToList();

        reader.Diagnostics.Should().BeEmpty();
        Fields(back).Should().Equal(Fields(originals));
        back.Select(r => MedlineCitation.FromRecord(r)).Should().Equal(originals.Select(r => MedlineCitation.FromRecord(r)), "the records read back type to the same citations");
    }

    [Fact]
    public void Reading_a_huge_array_holds_one_object_at_a_time_not_the_whole_input()
    {
        var citation = SharedData.SeedCitation();
        var bytes = WriteArray(Enumerable.Repeat(citation, 2000).ToList(), indented: true);
        var stream = new MemoryStream(bytes);

        using var reader = MedlineJsonReader.FromStream(stream);
        using var citations = reader.ReadCitations().GetEnumerator();
        citations.MoveNext().Should().BeTrue();

        citations.Current.Should().Be(citation);
        stream.Position.Should().BeLessThan(bytes.Length / 10, "the reader reads ahead by a buffer, not the whole array");
    }

    [Fact]
    public void A_single_indented_object_reads_back()
    {
        var citation = SharedData.SeedCitation();

        using var reader = MedlineJsonReader.FromText(MedlineJson.Serialize(citation, indented: true));

        reader.ReadCitations().Should().Equal(citation);
        reader.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_positions_count_from_the_first_character()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""[{"pmid":"1"},{"pmid":2}]""")).ToArray();

        using var reader = MedlineJsonReader.FromStream(new MemoryStream(bytes));

        Citations(reader).Select(c => c.Pmid).Should().Equal("1");
        Messages().Should().Equal("<input>(1,23): error MED4002: $[1].pmid: expected a string, found a number");
    }

    [Fact]
    public void Empty_input_is_a_warning_and_gives_no_citation()
    {
        using var reader = MedlineJsonReader.FromText("  \n");

        Citations(reader).Should().BeEmpty();
        Messages().Should().Equal("<input>(1,1): warning MED1011: the input holds no JSON (it is empty or only whitespace); expected a JSON array, an object or NDJSON");
        reader.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void An_empty_array_is_no_citation_and_no_diagnostic()
    {
        using var reader = MedlineJsonReader.FromText("[]\n");

        reader.ReadCitations().Should().BeEmpty();
        reader.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_truncated_array_keeps_the_whole_objects_and_reports_where_the_input_ends()
    {
        using var reader = MedlineJsonReader.FromText("[{\"pmid\":\"1\"},\n {\"pmid\":\"2\",\"title\":\"Cut");

        Citations(reader).Select(c => c.Pmid).Should().Equal("1");
        Messages().Should().Equal("<input>(2,26): error MED4001: unexpected end of input in $[1], which starts at line 2, column 2: expected '\"' to close it");
        reader.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void An_array_not_closed_after_its_last_object_is_a_syntax_error()
    {
        using var reader = MedlineJsonReader.FromText("""[{"pmid":"1"}""");

        Citations(reader).Select(c => c.Pmid).Should().Equal("1");
        Messages().Should().Equal("<input>(1,14): error MED4001: unexpected end of input: the array is not closed; expected ',' or ']'");
    }

    [Fact]
    public void A_number_where_a_string_is_expected_names_the_path_line_and_column()
    {
        using var reader = MedlineJsonReader.FromText("[\n  {\"pmid\":\"1\"},\n  {\"pmid\":\"2\",\"authors\":[{\"lastName\":\"Li\"},{\"lastName\":42}]}\n]", new MedlineReaderOptions { SourceName = "out.json" });

        Citations(reader).Select(c => c.Pmid).Should().Equal("1");
        Messages().Should().Equal("out.json(3,56): error MED4002: $[1].authors[1].lastName: expected a string, found a number");
    }

    [Fact]
    public void An_enum_name_that_does_not_exist_is_an_error_naming_the_names_expected()
    {
        using var reader = MedlineJsonReader.FromText("""{"pmid":"1","journal":{"issns":[{"raw":"x","value":"1234-5678","type":"Paper"}]}}""");

        Citations(reader).Should().BeEmpty();
        Messages().Should().Equal("<input>(1,71): error MED4002: $.journal.issns[0].type: 'Paper' is not a name of IssnType; expected one of Unknown, Print, Electronic, Linking");
    }

    [Fact]
    public void An_unknown_property_is_a_warning_and_the_citation_is_still_read()
    {
        using var reader = MedlineJsonReader.FromText("""{"pmid":"1","colour":"blue","title":"T"}""");

        var citation = reader.ReadCitations().Single();

        citation.Should().Be(new MedlineCitation { Pmid = "1", Title = "T" });
        const string Expected = "<input>(1,13): warning MED4003: $.colour: unknown property 'colour' of MedlineCitation; it is not read";
        reader.Diagnostics.Should().BeEmpty("the warning travels with its citation, so the reader does not hold it for the whole run");
        citation.Diagnostics.Select(d => d.ToString()).Should().Equal(Expected);
        reader.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Reader_diagnostics_do_not_grow_for_the_whole_run_each_object_asked_for_clears_them()
    {
        using var reader = MedlineJsonReader.FromText("[{\"pmid\":1},{\"pmid\":\"2\"},{\"pmid\":\"3\"}]");
        using var citations = reader.ReadCitations().GetEnumerator();

        citations.MoveNext().Should().BeTrue();
        citations.Current.Pmid.Should().Be("2");
        reader.Diagnostics.Select(d => d.ToString()).Should().Equal("<input>(1,10): error MED4002: $[0].pmid: expected a string, found a number");
        citations.MoveNext().Should().BeTrue();
        citations.Current.Pmid.Should().Be("3");
        reader.Diagnostics.Should().BeEmpty();
        reader.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void A_mesh_heading_without_its_descriptor_is_a_missing_property_error()
    {
        using var reader = MedlineJsonReader.FromText("""{"pmid":"1","meshHeadings":[{"descriptor":"Humans"},{"majorTopic":true}]}""");

        Citations(reader).Should().BeEmpty();
        Messages().Should().Equal("<input>(1,53): error MED4004: $.meshHeadings[1]: missing required property 'descriptor' of MeshHeading");
    }

    [Fact]
    public void Two_bad_objects_in_ndjson_give_two_errors_and_the_good_ones_are_read()
    {
        var text = string.Join('\n',
            """{"pmid":"1"}""",
            """{"pmid":"2","title":}""",
            """{"pmid":"3"}""",
            """{"pmid":"4","languages":"eng"}""",
            """{"pmid":"5"}""") + "\n";
        using var reader = MedlineJsonReader.FromText(text);

        Citations(reader).Select(c => c.Pmid).Should().Equal("1", "3", "5");
        Messages().Should().Equal(
            "<input>(2,21): error MED4001: invalid JSON in $: '}' is an invalid start of a value",
            "<input>(4,25): error MED4002: $.languages: expected an array, found a string");
    }

    [Fact]
    public void A_broken_ndjson_line_costs_that_line_only()
    {
        using var reader = MedlineJsonReader.FromText("{\"pmid\":\"1\"}\n{\"pmid\":\"2\"\n{\"pmid\":\"3\"}");

        Citations(reader).Select(c => c.Pmid).Should().Equal("1", "3");
        Messages().Should().Equal("<input>(2,12): error MED4001: invalid JSON in $: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed");
    }

    [Fact]
    public void A_missing_comma_between_array_elements_is_reported_and_both_objects_are_read()
    {
        using var reader = MedlineJsonReader.FromText("""[{"pmid":"1"} {"pmid":"2"}]""");

        Citations(reader).Select(c => c.Pmid).Should().Equal("1", "2");
        Messages().Should().Equal("<input>(1,15): error MED4001: expected ',' or ']' after $[0], found '{'");
    }

    [Fact]
    public void An_array_element_that_is_not_an_object_is_an_error()
    {
        using var reader = MedlineJsonReader.FromText("""[{"pmid":"1"},42,"x"]""");

        Citations(reader).Select(c => c.Pmid).Should().Equal("1");
        Messages().Should().Equal(
            "<input>(1,15): error MED4002: $[1]: expected a citation object, found a number",
            "<input>(1,18): error MED4002: $[2]: expected a citation object, found a string");
    }

    [Fact]
    public void Medline_text_given_as_json_is_an_error_at_its_first_character()
    {
        using var reader = MedlineJsonReader.FromText("PMID- 1\nTI  - T\n");

        Citations(reader).Should().BeEmpty();
        Messages().Should().Equal("<input>(1,1): error MED4001: expected '[' (a JSON array) or '{' (an object, or NDJSON: one object per line) at the start of the input, found 'P'");
    }

    [Fact]
    public void A_date_that_is_not_iso_8601_is_an_error_with_the_converters_message()
    {
        using var reader = MedlineJsonReader.FromText("""{"pmid":"1","dateCompleted":"24/08/2020"}""");

        Citations(reader).Should().BeEmpty();
        Messages().Should().Equal("<input>(1,29): error MED4002: $.dateCompleted: '24/08/2020' is not an ISO 8601 date (yyyy-MM-dd or yyyy-MM)");
    }

    [Fact]
    public void Strict_mode_throws_at_the_first_error_with_its_diagnostic()
    {
        using var reader = MedlineJsonReader.FromText("""[{"pmid":"1"},{"pmid":true}]""", new MedlineReaderOptions { Strict = true });

        var read = () => reader.ReadCitations().ToList();

        read.Should().Throw<MedlineFormatException>()
            .WithMessage("<input>(1,23): error MED4002: $[1].pmid: expected a string, found a boolean")
            .Which.Code.Should().Be(DiagnosticCodes.JsonInvalidValue);
    }

    [Fact]
    public void A_raw_record_without_its_fields_value_is_a_missing_property_error()
    {
        using var reader = MedlineJsonReader.FromText("""[{"fields":[{"tag":"PMID","value":"1","line":1},{"tag":"TI","line":2}]}]""");

        Records(reader).Should().BeEmpty();
        Messages().Should().Equal("<input>(1,49): error MED4004: $[0].fields[1]: missing required property 'value' of a raw field");
    }

    [Fact]
    public void A_raw_record_keeps_unknown_tags_and_malformed_lines()
    {
        using var reader = MedlineJsonReader.FromText("""{"fields":[{"tag":"PMID","value":"7","line":3},{"tag":"XYZ","value":"odd","line":4},{"tag":"","value":"stray text","line":5}]}""");

        var record = reader.ReadRecords().Single();

        record.Fields.Select(f => (f.Tag, f.KnownTag, f.Kind, f.Value, f.Position.Line)).Should().Equal(
            ("PMID", MedlineTag.Pmid, MedlineFieldKind.Tagged, "7", 3),
            ("XYZ", MedlineTag.Unknown, MedlineFieldKind.Tagged, "odd", 4),
            ("", MedlineTag.Unknown, MedlineFieldKind.Malformed, "stray text", 5));
        record.RawText.Should().Be("PMID- 7\nXYZ - odd\nstray text\n");
        record.Pmid.Should().Be("7");
    }

    [Fact]
    public void An_object_longer_than_MaxRecordLength_is_skipped_with_an_error_and_reading_goes_on()
    {
        var title = new string('x', 70_000);
        var text = $$"""[{"pmid":"1"},{"pmid":"2","title":"{{title}}"},{"pmid":"3"}]""";

        using var reader = MedlineJsonReader.FromStream(new TrickleStream(Encoding.UTF8.GetBytes(text), 4096), new MedlineReaderOptions { MaxRecordLength = 1000 });

        Citations(reader).Select(c => c.Pmid).Should().Equal("1", "3");
        Messages().Should().Equal("<input>(1,15): error MED1009: $[1] is longer than 1000 bytes (MaxRecordLength); it is skipped");
    }

    [Fact]
    public void A_property_written_twice_is_an_error_not_a_silent_last_one_wins()
    {
        using var reader = MedlineJsonReader.FromText("""{"pmid":"1","title":"A","title":"B"}""");

        Citations(reader).Should().BeEmpty();
        Messages().Should().Equal("<input>(1,33): error MED4002: $.title: property 'title' occurs twice; expected it once");
    }

    [Fact]
    public void Raw_json_read_as_citations_is_an_error_not_empty_citations()
    {
        using var reader = MedlineJsonReader.FromText("""[{"fields":[{"tag":"PMID","value":"1","line":1}]}]""");

        Citations(reader).Should().BeEmpty();
        Messages().Should().Equal("<input>(1,12): error MED4002: $[0].fields: expected a citation, found a record of --raw JSON; read it as records (MedlineJsonReader.ReadRecords)");
    }

    [Fact]
    public void Citation_json_read_as_raw_records_is_a_missing_fields_error()
    {
        using var reader = MedlineJsonReader.FromText("""{"pmid":"1"}""");

        Records(reader).Should().BeEmpty();
        Messages().Should().Equal(
            "<input>(1,2): warning MED4003: $.pmid: unknown property 'pmid' of a raw record; it is not read",
            "<input>(1,1): error MED4004: $: missing required property 'fields' of a raw record");
    }

    [Fact]
    public void Ndjson_with_crlf_line_ends_reads_and_positions_count_lines()
    {
        using var reader = MedlineJsonReader.FromText("{\"pmid\":\"1\"}\r\n{\"pmid\":\"2\",\"isRetracted\":\"no\"}\r\n{\"pmid\":\"3\"}\r\n");

        Citations(reader).Select(c => c.Pmid).Should().Equal("1", "3");
        Messages().Should().Equal("<input>(2,27): error MED4002: $.isRetracted: expected true or false, found a string");
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        using var reader = MedlineJsonReader.FromText("""{"title":"Café 😀","pmid":7}""");

        Citations(reader).Should().BeEmpty();
        Messages().Should().Equal("<input>(1,27): error MED4002: $.pmid: expected a string, found a number");
    }

    [Fact]
    public void A_stray_closing_brace_is_one_error_and_reading_goes_on()
    {
        using var reader = MedlineJsonReader.FromText("""[{"pmid":"1"}},{"pmid":"2"}]""");

        Citations(reader).Select(c => c.Pmid).Should().Equal("1", "2");
        Messages().Should().Equal("<input>(1,14): error MED4001: expected ',' or ']' after $[0], found '}'");
    }

    [Fact]
    public void A_stray_closing_brace_after_an_ndjson_object_is_one_error()
    {
        using var reader = MedlineJsonReader.FromText("{\"pmid\":\"1\"}}\n{\"pmid\":\"2\"}\n");

        Citations(reader).Select(c => c.Pmid).Should().Equal("1", "2");
        Messages().Should().Equal("<input>(1,13): error MED4001: invalid JSON in $: '}' is an invalid start of a value");
    }

    [Fact]
    public void A_trailing_comma_in_the_array_is_one_error_and_the_objects_are_read()
    {
        using var reader = MedlineJsonReader.FromText("""[{"pmid":"1"},{"pmid":"2"},]""");

        Citations(reader).Select(c => c.Pmid).Should().Equal("1", "2");
        Messages().Should().Equal("<input>(1,28): error MED4001: expected an object after the ',' that follows $[1], found ']'");
    }

    private readonly List<string> _messages = [];

    // What the CLI reports, in order: the reader's diagnostics after each object and at the end, with each object's own.
    private List<MedlineCitation> Citations(MedlineJsonReader reader) => Drain(reader, reader.ReadCitations(), static c => c.Diagnostics);

    private List<MedlineRecord> Records(MedlineJsonReader reader) => Drain(reader, reader.ReadRecords(), static r => r.Diagnostics);

    private List<T> Drain<T>(MedlineJsonReader reader, IEnumerable<T> items, Func<T, IReadOnlyList<MedlineDiagnostic>> own)
    {
        var read = new List<T>();
        foreach (var item in items)
        {
            _messages.AddRange(reader.Diagnostics.Select(d => d.ToString()));
            _messages.AddRange(own(item).Select(d => d.ToString()));
            read.Add(item);
        }

        _messages.AddRange(reader.Diagnostics.Select(d => d.ToString()));
        return read;
    }

    private List<string> Messages() => _messages;

    private static List<(int Record, string Tag, string Value, int Line)> Fields(List<MedlineRecord> records) =>
        records.SelectMany((r, i) => r.Fields.Select(f => (i, f.Tag, f.Value, f.Position.Line))).ToList();

    private static List<MedlineCitation> ReadCorpus(string file)
    {
        using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
        return reader.ReadCitations().ToList();
    }

    private static byte[] WriteArray(IReadOnlyList<MedlineCitation> citations, bool indented)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, MedlineJson.WriterOptions(indented)))
        {
            writer.WriteStartArray();
            foreach (var citation in citations)
            {
                MedlineJson.Write(writer, citation);
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static byte[] WriteNdjson(IReadOnlyList<MedlineCitation> citations)
    {
        var text = new StringBuilder();
        foreach (var citation in citations)
        {
            text.Append(MedlineJson.Serialize(citation)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
