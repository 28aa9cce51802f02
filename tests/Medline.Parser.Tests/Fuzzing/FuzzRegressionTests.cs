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
}
