using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Errors;

/// <summary>
/// Records cut at the length limit keep right positions, whatever the reader (issue 9 §4), and control characters
/// inside values are reported where they are (issue 9 §2).
/// </summary>
public class CutAndControlCharacterTests
{
    private static readonly MedlineReaderOptions Small = new() { MaxRecordLength = 1000 };

    [Fact]
    public void A_one_line_file_cut_at_the_limit_reports_every_piece_on_line_1_at_its_column()
    {
        var text = "PMID- 1 TI - " + new string('x', 2500);

        var records = Read.All(text, Small);

        records.Select(r => (r.Position.Line, r.Position.Column, r.RawText.Length)).Should().Equal(
            (1, 1, 1000), (1, 1001, 1000), (1, 2001, 513));
        records.SelectMany(r => r.Diagnostics).Where(d => d.Code == DiagnosticCodes.RecordTooLong)
            .Select(d => (d.Position.Line, d.Position.Column, d.Position.Offset)).Should().Equal((1, 1001, 1000L), (1, 2001, 2000L));
        records.SelectMany(r => r.Diagnostics).Should().OnlyContain(d => d.Position.Line == 1 && d.Position.Column == d.Position.Offset + 1);
        Read.Reassemble(records, string.Empty).Should().Be(text);
    }

    [Fact]
    public void A_stream_cuts_an_over_long_record_where_a_string_does_and_not_where_its_buffer_ends()
    {
        var text = "PMID- 1\nTI  - " + new string('x', 2500) + "\nAB  - after\n\nPMID- 2\n";

        var fromText = Read.All(text, Small).Select(Describe).ToList();
        using var reader = MedlineReader.FromReader(new StringReader(text), Small);
        var fromStream = reader.ReadRecords().Select(Describe).ToList();

        fromStream.Should().Equal(fromText);
        fromText.Should().HaveCount(4);
        fromText[0].Should().StartWith("(1,1) 1000 ");
        fromText[1].Should().StartWith("(2,993) 1000 ");

        static string Describe(MedlineRecord r) =>
            $"{r.Position} {r.RawText.Length} {string.Join(" | ", r.Diagnostics)} {string.Join(" | ", r.Fields.Select(f => f.Position + f.Tag))}";
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Chunks_of_a_line_longer_than_the_limit_report_every_cut_at_its_place_on_that_line(bool bytes)
    {
        var text = "PMID- 1\nTI  - " + string.Concat(Enumerable.Repeat("é and 🧬 text ", 80_000)) + "\nAB  - after\n";
        var options = new MedlineReaderOptions { MaxRecordLength = 64 * 1024 };
        using var chunks = bytes
            ? MedlineChunkReader.FromStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), options, chunkLength: 4096)
            : MedlineChunkReader.FromReader(new StringReader(text), options, chunkLength: 4096);
        var records = new List<MedlineRecord>();
        foreach (var chunk in chunks.ReadChunks())
        {
            using var reader = chunk.CreateReader();
            records.AddRange(reader.ReadRecords());
            _ = records.Select(r => r.RawText).ToList(); // while the chunk's buffers are held
        }

        Read.Reassemble(records, string.Empty).Should().Be(text);
        records.Should().OnlyContain(r => r.RawText.Length <= 64 * 1024 + 1);
        var lineStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        foreach (var record in records.Take(records.Count - 1))
        {
            var cut = record.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.RecordTooLong).Subject;
            cut.Position.Offset.Should().Be(record.Position.Offset + record.RawText.Length);
            cut.Position.Line.Should().Be(2);
            cut.Position.Column.Should().Be((int)(cut.Position.Offset - lineStart) + 1);
        }

        foreach (var diagnostic in records.SelectMany(r => r.Diagnostics))
        {
            var offset = (int)diagnostic.Position.Offset;
            var line = 1 + text.AsSpan(0, offset).Count('\n');
            var column = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1) + 1;
            (diagnostic.Position.Line, diagnostic.Position.Column).Should().Be((line, column), diagnostic.ToString());
        }

        records[^1].GetFirst(MedlineTag.Ab).Should().Be("after");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("🧬")]
    public void A_cut_splits_neither_a_crlf_nor_a_surrogate_pair(string pair)
    {
        var head = "PMID- 1\r\nTI  - " + new string('x', 999 - 15);
        var text = head + pair + "AB  - x\r\n";
        head.Length.Should().Be(999);

        var records = Read.All(text, Small);

        records[0].RawText.Should().EndWith(pair);
        records[1].Position.Offset.Should().Be(1001);
        Read.Reassemble(records, string.Empty).Should().Be(text);
        foreach (var record in records)
        {
            var citation = MedlineCitation.FromRecord(record);
            var write = () => Medline.Parser.Serialization.MedlineJson.Serialize(citation);
            write.Should().NotThrow();
        }
    }

    [Theory]
    [InlineData("\0", "U+0000")]
    [InlineData("\u0007", "U+0007")]
    [InlineData("\u000C", "U+000C")]
    [InlineData("\u001B", "U+001B")]
    public void A_control_character_inside_a_value_is_an_error_at_its_place_and_is_kept(string control, string name)
    {
        var record = Read.Single($"PMID- 1\nTI  - Clinical{control} remission\n      of a{control}{control} patient.\n");

        record.GetFirst(MedlineTag.Ti).Should().Be($"Clinical{control} remission of a{control}{control} patient.");
        record.Diagnostics.Select(d => d.ToString()).Should().Equal(
            $"<input>(2,15): error MED1010: control character {name} inside a value; MEDLINE text holds none (is the file binary or damaged?). It is kept as it is",
            $"<input>(3,11): error MED1010: control character {name} inside a value; MEDLINE text holds none (is the file binary or damaged?). It is kept as it is");
        record.Diagnostics.Should().OnlyContain(d => d.Tag == "TI");
    }

    [Fact]
    public void A_binary_line_is_reported_once_not_again_for_its_control_characters()
    {
        var record = Read.Single("PMID- 1\n\0\0\u0001binary\n");

        record.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.ControlCharacter);
    }
}
