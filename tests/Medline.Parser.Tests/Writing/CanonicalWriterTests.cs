using Medline.Parser.Model;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Writing;

/// <summary>Citations in PubMed's canonical layout: the seed golden file, wrapping, order, grouping, values from parts.</summary>
public class CanonicalWriterTests
{
    // The seed record was saved from PubMed wrapped at 82 columns (every one of its wrapped lines is as long as the
    // next word allows at 82, and as short as it must be); most exports wrap at 87 (MedlineWriterOptions.PubMedLineWidth).
    private static readonly MedlineWriterOptions s_seedLayout = new() { LineWidth = 82 };

    [Fact]
    public void The_seed_citation_written_canonically_is_byte_identical_to_the_seed_file()
    {
        var expected = File.ReadAllText(SharedData.SeedPath);

        var written = MedlineWriter.ToText([SharedData.SeedCitation()], s_seedLayout);

        written.Should().Be(expected);
    }
}
