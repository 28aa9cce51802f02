using System.Text;
using Medline.Parser.Fuzzing;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Fuzzing;

/// <summary>Inputs that broke, or pin, an invariant of the fuzzer (docs/fuzzing.md), minimised, each named after what it checks.</summary>
public class FuzzRegressionTests
{
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
