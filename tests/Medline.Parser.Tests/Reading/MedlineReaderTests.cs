using System.Text;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Reading;

public class MedlineReaderTests
{
    private const string Sample = "\nPMID- 1\nOWN - NLM\nAU  - Liang B\nAU  - Chen J\nMH  - Aged\nMH  - Coronavirus Infections/drug\n      therapy/*therapy\n\n\nPMID- 2\r\nTI  - Two\r\n";

    [Fact]
    public void Lookup_of_first_and_all_values_by_known_tag_and_by_text()
    {
        var record = Read.All(Sample)[0];

        record.GetFirst(MedlineTag.Au).Should().Be("Liang B");
        record.GetFirst("AU").Should().Be("Liang B");
        record.GetAll(MedlineTag.Mh).Should().Equal("Aged", "Coronavirus Infections/drug therapy/*therapy");
        record.GetAll("AU").Should().Equal("Liang B", "Chen J");
        record.GetFirst(MedlineTag.Ti).Should().BeNull();
        record.TryGetField(MedlineTag.Own, out var own).Should().BeTrue();
        own.Position.Line.Should().Be(3);
        record.Index.Should().Be(0);
    }

    [Fact]
    public void Records_reassemble_to_the_input_exactly()
    {
        using var reader = MedlineReader.FromText(Sample);
        var records = reader.ReadRecords().ToList();

        Read.Reassemble(records, reader.TrailingTrivia).Should().Be(Sample);
        records[1].Index.Should().Be(1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public void A_reader_that_returns_few_chars_per_call_gives_the_same_records(int chunk)
    {
        var expected = Read.All(Sample);
        using var reader = MedlineReader.FromReader(new ChunkedReader(Sample, () => chunk));

        reader.ReadRecords().Should().BeEquivalentTo(expected, o => o.WithStrictOrdering().ComparingByMembers<MedlineRecord>());
    }

    [Fact]
    public void Random_chunk_sizes_split_lines_and_crlf_pairs_anywhere()
    {
        var text = string.Concat(Enumerable.Repeat(Sample.Replace("\n", "\r\n", StringComparison.Ordinal), 50));
        var expected = Read.All(text).Select(Read.Pairs).ToList();
        var random = new Random(20261123);
        for (var run = 0; run < 20; run++)
        {
            using var reader = MedlineReader.FromReader(new ChunkedReader(text, () => random.Next(1, 40)));
            reader.ReadRecords().Select(Read.Pairs).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        }
    }

    [Fact]
    public async Task Async_reading_gives_the_same_records_as_sync_reading()
    {
        using var syncReader = MedlineReader.FromText(Sample);
        var expected = syncReader.ReadRecords().ToList();

        await using var asyncReader = MedlineReader.FromReader(new ChunkedReader(Sample, () => 3));
        var actual = new List<MedlineRecord>();
        await foreach (var record in asyncReader.ReadRecordsAsync())
        {
            actual.Add(record);
        }

        actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering().ComparingByMembers<MedlineRecord>());
    }

    [Fact]
    public async Task Async_reading_observes_cancellation()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await using var reader = MedlineReader.FromText(Sample);

        var act = async () => await reader.ReadAsync(cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Files_and_streams_read_like_strings_and_name_their_source()
    {
        var path = Path.Combine(Path.GetTempPath(), $"medline-{Guid.NewGuid():N}.nbib");
        File.WriteAllText(path, Sample, new UTF8Encoding(false));
        try
        {
            using var fromFile = MedlineReader.FromFile(path);
            var records = fromFile.ReadRecords().ToList();
            records.Select(Read.Pairs).Should().BeEquivalentTo(Read.All(Sample).Select(Read.Pairs), o => o.WithStrictOrdering());
            records[0].Source.Should().Be(path);

            using var stream = File.OpenRead(path);
            using var fromStream = MedlineReader.FromStream(stream, leaveOpen: true);
            fromStream.ReadRecords().Count().Should().Be(2);
            stream.CanRead.Should().BeTrue("leaveOpen keeps the caller's stream open");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Empty_and_whitespace_only_inputs_have_no_records()
    {
        Read.All(string.Empty).Should().BeEmpty();
        using var reader = MedlineReader.FromText("\n  \r\n");
        reader.ReadRecords().Should().BeEmpty();
        reader.TrailingTrivia.Should().Be("\n  \r\n");
    }

    [Fact]
    public void A_missing_file_throws_FileNotFoundException()
    {
        var act = () => MedlineReader.FromFile(Path.Combine(Path.GetTempPath(), "no-such-medline-file.nbib"));

        act.Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void Reading_after_dispose_throws()
    {
        var reader = MedlineReader.FromText(Sample);
        reader.Dispose();

        var act = () => reader.TryRead(out _);

        act.Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void Pooled_and_unpooled_reading_give_equal_values()
    {
        var pooled = Read.All(Sample);
        var unpooled = Read.All(Sample, new MedlineReaderOptions { PoolStrings = false });

        unpooled.Select(Read.Pairs).Should().BeEquivalentTo(pooled.Select(Read.Pairs), o => o.WithStrictOrdering());
    }
}
