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
    public void An_input_without_blank_lines_is_one_chunk_and_an_empty_input_none()
    {
        using var none = MedlineChunkReader.FromReader(new StringReader(string.Empty));
        none.ReadChunks().Should().BeEmpty();

        using var one = MedlineChunkReader.FromReader(new StringReader("PMID- 1\nTI  - a\nPMID- 2\nTI  - b\n"), chunkLength: 1);
        var chunk = one.ReadChunks().Single();
        using var reader = chunk.CreateReader();
        reader.ReadRecords().Select(r => r.Pmid).Should().Equal("1", "2");
    }
}
