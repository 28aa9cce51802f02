using System.Text.Json;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Reading;

/// <summary>Every export in ../shared/corpus, read as a whole and compared with Biopython's reading of it.</summary>
public partial class CorpusTests
{
    // Files where Biopython's record boundaries are wrong, so its output is no reference (issue 2): JabRef's
    // hand-made edge cases (stray lines, records without PMID) and the ERIC export.
    private static readonly string[] s_biopythonBoundariesWrong =
    [
        "jabref/",
        "zotero-translators/MEDLINEnbib_testcase05.txt",
    ];

    public static TheoryData<string> Files() => SharedData.CorpusTheoryData();

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_corpus_file_reads_without_exception_and_reassembles_exactly(string file)
    {
        var path = SharedData.CorpusPath(file);
        var text = File.ReadAllText(path);
        using var reader = MedlineReader.FromFile(path);
        var records = reader.ReadRecords().ToList();

        records.Should().NotBeEmpty();
        Read.Reassemble(records, reader.TrailingTrivia).Should().Be(text.TrimStart('\uFEFF'));
    }

    // Known differences, each one ours by design:
    // - Biopython keeps a continuation line's text from column 7 on (line[6:]), so a wrap that PubMed placed inside a
    //   double space ("R(2) " + "       = 0.049", acts-mesh PMID 25051943, extraer-de-pubmed PMID 26193060) keeps two
    //   spaces; we trim each line and join with one space (issue 2, format §1.2).
    // - Biopython right-strips every line of all Unicode whitespace, so it drops a U+2028 line separator or U+2009
    //   thin space that PubMed's text holds at a line edge (extraer-de-pubmed PMIDs 31332776, 26193060;
    //   bibliometrico-hospitales PMID 41413555). We trim only the layout's own spaces and tabs and keep such
    //   characters, which are part of the text.
    // So whitespace runs are compared collapsed to one space; the exact text stays in MedlineField.RawText.
    [Theory]
    [MemberData(nameof(Files))]
    public void Tag_values_equal_Biopythons_after_joining_each_tags_values_with_a_space(string file)
    {
        var path = SharedData.CorpusPath(file);
        if (s_biopythonBoundariesWrong.Any(file.StartsWith))
        {
            return;
        }

        var expectedPath = Path.Combine(SharedData.CorpusDirectory, "expected-biopython", file + ".jsonl");
        var expected = File.ReadAllLines(expectedPath).Where(l => l.Length > 0).Select(BiopythonRecord).ToList();

        using var reader = MedlineReader.FromFile(path);
        var actual = reader.ReadRecords().Select(OurRecord).ToList();

        actual.Should().HaveSameCount(expected);
        for (var i = 0; i < actual.Count; i++)
        {
            actual[i].Should().BeEquivalentTo(expected[i], $"record {i} of {file} (PMID {actual[i].GetValueOrDefault("PMID")})");
        }
    }

    [Fact]
    public void The_corpus_reads_with_the_documented_diagnostics_only()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var records = 0;
        foreach (var file in SharedData.CorpusFiles())
        {
            using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
            foreach (var record in reader.ReadRecords())
            {
                records++;
                foreach (var d in record.Diagnostics)
                {
                    var key = $"{d.Code} {file}";
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        records.Should().Be(ExpectedCorpusRecords);
        counts.Should().BeEquivalentTo(ExpectedDiagnostics);
    }

    private const int ExpectedCorpusRecords = 2786;

    // Each one inspected: JabRef's hand-made files hold malformed lines ("SO  invalid line", "TI-"), tag lines
    // without the space after the hyphen ("PMID-22664220") and records without PMID; the ERIC export (testcase05)
    // has no PMIDs and 5-letter-looking "ISSN -"/"ISBN -" lines; PMC's MEDLARS export starts records with "PMC -";
    // gwascat's file carries a non-standard "EP" line injected in each record and NbibImporterTest.nbib an "NR"
    // line (both kept as unknown tags).
    private static readonly Dictionary<string, int> ExpectedDiagnostics = new(StringComparer.Ordinal)
    {
        ["MED1001 jabref/MedlinePlainImporterStringOutOfBounds.txt"] = 2,
        ["MED1001 jabref/MedlinePlainImporterTestMultiAbstract.txt"] = 1,
        ["MED1001 jabref/MedlinePlainImporterTestMultipleEntries.txt"] = 2,
        ["MED1004 jabref/MedlinePlainImporterStringOutOfBounds.txt"] = 1,
        ["MED1004 jabref/MedlinePlainImporterTestDOI.txt"] = 1,
        ["MED1004 jabref/MedlinePlainImporterTestInproceeding.txt"] = 1,
        ["MED1004 jabref/MedlinePlainImporterTestMultiAbstract.txt"] = 1,
        ["MED1004 jabref/MedlinePlainImporterTestMultipleEntries.txt"] = 5,
        ["MED1004 zotero-translators/MEDLINEnbib_testcase05.txt"] = 2,
        ["MED1006 gwascat/medline.txt"] = 265,
        ["MED1006 jabref/NbibImporterTest.nbib"] = 1,
        ["MED1007 jabref/MedlinePlainImporterTestMultiAbstract.txt"] = 1,
        ["MED1007 jabref/MedlinePlainImporterTestMultiTitle.txt"] = 1,
        ["MED1007 jabref/MedlinePlainImporterTestMultipleEntries.txt"] = 3,
        ["MED1007 zotero-translators/MEDLINEnbib_testcase05.txt"] = 3,
        ["MED1008 nbib-py/pmc_medlars.txt"] = 5,
    };

    [Fact]
    public void Records_with_a_PMID_match_the_catalogues_PMID_count_for_every_file()
    {
        var catalogue = File.ReadAllLines(Path.Combine(SharedData.CorpusDirectory, "CATALOG.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(c => c[1].Trim('`'), c => int.Parse(c[7], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

        var files = SharedData.CorpusFiles().ToList();
        catalogue.Keys.Should().BeEquivalentTo(files);
        foreach (var file in files)
        {
            using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
            reader.ReadRecords().Count(r => r.Pmid is not null).Should().Be(catalogue[file], file);
        }
    }

    private static Dictionary<string, string> OurRecord(MedlineRecord record) =>
        record.Fields
            .Where(f => f.Kind == MedlineFieldKind.Tagged)
            .GroupBy(f => f.Tag, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Collapse(string.Join(' ', g.Select(f => f.Value))), StringComparer.Ordinal);

    private static string Collapse(string text) => MultipleSpaces().Replace(text, " ");

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex MultipleSpaces();

    private static Dictionary<string, string> BiopythonRecord(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in doc.RootElement.EnumerateObject())
        {
            result[property.Name] = property.Value.ValueKind == JsonValueKind.Array
                ? string.Join(' ', property.Value.EnumerateArray().Select(v => v.GetString()))
                : property.Value.GetString()!;
            result[property.Name] = Collapse(result[property.Name]);
        }

        return result;
    }
}
