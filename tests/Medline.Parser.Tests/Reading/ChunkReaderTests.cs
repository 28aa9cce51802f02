using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Reading;

/// <summary>Cutting an input into chunks of whole records changes nothing a reader of the chunks sees.</summary>
public class ChunkReaderTests
{
    public static TheoryData<string> Files() => SharedData.CorpusTheoryData();

    private static List<(string Tag, string Value, SourcePosition Position)> Fields(IEnumerable<MedlineRecord> records) =>
        [.. records.SelectMany(r => r.Fields).Select(f => (f.Tag, f.Value, f.Position))];

    private static List<MedlineRecord> ReadChunked(MedlineChunkReader chunks)
    {
        var records = new List<MedlineRecord>();
        foreach (var chunk in chunks.ReadChunks())
        {
            using var reader = chunk.CreateReader();
            records.AddRange(reader.ReadRecords());
        }

        return records;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Chunks_of_every_corpus_file_read_to_the_same_fields_positions_and_diagnostics(string file)
    {
        if (SharedData.CorpusPath(file) is not { } path)
        {
            return;
        }

        using var whole = MedlineReader.FromFile(path);
        var expected = whole.ReadRecords().ToList();
        foreach (var length in new[] { 1, 700, MedlineChunkReader.DefaultChunkLength })
        {
            using var chunks = MedlineChunkReader.FromFile(path, chunkLength: length);
            var actual = ReadChunked(chunks);

            actual.Should().HaveSameCount(expected, $"chunks of {length} chars");
            Fields(actual).Should().Equal(Fields(expected));
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
        Fields(actual).Should().Equal(Fields(expected));
        actual.SelectMany(r => r.Diagnostics).Should().Equal(expected.SelectMany(r => r.Diagnostics));
        expected.SelectMany(r => r.Diagnostics).Should().HaveCount(49).And.OnlyContain(d => d.Code == DiagnosticCodes.MissingRecordSeparator);
    }
}
