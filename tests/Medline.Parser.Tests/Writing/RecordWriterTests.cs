using System.Text;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Writing;

/// <summary>Records written exactly as read: every corpus file's bytes back, line ends, trailing spaces and a BOM included.</summary>
public class RecordWriterTests
{
    private static readonly byte[] s_bom = [0xEF, 0xBB, 0xBF];

    public static TheoryData<string> Files() => SharedData.CorpusTheoryData();

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_corpus_file_read_and_written_record_by_record_gives_its_bytes_back(string file)
    {
        var path = SharedData.CorpusPath(file);
        var bytes = File.ReadAllBytes(path);

        var written = WriteRecords(bytes);

        written.Should().Equal(bytes, file);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Every_corpus_file_written_asynchronously_gives_its_bytes_back(string file)
    {
        var path = SharedData.CorpusPath(file);
        var bytes = File.ReadAllBytes(path);
        using var output = new MemoryStream();
        using var reader = MedlineReader.FromStream(new MemoryStream(bytes));
        var writer = MedlineWriter.ToStream(output, leaveOpen: true);
        await using (writer)
        {
            await writer.WriteRecordsAsync(reader);
        }

        var written = output.ToArray();

        written.Should().Equal(bytes, file);
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_and_crlf_comes_back_with_both_when_the_encoding_writes_one()
    {
        var bytes = s_bom.Concat(Encoding.UTF8.GetBytes("PMID- 1\r\nTI  - A title \r\n      wrapped\r\n\r\n\r\nPMID- 2\r\nAB  - \r\n  \r\n")).ToArray();

        WriteRecords(bytes).Should().Equal(bytes);
    }

    [Fact]
    public void A_record_written_by_hand_keeps_its_leading_blank_lines_and_its_own_line_ends()
    {
        const string text = "\n\nPMID- 1\r\nTI  - x\n\r\nPMID- 2\rTI  - y";
        var records = Read.All(text);
        using var output = new StringWriter();
        using (var writer = MedlineWriter.ToTextWriter(output, leaveOpen: true))
        {
            foreach (var record in records)
            {
                writer.Write(record);
            }
        }

        output.ToString().Should().Be(text);
    }

    [Fact]
    public void A_record_whose_line_breaks_were_lost_is_written_back_as_the_one_line_it_was()
    {
        var text = File.ReadAllText(Path.Combine(SharedData.Root, "seed", "pmid-32756149.flattened.txt"));
        using var reader = MedlineReader.FromText(text);
        using var output = new StringWriter();
        using (var writer = MedlineWriter.ToTextWriter(output, leaveOpen: true))
        {
            writer.WriteRecords(reader).Should().Be(1);
        }

        output.ToString().Should().Be(text);
    }

    [Fact]
    public void A_record_after_a_citation_is_kept_apart_by_a_blank_line()
    {
        var record = Read.Single("PMID- 2\nTI  - Two\n");
        using var output = new StringWriter();
        using (var writer = MedlineWriter.ToTextWriter(output, leaveOpen: true))
        {
            writer.Write(new MedlineCitation { Pmid = "1" });
            writer.Write(record);
        }

        output.ToString().Should().Be("PMID- 1\n\nPMID- 2\nTI  - Two\n");
    }

    [Fact]
    public void Records_of_two_inputs_do_not_run_into_each_other_but_a_blank_line_lost_inside_one_input_stays_lost()
    {
        using var first = MedlineReader.FromText("PMID- 1\nTI  - One", new MedlineReaderOptions { SourceName = "a.nbib" });
        using var second = MedlineReader.FromText("PMID- 2\nTI  - Two\nPMID- 3\nTI  - Three\n", new MedlineReaderOptions { SourceName = "b.nbib" });
        using var output = new StringWriter();
        using (var writer = MedlineWriter.ToTextWriter(output, leaveOpen: true))
        {
            writer.WriteRecords(first);
            writer.WriteRecords(second);
        }

        output.ToString().Should().Be("PMID- 1\nTI  - One\n\nPMID- 2\nTI  - Two\nPMID- 3\nTI  - Three\n");
    }

    private static byte[] WriteRecords(byte[] bytes)
    {
        var bom = bytes.AsSpan().StartsWith(s_bom);
        var options = new MedlineWriterOptions { Encoding = bom ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: true) : null };
        using var output = new MemoryStream();
        using var reader = MedlineReader.FromStream(new MemoryStream(bytes));
        using (var writer = MedlineWriter.ToStream(output, options, leaveOpen: true))
        {
            writer.WriteRecords(reader);
        }

        return output.ToArray();
    }
}
