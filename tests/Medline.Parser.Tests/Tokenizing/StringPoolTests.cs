using Medline.Parser.Tests.TestSupport;
using Medline.Parser.Tokenizing;

namespace Medline.Parser.Tests.Tokenizing;

public class StringPoolTests
{
    [Fact]
    public void A_repeat_returns_the_same_instance()
    {
        var pool = new StringPool();

        var first = pool.Get("Journal Article");
        var again = pool.Get("Journal Article".AsSpan());

        again.Should().BeSameAs(first);
    }

    [Fact]
    public void A_collision_overwrites_the_slot_so_later_repeats_still_hit()
    {
        var (a, b) = CollidingPair();
        var pool = new StringPool();

        var a1 = pool.Get(a);
        var b1 = pool.Get(b);
        var b2 = pool.Get(b);
        var a2 = pool.Get(a);
        var a3 = pool.Get(a);

        b2.Should().BeSameAs(b1, "the slot now holds b");
        a2.Should().Be(a).And.NotBeSameAs(a1, "b took a's slot: a is made again, never confused with b");
        a3.Should().BeSameAs(a2, "a is back in its slot");
    }

    [Fact]
    public void Empty_and_long_values_are_not_pooled()
    {
        var pool = new StringPool();
        var longValue = new string('x', StringPool.MaxLength + 1);

        pool.Get([]).Should().BeSameAs(string.Empty);
        pool.Get(longValue).Should().NotBeSameAs(pool.Get(longValue));
    }

    [Fact]
    public void Slots_spread_short_and_similar_values()
    {
        string[] values = ["eng", "ger", "fre", "Journal Article", "Review", "English Abstract", "United States", "England", "IM", "NLM", "MEDLINE", "ppublish", "aheadofprint", "a", "ab"];
        var slots = values.Select(v => StringPool.Slot(v)).ToList();

        slots.Should().OnlyContain(s => s >= 0 && s < StringPool.Size);
        slots.Distinct().Count().Should().BeGreaterThan(values.Length - 2);
    }

    [Fact]
    public void The_reader_shares_pooled_values_across_records_only_when_pooling_is_on()
    {
        const string text = "PMID- 1\nLA  - eng\nPT  - Journal Article\nTI  - One\n\nPMID- 2\nLA  - eng\nPT  - Journal Article\nTI  - One\n";

        var pooled = Read.All(text);
        var unpooled = Read.All(text, new MedlineReaderOptions { PoolStrings = false });

        pooled[1].GetFirst(MedlineTag.Pt).Should().BeSameAs(pooled[0].GetFirst(MedlineTag.Pt));
        pooled[1].GetFirst(MedlineTag.La).Should().BeSameAs(pooled[0].GetFirst(MedlineTag.La));
        pooled[1].GetFirst(MedlineTag.Ti).Should().NotBeSameAs(pooled[0].GetFirst(MedlineTag.Ti), "TI is not a pooled tag");
        unpooled[1].GetFirst(MedlineTag.Pt).Should().Be("Journal Article").And.NotBeSameAs(unpooled[0].GetFirst(MedlineTag.Pt));
    }

    [Fact]
    public void Readers_of_chunks_pool_in_their_own_threads_pool_not_in_one_pool_written_by_every_core()
    {
        // Measured: one pool per input, shared by the pipeline's workers, had its slots (and the GC's card table for
        // them) written by both cores on every miss; each thread now pools in its own.
        var bytes = System.Text.Encoding.UTF8.GetBytes("PMID- 1\nPT  - Journal Article\n\nPMID- 2\nPT  - Journal Article\n\n");
        using var chunks = MedlineChunkReader.FromStream(new MemoryStream(bytes), chunkLength: 1);
        var list = chunks.ReadChunks().ToList();
        list.Should().HaveCount(2);

        static string Type(MedlineChunk chunk)
        {
            using var reader = chunk.CreateReader();
            return reader.ReadRecords().Single().GetFirst(MedlineTag.Pt)!;
        }

        var here = Type(list[0]);
        Type(list[1]).Should().BeSameAs(here, "one thread pools across chunks");
        string? there = null;
        var thread = new Thread(() => there = Type(list[1]));
        thread.Start();
        thread.Join();
        there.Should().Be("Journal Article").And.NotBeSameAs(here, "another thread has a pool of its own");
    }

    private static (string A, string B) CollidingPair()
    {
        var seen = new Dictionary<int, string>();
        for (var i = 0; ; i++)
        {
            var value = "value " + i;
            var slot = StringPool.Slot(value);
            if (seen.TryGetValue(slot, out var other))
            {
                return (other, value);
            }

            seen[slot] = value;
        }
    }
}
