using Medline.Parser.Serialization;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Serialization;

/// <summary>
/// MED4005: JSON of the right shape whose values cannot be what their properties say was read silently (issue 10 §4);
/// each is now one error at the object's start, naming the value's JSON path, and the object is skipped.
/// </summary>
public class JsonValueCheckTests
{
    private static (List<string> Pmids, List<string> Messages) Read(string json)
    {
        using var reader = MedlineJsonReader.FromText(json);
        var pmids = new List<string>();
        var messages = new List<string>();
        foreach (var citation in reader.ReadCitations())
        {
            messages.AddRange(reader.Diagnostics.Select(d => d.ToString()));
            pmids.Add(citation.Pmid!);
        }

        messages.AddRange(reader.Diagnostics.Select(d => d.ToString()));
        reader.HasErrors.Should().Be(messages.Count > 0);
        return (pmids, messages);
    }

    [Fact]
    public void A_pmid_that_is_not_digits_is_an_error_not_read_silently()
    {
        var (pmids, messages) = Read("""[{"pmid":"abc"},{"pmid":"2"}]""");

        pmids.Should().Equal("2");
        messages.Should().Equal("<input>(1,2): error MED4005: $[0].pmid: 'abc' is not valid: expected a PMID (digits only)");
    }

    [Fact]
    public void A_pmc_id_without_its_prefix_is_an_error()
    {
        Read("""{"pmid":"1","pmcId":"7402800"}""").Messages.Should().Equal(
            "<input>(1,1): error MED4005: $.pmcId: '7402800' is not valid: expected 'PMC' and digits (PMC1234567)");
    }

    [Fact]
    public void A_publication_month_13_that_disagrees_with_its_raw_text_is_an_error()
    {
        Read("""{"pmid":"1","publicationDate":{"raw":"2020 Jul","year":2020,"month":13}}""").Messages.Should().Equal(
            "<input>(1,1): error MED4005: $.publicationDate: the parts do not match 'raw' \"2020 Jul\": give the parts it reads as, or leave 'raw' out");
    }

    [Fact]
    public void A_publication_month_13_without_raw_text_is_an_error()
    {
        Read("""{"pmid":"1","publicationDate":{"year":2020,"month":13}}""").Messages.Should().Equal(
            "<input>(1,1): error MED4005: $.publicationDate: the parts do not match 'raw' \"2020 13\": give the parts it reads as, or leave 'raw' out");
    }

    [Fact]
    public void A_history_entry_whose_date_disagrees_with_its_raw_text_is_an_error()
    {
        Read("""[{"pmid":"1"},{"pmid":"2","history":[{"raw":"2020/08/07 06:00 [entrez]","status":"entrez","date":"2021-01-01T06:00"}]}]""")
            .Messages.Should().Equal(
                "<input>(1,15): error MED4005: $[1].history[0]: the parts do not match 'raw' \"2020/08/07 06:00 [entrez]\": give the parts it reads as, or leave 'raw' out");
    }

    [Fact]
    public void A_history_entry_whose_raw_text_the_grammar_refuses_is_an_error()
    {
        Read("""{"pmid":"1","history":[{"raw":"yesterday","status":"entrez"}]}""").Messages.Should().ContainSingle()
            .Which.Should().StartWith("<input>(1,1): error MED4005: $.history[0]: 'raw' \"yesterday\" is not valid: expected");
    }

    [Fact]
    public void An_author_with_no_name_is_an_error()
    {
        Read("""{"pmid":"1","authors":[{"lastName":"Smith"},{"affiliations":["Somewhere"]}]}""").Messages.Should().Equal(
            "<input>(1,1): error MED4005: $.authors[1]: a person with no name; expected 'fullName', 'shortName' or 'lastName'");
    }

    [Fact]
    public void A_mesh_heading_whose_descriptor_disagrees_with_its_raw_text_is_an_error()
    {
        Read("""{"pmid":"1","meshHeadings":[{"raw":"Humans","descriptor":"Mice"}]}""").Messages.Should().Equal(
            "<input>(1,1): error MED4005: $.meshHeadings[0]: the parts do not match 'raw' \"Humans\": give the parts it reads as, or leave 'raw' out");
    }

    [Fact]
    public void Values_written_from_medline_text_pass_their_own_checks()
    {
        using var medline = MedlineReader.FromFile(Path.Combine(SharedData.RepositoryRoot, "samples", "data", "pmid-32756149.txt"));
        var citation = MedlineCitation.FromRecord(medline.ReadRecords().Single());

        var (pmids, messages) = Read(MedlineJson.Serialize(citation));

        messages.Should().BeEmpty();
        pmids.Should().Equal(citation.Pmid);
    }

    [Fact]
    public void A_strict_reader_stops_at_a_value_error()
    {
        using var reader = MedlineJsonReader.FromText("""{"pmid":"x1"}""", MedlineReaderOptions.Default with { Strict = true });

        var read = () => reader.ReadCitations().ToList();

        read.Should().Throw<MedlineFormatException>().Which.Diagnostic.Code.Should().Be(DiagnosticCodes.JsonValueMismatch);
    }
}
