using System.Text;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Reading;

/// <summary>Cutting an input into chunks of whole records changes nothing a reader of the chunks sees.</summary>
public class ChunkReaderTests
{
    public static TheoryData<string> Files() => SharedData.CorpusTheoryData();

    [Theory]
    [MemberData(nameof(Files))]
    public void Chunks_of_every_corpus_file_read_to_the_same_fields_positions_and_diagnostics(string file)
    {
        var path = SharedData.CorpusPath(file);

        using var whole = MedlineReader.FromFile(path);
        var expected = whole.ReadRecords().ToList();
        foreach (var length in new[] { 1, 700, MedlineChunkReader.DefaultChunkLength, MedlineChunkReader.DefaultStreamChunkLength })
        {
            using var chunks = MedlineChunkReader.FromFile(path, chunkLength: length);
            var actual = Read.Chunked(chunks);

            actual.Should().HaveSameCount(expected, $"chunks of {length} chars");
            Read.Fields(actual).Should().Equal(Read.Fields(expected));
            actual.SelectMany(r => r.Diagnostics).Should().Equal(expected.SelectMany(r => r.Diagnostics));
            string.Concat(actual.Select(r => r.RawText)).Should().Be(string.Concat(expected.Select(r => r.RawText)));
        }
    }

    [Fact]
    public void A_blank_line_before_a_continuation_is_never_a_cut()
    {
        const string text = "PMID- 1\nAB  - First paragraph.\n      \n      Second paragraph.\n\nPMID- 2\r\nTI  - Two\r\n\r\nPMID- 3\rTI  - Three\r";
        using var chunks = MedlineChunkReader.FromReader(new StringReader("\uFEFF" + text), chunkLength: 1);
        var list = chunks.ReadChunks().ToList();

        list.Select(c => (c.Index, c.Start)).Should().Equal(
            (0, new SourcePosition(0, 1, 1)), (1, new SourcePosition(63, 6, 1)), (2, new SourcePosition(85, 9, 1)));
        string.Concat(list.Select(c => c.Text)).Should().Be(text);
        using var first = list[0].CreateReader();
        first.ReadRecords().Single().GetFirst(MedlineTag.Ab).Should().Be("First paragraph. Second paragraph.");
        using var third = list[2].CreateReader();
        third.ReadRecords().Single().Fields[1].Position.Should().Be(new SourcePosition(93, 10, 1));
    }

    [Fact]
    public void An_empty_input_has_no_chunk_and_one_record_is_one_chunk()
    {
        using var none = MedlineChunkReader.FromReader(new StringReader(string.Empty));
        none.ReadChunks().Should().BeEmpty();

        using var one = MedlineChunkReader.FromReader(new StringReader("PMC - PMC1\nPMID- 1\nTI  - a\n"), chunkLength: 1);
        using var reader = one.ReadChunks().Single().CreateReader();
        reader.ReadRecords().Single().Pmid.Should().Be("1");
    }

    [Fact]
    public void An_input_whose_blank_lines_were_lost_is_cut_at_each_second_PMID_with_the_readers_warning()
    {
        // Without the PMID cut such a file would be one chunk as long as the whole record limit (megabytes).
        var text = string.Concat(Enumerable.Range(1, 50).Select(i => $"PMID- {i}\nTI  - Title {i}\n      wrapped.\nAU  - Doe J\n"));
        using var whole = MedlineReader.FromText(text);
        var expected = whole.ReadRecords().ToList();

        using var chunks = MedlineChunkReader.FromReader(new StringReader(text), chunkLength: 100);
        var list = chunks.ReadChunks().ToList();
        var actual = new List<MedlineRecord>();
        foreach (var chunk in list)
        {
            using var reader = chunk.CreateReader();
            actual.AddRange(reader.ReadRecords());
        }

        list.Should().HaveCountGreaterThan(10).And.OnlyContain(c => c.Text.Length < 400);
        Read.Fields(actual).Should().Equal(Read.Fields(expected));
        actual.SelectMany(r => r.Diagnostics).Should().Equal(expected.SelectMany(r => r.Diagnostics));
        expected.SelectMany(r => r.Diagnostics).Should().HaveCount(49).And.OnlyContain(d => d.Code == DiagnosticCodes.MissingRecordSeparator);
    }

    private static List<MedlineRecord> ReadWhole(byte[] bytes)
    {
        using var whole = MedlineReader.FromStream(new MemoryStream(bytes));
        return whole.ReadRecords().ToList();
    }

    private static void ShouldReadAlike(byte[] bytes, int chunkLength, MedlineReaderOptions? options = null)
    {
        using var whole = MedlineReader.FromStream(new MemoryStream(bytes), options);
        var expected = whole.ReadRecords().ToList();
        using var chunks = MedlineChunkReader.FromStream(new MemoryStream(bytes), options, chunkLength);
        var actual = new List<MedlineRecord>();
        var reassembled = new StringBuilder();
        foreach (var chunk in chunks.ReadChunks())
        {
            using var reader = chunk.CreateReader();
            foreach (var record in reader.ReadRecords())
            {
                actual.Add(record);
                reassembled.Append(record.LeadingTrivia).Append(record.RawText);
            }

            reassembled.Append(reader.TrailingTrivia);
        }

        Read.Fields(actual).Should().Equal(Read.Fields(expected));
        actual.SelectMany(r => r.Diagnostics).Should().Equal(expected.SelectMany(r => r.Diagnostics));
        reassembled.ToString().Should().Be(string.Concat(expected.Select(r => r.LeadingTrivia + r.RawText)) + whole.TrailingTrivia);
    }

    private const string Mixed =
        "PMID- 1\nAB  - First paragraph.\n      \n      Second: Ærø, 日本語, 🧬.\n   \t\nPMID- 2\r\nTI  - Two\r\n\r\nPMID- 3\rTI  - Three\r\r" +
        "PMID- 4\nTI  - Four\nPMID- 5\nAU  - Šimůnek P\n\n\nPMID- 6\nTI  - Six é\n";

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(100)]
    public void UTF8_bytes_are_cut_like_the_text_whatever_the_line_ends_and_separators(int chunkLength) =>
        ShouldReadAlike(Encoding.UTF8.GetBytes(Mixed), chunkLength);

    [Theory]
    [InlineData("utf-8 mark")]
    [InlineData("two utf-8 marks")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    public void A_byte_order_mark_is_dropped_and_selects_the_encoding(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8 mark" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Mixed)],
            "two utf-8 marks" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Mixed)],
            "utf-16LE" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Mixed)],
            "utf-16BE" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Mixed)],
            "utf-32LE" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Mixed)],
            _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true) is var be ? [.. be.GetPreamble(), .. be.GetBytes(Mixed)] : Array.Empty<byte>(),
        };

        ReadWhole(bytes).Select(r => r.Pmid).Should().Equal("1", "2", "3", "4", "5", "6");
        ReadWhole(bytes)[0].Position.Should().Be(new SourcePosition(0, 1, 1));
        ShouldReadAlike(bytes, 1);
        ShouldReadAlike(bytes, 40);
    }

    [Fact]
    public void Invalid_UTF8_becomes_U_FFFD_at_the_same_positions_as_in_whole_reading()
    {
        var bytes = Encoding.UTF8.GetBytes(Mixed).ToList();
        bytes.InsertRange(20, new byte[] { 0xC3 }); // a lead byte without its continuation
        bytes.InsertRange(60, new byte[] { 0x80, 0xFF }); // a stray continuation and a byte that is never UTF-8
        bytes.Add(0xE6); // a sequence cut short by the end of the input

        ShouldReadAlike([.. bytes], 1);
        ShouldReadAlike([.. bytes], 30);
        ReadWhole([.. bytes]).SelectMany(r => r.Fields).Should().Contain(f => f.Value.Contains('\uFFFD'));
    }

    [Fact]
    public void A_record_longer_than_the_limit_is_handed_over_between_characters_not_inside_one()
    {
        // No record boundary within the limit: the chunk reader hands the bytes over at the limit, which falls
        // inside the 3- and 4-byte sequences of this value unless it backs off to the start of a character.
        var value = string.Concat(Enumerable.Repeat("日本語🧬", 4000));
        var bytes = Encoding.UTF8.GetBytes($"PMID- 1\nAB  - {value}\n\nPMID- 2\nTI  - Two\n");
        var options = new MedlineReaderOptions { MaxRecordLength = 1000 };
        using var chunks = MedlineChunkReader.FromStream(new MemoryStream(bytes), options, chunkLength: 10);
        var text = string.Concat(chunks.ReadChunks().Select(c => c.Text));

        text.Should().NotContain("\uFFFD").And.Be(Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x42 }, 2)]
    [InlineData(new byte[] { 0x41, 0xE6 }, 1)]
    [InlineData(new byte[] { 0x41, 0xE6, 0x97 }, 1)]
    [InlineData(new byte[] { 0x41, 0xE6, 0x97, 0xA5 }, 4)]
    [InlineData(new byte[] { 0x41, 0xF0, 0x9F, 0xA7 }, 1)]
    [InlineData(new byte[] { 0x41, 0xF0, 0x9F, 0xA7, 0xAC }, 5)]
    [InlineData(new byte[] { 0x41, 0xC3 }, 1)]
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80 }, 5)]
    [InlineData(new byte[] { 0xE6 }, 1)]
    public void A_cut_in_UTF8_backs_off_to_the_start_of_an_incomplete_character(byte[] bytes, int expected) =>
        MedlineChunkReader.CharacterStart(bytes).Should().Be(expected);
}
