using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Medline.Parser.Tests.Reading;

/// <summary>
/// Generated UTF-8 inputs, cut into chunks of any length, read to what one reader over the whole input reads: the same
/// fields, values, positions and diagnostics, whatever the line ends, separators, lost blank lines, multi-byte
/// characters and invalid bytes, with each chunk disposed (its buffers reused) before the next. (Records longer than <see cref="MedlineReaderOptions.MaxRecordLength"/> are cut where
/// the text in hand ends, which differs between the two: docs/format.md.)
/// </summary>
public class ChunkPropertyTests
{
    private static readonly string[] s_lines =
    [
        "PMID- 1", "PMID- 22", "TI  - A title", "AB  - Étude 日本語 🧬 ±", "      wrapped line", "      ", "", "   \t", "\tTab indent",
        "AU  - Müller K", "PMID-123", "ISSN - 1234-5678", "XX  - unknown tag", "bad line", "MH  - *Humans",
    ];

    private static readonly byte[][] s_invalid = [[0xE9], [0xC3], [0xF0, 0x9F], [0x80], [0xEF, 0xBF, 0xBD]];

    public sealed record Doc(IReadOnlyList<int> Lines, IReadOnlyList<int> Invalid, string Newline, int ChunkLength);

    private static Gen<Doc> DocGen() =>
        from lines in Gen.Choose(0, s_lines.Length - 1).ListOf().Where(l => l.Count < 60)
        from invalid in Gen.Choose(-8, s_invalid.Length - 1).ListOf(lines.Count)
        from newline in Gen.Elements("\n", "\r\n", "\r")
        from chunk in Gen.Elements(1, 5, 40, 300)
        select new Doc([.. lines], [.. invalid], newline, chunk);

    private static byte[] Render(Doc doc)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < doc.Lines.Count; i++)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(s_lines[doc.Lines[i]]));
            if (doc.Invalid[i] >= 0)
            {
                bytes.AddRange(s_invalid[doc.Invalid[i]]);
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(doc.Newline));
        }

        return [.. bytes];
    }

    private static List<string> Describe(IEnumerable<MedlineRecord> records) =>
        [.. records.SelectMany(r => r.Fields.Select(f => $"{f.Tag}|{f.Value}|{f.Position}|{f.Kind}")
            .Concat(r.Diagnostics.Select(d => d.ToString())))];

    [Property(MaxTest = 400)]
    public Property Chunks_of_generated_UTF8_read_like_the_whole_input() =>
        Prop.ForAll(DocGen().ToArbitrary(), doc =>
        {
            var bytes = Render(doc);
            var options = MedlineReaderOptions.Default;
            using var whole = MedlineReader.FromStream(new MemoryStream(bytes), options);
            var expectedRecords = whole.ReadRecords().ToList();

            using var chunks = MedlineChunkReader.FromStream(new MemoryStream(bytes), options, doc.ChunkLength);
            var records = new List<MedlineRecord>();
            var rawText = new StringBuilder();
            foreach (var chunk in chunks.ReadChunks())
            {
                // Half the chunks make their text first (a string), half are read from the reused decoding buffer,
                // each disposed before the next is read, as the CLI does.
                using (chunk)
                {
                    if (chunk.Index % 2 == 0)
                    {
                        chunk.Length.Should().Be(chunk.Text.Length);
                    }

                    using var reader = chunk.CreateReader();
                    foreach (var record in reader.ReadRecords())
                    {
                        records.Add(record);
                        rawText.Append(record.RawText).Append('|');
                    }
                }
            }

            var expectedRaw = string.Concat(expectedRecords.Select(r => r.RawText + "|"));
            return Describe(records).SequenceEqual(Describe(expectedRecords)) && rawText.ToString() == expectedRaw;
        });
}
