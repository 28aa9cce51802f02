using System.Text;
using Medline.Parser.Tests.TestSupport;
using Medline.Parser.Tokenizing;

namespace Medline.Parser.Tests.Reading;

/// <summary>
/// Reading from a TextReader fills read chunks of <see cref="RecordTokenizer.ChunkSize"/> chars that records slice
/// and that are never reused: records straddling chunk boundaries, records longer than a chunk and CRLF pairs split
/// at a boundary must read exactly as they do from a string (which is scanned in place).
/// </summary>
public class ChunkBoundaryTests
{
    private static string BuildInput(int records, string newline, int abstractWords)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < records; i++)
        {
            sb.Append("PMID- ").Append(1000 + i).Append(newline);
            sb.Append("OWN - NLM").Append(newline);
            sb.Append("TI  - Title of record ").Append(i).Append(newline);
            sb.Append("AB  - ");
            for (var w = 0; w < abstractWords * (1 + (i % 7)); w++)
            {
                sb.Append(w % 12 == 11 ? newline + "      " : " ").Append("word").Append(w);
            }

            sb.Append(newline);
            sb.Append("PT  - Journal Article").Append(newline);
            sb.Append("XX  - unknown tag ").Append(i).Append(newline);
            sb.Append(newline);
            if (i % 5 == 0)
            {
                sb.Append("  ").Append(newline);
            }
        }

        return sb.ToString();
    }

    public static TheoryData<string, int> Cases() => new()
    {
        { "\n", 40 },
        { "\r\n", 40 },
        { "\n", 3000 }, // records longer than a chunk
        { "\r", 40 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Records_across_chunk_boundaries_read_as_from_a_string(string newline, int abstractWords)
    {
        var text = BuildInput(150, newline, abstractWords);
        text.Length.Should().BeGreaterThan(3 * RecordTokenizer.ChunkSize);

        using var fromText = MedlineReader.FromText(text);
        var expected = fromText.ReadRecords().ToList();
        foreach (var chunk in new[] { 4093, RecordTokenizer.ChunkSize - 1, 100_000 })
        {
            using var reader = MedlineReader.FromReader(new ChunkedReader(text, () => chunk));
            var actual = reader.ReadRecords().ToList();

            actual.Should().HaveCount(expected.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                actual[i].RawText.Should().Be(expected[i].RawText);
                actual[i].LeadingTrivia.Should().Be(expected[i].LeadingTrivia);
                actual[i].Position.Should().Be(expected[i].Position);
                actual[i].Fields.Should().Equal(expected[i].Fields);
                actual[i].Diagnostics.Select(d => (d.Code, d.Position)).Should().Equal(expected[i].Diagnostics.Select(d => (d.Code, d.Position)));
            }

            Read.Reassemble(actual, reader.TrailingTrivia).Should().Be(text);
        }
    }

    [Fact]
    public void Field_raw_text_is_a_slice_of_its_record_and_positions_follow_it()
    {
        var text = BuildInput(120, "\r\n", 60);
        using var reader = MedlineReader.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        foreach (var record in reader.ReadRecords())
        {
            var at = 0;
            foreach (var field in record.Fields)
            {
                var raw = field.RawText.ToString();
                record.RawText.Substring(at, raw.Length).Should().Be(raw);
                field.Position.Offset.Should().Be(record.Position.Offset + at);
                text.Substring((int)field.Position.Offset, raw.Length).Should().Be(raw);
                at += raw.Length;
            }

            at.Should().Be(record.RawText.Length);
        }
    }

    [Fact]
    public void A_record_longer_than_the_limit_is_cut_from_a_text_reader_too_and_nothing_is_lost()
    {
        var lines = string.Concat(Enumerable.Range(0, 5000).Select(i => $"AB  - line {i:D5} of a file whose blank lines were lost\n"));
        var text = "\n\nPMID- 1\n" + lines;
        using var reader = MedlineReader.FromReader(new ChunkedReader(text, () => 5000), new MedlineReaderOptions { MaxRecordLength = 64 * 1024 });
        var records = reader.ReadRecords().ToList();

        records.Should().HaveCountGreaterThan(1);
        var cuts = records.SelectMany(r => r.Diagnostics).Count(d => d.Code == DiagnosticCodes.RecordTooLong);
        cuts.Should().BeGreaterThan(0);
        records.Should().OnlyContain(r => r.RawText.Length <= 64 * 1024);
        // A cut falls inside a line: its two parts are an AB field and the start of the next record.
        records.SelectMany(r => r.Fields).Count(f => f.Tag == "AB").Should().BeInRange(5000 - cuts, 5000);
        Read.Reassemble(records, reader.TrailingTrivia).Should().Be(text);
    }

    [Fact]
    public void A_text_is_scanned_in_place_and_its_records_cut_at_the_limit_like_a_stream()
    {
        var lines = string.Concat(Enumerable.Range(0, 3000).Select(i => $"AB  - line {i:D5}\n"));
        var text = "PMID- 1\n" + lines + "\nPMID- 2\nTI  - after\n";
        using var reader = MedlineReader.FromText(text, new MedlineReaderOptions { MaxRecordLength = 10_000 });
        var records = reader.ReadRecords().ToList();

        records.Should().HaveCountGreaterThan(5);
        records[0].RawText.Length.Should().BeLessThanOrEqualTo(10_000);
        records[^1].Pmid.Should().Be("2");
        Read.Reassemble(records, reader.TrailingTrivia).Should().Be(text);
    }
}
