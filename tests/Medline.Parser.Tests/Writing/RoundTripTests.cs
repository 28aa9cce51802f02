using Medline.Parser.Serialization;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Writing;

/// <summary>
/// Round trips over every citation of the corpus: written canonically and read back, a citation equals the original
/// (value equality: provenance such as line numbers and diagnostics aside; the JSON of both in the failure message),
/// and writing what was read back gives the same text. docs/writing.md lists what cannot round-trip: nothing in the corpus.
/// </summary>
public class RoundTripTests
{
    public static TheoryData<string, int> Layouts() => new()
    {
        { "\n", MedlineWriterOptions.PubMedLineWidth },
        { "\r\n", 40 },
        { "\n", int.MaxValue },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_corpus_citation_written_and_read_back_equals_the_original(string newLine, int width)
    {
        var options = new MedlineWriterOptions { NewLine = newLine, LineWidth = width };
        var failures = new List<string>();
        var total = 0;
        foreach (var (file, citation) in CorpusCitations())
        {
            total++;
            var text = MedlineWriter.ToText([citation], options);
            var back = Read.All(text);
            var again = back.Count == 1 ? MedlineCitation.FromRecord(back[0]) : null;
            if (again is null || again != citation)
            {
                failures.Add($"{file} PMID {citation.Pmid}:\n{Json(citation)}\n{(again is null ? $"{back.Count} records" : Json(again))}\n{text}");
            }
        }

        total.Should().Be(2786);
        failures.Should().BeEmpty($"{failures.Count} of {total} citations differ:\n{string.Join("\n----\n", failures)}");
    }

    [Fact]
    public void Writing_what_was_written_and_read_back_gives_the_same_bytes_for_every_corpus_citation()
    {
        var failures = new List<string>();
        foreach (var (file, citation) in CorpusCitations())
        {
            var first = MedlineWriter.ToText([citation]);
            var again = MedlineWriter.ToText(Read.All(first).Select(MedlineCitation.FromRecord));
            if (first != again)
            {
                failures.Add($"{file} PMID {citation.Pmid}:\n{first}\n{again}");
            }
        }

        failures.Should().BeEmpty(string.Join("\n----\n", failures));
    }

    [Fact]
    public void Every_field_of_every_corpus_citation_is_written()
    {
        using var output = new StringWriter();
        using var writer = MedlineWriter.ToTextWriter(output);
        foreach (var (_, citation) in CorpusCitations())
        {
            writer.Write(citation);
        }

        writer.UnwrittenFieldCount.Should().Be(0);
    }

    private static IEnumerable<(string File, MedlineCitation Citation)> CorpusCitations()
    {
        foreach (var file in SharedData.CorpusFiles())
        {
            using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
            foreach (var citation in reader.ReadCitations())
            {
                yield return (file, citation);
            }
        }
    }

    private static string Json(MedlineCitation c) => MedlineJson.Serialize(c, indented: true);
}
