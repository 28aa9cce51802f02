using System.Text;

namespace Medline.Parser.Tests.Reading;

/// <summary>Issue 9 §4: a line far longer than a record may be is cut into chunks whose buffers stay bounded.</summary>
public class HugeLineChunkTests
{
    [Fact]
    public void A_line_of_megabytes_with_no_line_break_is_read_in_chunks_and_a_read_buffer_bounded_by_the_record_limit()
    {
        const int chunkLength = 4096;
        var options = new MedlineReaderOptions { MaxRecordLength = 64 * 1024 };
        var text = "PMID- 1\nTI  - before\n\n" + string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet é ", 40_000)) + "\n\nPMID- 2\nTI  - after\n";
        var bound = chunkLength + options.MaxRecordLength + 4096; // a chunk's length, a whole record, a read's free space

        using var chunks = MedlineChunkReader.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), options, chunkLength);
        var records = new List<MedlineRecord>();
        var texts = new StringBuilder();
        var largestBuffer = 0;
        foreach (var chunk in chunks.ReadChunks())
        {
            largestBuffer = Math.Max(largestBuffer, chunks.ByteBufferLength);
            chunk.Length.Should().BeLessThanOrEqualTo(bound);
            texts.Append(chunk.Text);
            using var reader = chunk.CreateReader();
            records.AddRange(reader.ReadRecords().Select(r => { _ = r.RawText; return r; }));
        }

        largestBuffer.Should().BeLessThanOrEqualTo(bound, "the buffer grows no further than a chunk can need");
        chunks.ByteBufferLength.Should().BeLessThan(options.MaxRecordLength, "after a huge chunk the reader goes on in a buffer of the usual size");
        texts.ToString().Should().Be(text, "every character is kept");
        records.Should().OnlyContain(r => r.RawText.Length <= options.MaxRecordLength);
        records.First().Pmid.Should().Be("1");
        records.Last().Pmid.Should().Be("2");
        records.Should().Contain(r => r.Diagnostics.Any(d => d.Code == DiagnosticCodes.RecordTooLong));
    }
}
