using System.Text;
using Medline.Parser.Tokenizing;

namespace Medline.Parser.Tests.Reading;

/// <summary>
/// Chunks of a UTF-8 stream give their buffers back when disposed, and the chunks after them use those buffers: what
/// was read from a disposed chunk stays right, and what can no longer be read says so.
/// </summary>
public class ChunkDisposalTests
{
    private const string Input = "PMID- 1\nTI  - Première\nAB  - One\n      wrapped.\n\nPMID- 2\nTI  - Second 日本\n\nPMID- 3\nTI  - Third\n\n";

    private static MedlineChunkReader Chunks(string text = Input) =>
        MedlineChunkReader.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), chunkLength: 1);

    private static List<MedlineRecord> ReadAll(MedlineChunk chunk)
    {
        using var reader = chunk.CreateReader();
        return reader.ReadRecords().ToList();
    }

    [Fact]
    public void Values_of_a_disposed_chunk_stay_right_when_the_next_chunks_reuse_its_buffers()
    {
        using var whole = MedlineReader.FromText(Input);
        var expected = whole.ReadRecords().Select(r => (r.Pmid, r.GetFirst(MedlineTag.Ti), r.Fields.Length, r.Position)).ToList();
        using var chunks = Chunks();
        var records = new List<MedlineRecord>();
        var rawTexts = new List<string>();

        foreach (var chunk in chunks.ReadChunks())
        {
            using (chunk)
            {
                var read = ReadAll(chunk);
                records.AddRange(read);
                rawTexts.AddRange(read.Select(r => r.RawText));
            }
        }

        records.Select(r => (r.Pmid, r.GetFirst(MedlineTag.Ti), r.Fields.Length, r.Position)).Should().Equal(expected);
        records[0].GetFirst(MedlineTag.Ab).Should().Be("One wrapped.");
        string.Concat(rawTexts).Should().Be("PMID- 1\nTI  - Première\nAB  - One\n      wrapped.\nPMID- 2\nTI  - Second 日本\nPMID- 3\nTI  - Third\n");
    }

    [Fact]
    public void Raw_text_of_a_record_whose_chunk_was_disposed_throws_instead_of_showing_a_later_chunk()
    {
        // The bug this guards against: a pooled buffer handed to the next chunk while a record of the first still
        // pointed into it, so its raw text silently read the next record's text.
        using var chunks = Chunks();
        chunks.TryRead(out var first).Should().BeTrue();
        var record = ReadAll(first!).Single();
        var field = record.Fields[1];
        first!.Dispose();
        chunks.TryRead(out var second).Should().BeTrue();
        ReadAll(second!).Single().Pmid.Should().Be("2");

        var rawText = () => record.RawText;
        rawText.Should().Throw<ObjectDisposedException>().WithMessage("*disposed: read its raw text before disposing the chunk*");
        var fieldRaw = () => field.RawText.Span.Length;
        fieldRaw.Should().Throw<ObjectDisposedException>();
        field.Value.Should().Be("Première");
    }

    [Fact]
    public void A_disposed_chunk_cannot_be_read_again_and_may_be_disposed_twice()
    {
        using var chunks = Chunks();
        chunks.TryRead(out var chunk).Should().BeTrue();
        chunk!.Dispose();
        chunk.Dispose();

        chunk.Invoking(c => c.CreateReader()).Should().Throw<ObjectDisposedException>();
        chunk.Invoking(c => c.Text).Should().Throw<ObjectDisposedException>();
        chunk.Length.Should().Be("PMID- 1\nTI  - Première\nAB  - One\n      wrapped.\n\n".Length, "the length is known without the text");
    }

    [Fact]
    public void Text_made_before_disposal_stays_and_so_does_raw_text_read_over_it()
    {
        using var chunks = Chunks();
        chunks.TryRead(out var chunk).Should().BeTrue();
        var text = chunk!.Text;
        var record = ReadAll(chunk).Single();
        chunk.Dispose();

        chunk.Text.Should().BeSameAs(text);
        record.RawText.Should().Be("PMID- 1\nTI  - Première\nAB  - One\n      wrapped.\n");
    }

    [Fact]
    public void Two_readers_of_one_chunk_read_the_same_records()
    {
        using var chunks = Chunks();
        chunks.TryRead(out var chunk).Should().BeTrue();
        using (chunk)
        {
            ReadAll(chunk!).Select(r => r.RawText).Should().Equal(ReadAll(chunk!).Select(r => r.RawText));
        }
    }

    [Fact]
    public void Chunks_read_from_a_text_reader_keep_their_text_after_disposal()
    {
        using var chunks = MedlineChunkReader.FromReader(new StringReader(Input), chunkLength: 1);
        chunks.TryRead(out var chunk).Should().BeTrue();
        var record = ReadAll(chunk!).Single();
        chunk!.Dispose();

        record.RawText.Should().StartWith("PMID- 1\n");
        chunk.Text.Should().StartWith("PMID- 1\n");
        chunk.Invoking(c => c.CreateReader()).Should().Throw<ObjectDisposedException>("a disposed chunk is not read again, whatever its source");
    }

    [Fact]
    public void A_stream_is_cut_into_chunks_of_64_KiB_by_default_and_a_text_reader_into_16_Ki_characters()
    {
        var record = "PMID- 1\nTI  - " + new string('t', 1000) + "\n\n";
        var text = string.Concat(Enumerable.Repeat(record, 400)); // ~400 KB
        using var stream = MedlineChunkReader.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        using var reader = MedlineChunkReader.FromReader(new StringReader(text));

        var streamChunks = stream.ReadChunks().Select(c => { using (c) { return c.Length; } }).ToList();
        var readerChunks = reader.ReadChunks().Select(c => c.Length).ToList();

        // Every chunk but the last ends at the first record start after the length.
        streamChunks.SkipLast(1).Should().OnlyContain(n => n >= MedlineChunkReader.DefaultStreamChunkLength && n < MedlineChunkReader.DefaultStreamChunkLength + record.Length);
        readerChunks.SkipLast(1).Should().OnlyContain(n => n >= MedlineChunkReader.DefaultChunkLength && n < MedlineChunkReader.DefaultChunkLength + record.Length);
        streamChunks.Should().HaveCountGreaterThan(4);
        streamChunks.Sum().Should().Be(text.Length);
        readerChunks.Sum().Should().Be(text.Length);
    }

    [Fact]
    public void The_buffer_pool_reuses_returned_arrays_keeps_at_most_its_capacity_and_drops_long_ones()
    {
        var pool = new BufferPool(minimumLength: 100);
        var first = pool.Rent(10);
        first.Length.Should().Be(100);
        pool.Return(first);
        pool.Rent(50).Should().BeSameAs(first);

        var held = Enumerable.Range(0, BufferPool.Capacity + 5).Select(_ => pool.Rent(100)).ToList();
        held.Distinct().Should().HaveCount(BufferPool.Capacity + 5);
        held.ForEach(pool.Return);
        var again = Enumerable.Range(0, BufferPool.Capacity + 5).Select(_ => pool.Rent(100)).ToList();
        again.Count(held.Contains).Should().Be(BufferPool.Capacity);

        var longOne = pool.Rent(1000);
        longOne.Length.Should().Be(1000);
        pool.Return(longOne);
        pool.Rent(1000).Should().NotBeSameAs(longOne, "a chunk of a huge record does not keep its buffer");
    }

    [Fact]
    public void A_pooled_array_too_short_for_a_longer_chunk_is_replaced()
    {
        var pool = new BufferPool(minimumLength: 100);
        var small = pool.Rent(100);
        pool.Return(small);

        var large = pool.Rent(300);
        large.Length.Should().Be(300);
        large.Should().NotBeSameAs(small);
    }
}
