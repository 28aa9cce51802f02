using System.IO.Compression;
using System.Text;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Reading;

/// <summary>
/// Issue 9 §5: gzip-compressed exports are read by every byte entry point, whatever their name; Latin-1 and
/// Windows-1252 exports are read with <see cref="MedlineReaderOptions.Encoding"/>, and without it the warning says how.
/// </summary>
public sealed class GzipAndEncodingTests : IDisposable
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "samples", "data", "pmid-32756149.txt"));

    // Three records, CRLF in one, a paragraph break and a non-ASCII name: enough for cuts at every chunk length.
    private static readonly string Text = Sample + "\nPMID- 2\r\nTI  - Second\r\nFAU - Müller, Jürgen\r\n\r\nPMID- 3\nAB  - One.\n      \n      Two.\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("medline-gzip-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

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

    private static async Task<List<MedlineRecord>> ReadAllAsync(MedlineReader reader)
    {
        var records = new List<MedlineRecord>();
        await foreach (var record in reader.ReadRecordsAsync())
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>Every way of reading bytes, each given a fresh stream of <paramref name="bytes"/> (not seekable, like a pipe).</summary>
    private static IEnumerable<(string How, List<MedlineRecord> Records)> ReadEveryWay(byte[] bytes, string path, MedlineReaderOptions options)
    {
        File.WriteAllBytes(path, bytes);
        using (var reader = MedlineReader.FromFile(path, options))
        {
            yield return ("FromFile", [.. reader.ReadRecords()]);
        }

        using (var reader = MedlineReader.FromStream(new PipeStream(bytes), options))
        {
            yield return ("FromStream", [.. reader.ReadRecords()]);
        }

        using (var reader = MedlineReader.FromStream(new PipeStream(bytes), options))
        {
            yield return ("FromStream async", ReadAllAsync(reader).GetAwaiter().GetResult());
        }

        foreach (var length in new[] { 1, 100, MedlineChunkReader.DefaultStreamChunkLength })
        {
            using (var chunks = MedlineChunkReader.FromFile(path, options, length))
            {
                yield return ($"chunk reader, file, {length}", ReadChunked(chunks));
            }

            using (var chunks = MedlineChunkReader.FromStream(new PipeStream(bytes), options, length))
            {
                yield return ($"chunk reader, stream, {length}", ReadChunked(chunks));
            }
        }
    }

    private static void ShouldReadAs(IEnumerable<(string How, List<MedlineRecord> Records)> readings, string text, MedlineReaderOptions options)
    {
        var expected = Read.All(text, options);
        expected.Should().HaveCount(3);
        foreach (var (how, records) in readings)
        {
            Fields(records).Should().Equal(Fields(expected), how);
            records.SelectMany(r => r.Diagnostics).Should().Equal(expected.SelectMany(r => r.Diagnostics), how);
            string.Concat(records.Select(r => r.RawText)).Should().Be(string.Concat(expected.Select(r => r.RawText)), how);
        }
    }

    [Fact]
    public void A_gzip_export_reads_as_its_text_through_every_file_and_stream_entry_point()
    {
        var options = new MedlineReaderOptions { SourceName = "x" };
        ShouldReadAs(ReadEveryWay(Gzip(Encoding.UTF8.GetBytes(Text)), Path.Combine(_dir, "export.nbib.gz"), options), Text, options);
    }

    [Fact]
    public void A_gzip_export_is_known_by_its_magic_bytes_whatever_its_name()
    {
        var options = new MedlineReaderOptions { SourceName = "x" };
        ShouldReadAs(ReadEveryWay(Gzip(Encoding.UTF8.GetBytes(Text)), Path.Combine(_dir, "export.txt"), options), Text, options);
    }

    [Fact]
    public void Two_gzip_members_one_after_the_other_read_as_one_text()
    {
        var half = Text.IndexOf("PMID- 2", StringComparison.Ordinal);
        var bytes = Gzip(Encoding.UTF8.GetBytes(Text[..half])).Concat(Gzip(Encoding.UTF8.GetBytes(Text[half..]))).ToArray();
        var options = new MedlineReaderOptions { SourceName = "x" };
        ShouldReadAs(ReadEveryWay(bytes, Path.Combine(_dir, "cat.gz"), options), Text, options);
    }

    [Fact]
    public void Damaged_gzip_data_is_an_IOException_that_says_so_not_a_crash()
    {
        var gzip = Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Text, 50))));
        byte[] bytes = [.. gzip[..10], .. Enumerable.Repeat((byte)0xFF, gzip.Length - 10)];

        var read = () => MedlineReader.FromStream(new MemoryStream(bytes)).ReadRecords().ToList();
        var chunked = () => ReadChunked(MedlineChunkReader.FromStream(new MemoryStream(bytes)));

        read.Should().Throw<IOException>().WithMessage("the gzip-compressed data is damaged (*");
        chunked.Should().Throw<IOException>().WithMessage("the gzip-compressed data is damaged (*");
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x1F })]
    [InlineData(new byte[] { 0x1F, (byte)'\n', (byte)'P' })]
    public void An_input_shorter_than_the_gzip_magic_or_starting_with_half_of_it_is_read_as_text(byte[] bytes)
    {
        using var reader = MedlineReader.FromStream(new PipeStream(bytes));
        var records = reader.ReadRecords().ToList();
        Read.Reassemble(records, reader.TrailingTrivia).Should().Be(Encoding.UTF8.GetString(bytes));
        using var chunks = MedlineChunkReader.FromStream(new PipeStream(bytes));
        string.Concat(chunks.ReadChunks().Select(c => c.Text)).Should().Be(Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Latin1_and_Windows_1252_exports_read_with_the_Encoding_option_keep_their_letters_and_have_no_MED1012()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var text = Text.Replace("Second", "“Second” – naïve", StringComparison.Ordinal);
        foreach (var encoding in new[] { Encoding.Latin1, windows1252 })
        {
            // What the encoding can hold of the text (the sample's few letters beyond it become '?').
            var expectedText = encoding.GetString(encoding.GetBytes(encoding == windows1252 ? text : Text));
            expectedText.Should().Contain("Müller, Jürgen");
            var options = new MedlineReaderOptions { SourceName = "x", Encoding = encoding };
            var bytes = encoding.GetBytes(expectedText);
            ShouldReadAs(ReadEveryWay(bytes, Path.Combine(_dir, "latin.txt"), options), expectedText, options);
            ShouldReadAs(ReadEveryWay(Gzip(bytes), Path.Combine(_dir, "latin.txt.gz"), options), expectedText, options);

            using var reader = MedlineReader.FromStream(new MemoryStream(bytes), options);
            var records = reader.ReadRecords().ToList();
            records[1].GetAll(MedlineTag.Fau).Should().Equal("Müller, Jürgen");
            records.SelectMany(r => r.Diagnostics).Should().NotContain(d => d.Code == DiagnosticCodes.ReplacementCharacter);
        }
    }

    [Fact]
    public void A_Latin1_export_read_as_UTF_8_warns_MED1012_and_says_how_to_read_it()
    {
        var bytes = Encoding.Latin1.GetBytes("PMID- 1\nFAU - Müller, H\n");

        using var reader = MedlineReader.FromStream(new MemoryStream(bytes), new MedlineReaderOptions { SourceName = "x.nbib" });
        var diagnostic = reader.ReadRecords().Single().Diagnostics.Should().ContainSingle().Subject;

        diagnostic.ToString().Should().Be(
            "x.nbib(2,8): warning MED1012: U+FFFD replacement character: bytes here were not valid UTF-8 or the text was " +
            "damaged before; it is kept as it is. If the file is Latin-1 or Windows-1252, use --encoding windows-1252 " +
            "(MedlineReaderOptions.Encoding)");
    }

    [Fact]
    public void A_UTF_8_byte_order_mark_overrides_the_Encoding_option()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("PMID- 1\nFAU - Müller, H\n")).ToArray();
        var options = new MedlineReaderOptions { Encoding = Encoding.Latin1 };

        using var reader = MedlineReader.FromStream(new MemoryStream(bytes), options);
        reader.ReadRecords().Single().GetFirst(MedlineTag.Fau).Should().Be("Müller, H");
        using var chunks = MedlineChunkReader.FromStream(new MemoryStream(bytes), options, chunkLength: 1);
        ReadChunked(chunks).Single().GetFirst(MedlineTag.Fau).Should().Be("Müller, H");
    }

    [Fact]
    public void A_multi_byte_encoding_other_than_UTF_8_is_decoded_before_the_chunk_reader_cuts_it()
    {
        // UTF-16 without a byte order mark: its bytes hold NULs beside every ASCII letter, so they cannot be cut as bytes.
        var options = new MedlineReaderOptions { SourceName = "x", Encoding = Encoding.Unicode };
        var bytes = Encoding.Unicode.GetBytes(Text);

        foreach (var length in new[] { 1, 100, MedlineChunkReader.DefaultStreamChunkLength })
        {
            using var chunks = MedlineChunkReader.FromStream(new PipeStream(bytes), options, length);
            Fields(ReadChunked(chunks)).Should().Equal(Fields(Read.All(Text, options)));
        }
    }

    /// <summary>A stream that is not seekable and hands out at most 7 bytes a read, like a slow pipe.</summary>
    private sealed class PipeStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(Math.Min(buffer.Length, 7), bytes.Length - _position);
            bytes.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
