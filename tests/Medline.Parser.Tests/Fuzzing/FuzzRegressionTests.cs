using System.Text;
using Medline.Parser.Fuzzing;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Fuzzing;

/// <summary>Inputs that broke (or pin) an invariant of the fuzzer (docs/fuzzing.md), minimised, each named after what it checks.</summary>
public class FuzzRegressionTests
{
    [Fact]
    public void Cut_record_MED1009_is_positioned_at_the_line_and_column_of_its_offset()
    {
        var text = "PMID- 1\nTI  - " + new string('x', 100) + "\n";

        var records = Read.All(text, new MedlineReaderOptions { MaxRecordLength = 64 });

        records.SelectMany(r => r.Diagnostics).Single(d => d.Code == DiagnosticCodes.RecordTooLong).Position.Should().Be(new SourcePosition(64, 2, 57));
        MedlineInvariants.Check(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Control_character_inside_a_tag_lines_value_is_an_error_on_its_line()
    {
        var text = "PMID- 1\nTI  - a\u0001b\n";

        var record = Read.Single(text);

        record.Diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Error && d.Position.Line == 2);
        MedlineInvariants.Check(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Invalid_UTF8_in_a_value_is_reported_as_MED1012_at_its_replacement_character()
    {
        byte[] input = [.. "PMID- 1\nTI  - caf"u8, 0xE9, .. "\n"u8];

        using var reader = MedlineReader.FromStream(new MemoryStream(input));
        var record = reader.ReadRecords().Single();

        record.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.ReplacementCharacter).Which.Position.Should().Be(new SourcePosition(17, 2, 10));
        MedlineInvariants.Check(input);
    }

    [Fact]
    public void Record_cut_between_CR_and_LF_reports_MED1009_on_the_line_of_its_offset()
    {
        var text = "PMID- 1\r\nTI  - " + new string('x', 48) + "\r\n";

        var cut = Read.All(text, new MedlineReaderOptions { MaxRecordLength = 64 }).SelectMany(r => r.Diagnostics).Single(d => d.Code == DiagnosticCodes.RecordTooLong);

        // Offset 64 is the LF of line 2's CRLF, (2,56); 65 is the end of the text, (3,1): either, but on its own line.
        cut.Position.Should().BeOneOf(new SourcePosition(64, 2, 56), new SourcePosition(65, 3, 1));
        MedlineInvariants.Check(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Chunk_handed_over_inside_an_overlong_line_starts_at_its_real_column()
    {
        var text = new string('x', 5000);
        var options = new MedlineReaderOptions { MaxRecordLength = 64 };

        using var chunks = MedlineChunkReader.FromReader(new StringReader(text), options, chunkLength: 7);
        var starts = new List<SourcePosition>();
        var records = new List<MedlineRecord>();
        foreach (var chunk in chunks.ReadChunks())
        {
            using (chunk)
            {
                starts.Add(chunk.Start);
                using var reader = chunk.CreateReader();
                records.AddRange(reader.ReadRecords());
            }
        }

        starts.Should().OnlyContain(s => s.Column == s.Offset + 1, "the text is one line");
        records.Should().OnlyContain(r => r.Position.Column == r.Position.Offset + 1);
    }

    [Theory]
    [InlineData("DP  - \uFF12\uFF10\uFF12\uFF10")] // full-width digits
    [InlineData("LR  - \u07C10180724")]
    [InlineData("EDAT- \u0661018/07/24 06:00")]
    [InlineData("PHST- 2018/07/2\u0664 06:00 [entrez]")]
    public void Date_with_non_ASCII_digits_is_kept_with_a_diagnostic_not_a_FormatException(string line)
    {
        var text = "PMID- 1\n" + line + "\n";

        var citation = MedlineCitation.FromRecord(Read.Single(text));

        citation.Diagnostics.Should().Contain(d => d.Position.Line == 2);
        MedlineInvariants.Check(Encoding.UTF8.GetBytes(text));
    }
}
