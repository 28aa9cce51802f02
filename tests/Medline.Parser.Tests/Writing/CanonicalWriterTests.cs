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

    [Fact]
    public void Continuation_lines_break_at_a_single_space_only()
    {
        // "a  b" must not be broken at either of its two spaces: reading would join the halves with one space.
        var citation = new MedlineCitation { Pmid = "1", Title = "aaaa  bbbb cccc dddd" };

        var text = MedlineWriter.ToText([citation], new MedlineWriterOptions { LineWidth = 12 });

        text.Should().Be("PMID- 1\nTI  - aaaa  bbbb\n      cccc\n      dddd\n");
        Read.Single(text).GetFirst(MedlineTag.Ti).Should().Be("aaaa  bbbb cccc dddd");
    }

    [Fact]
    public void A_word_longer_than_the_line_stays_whole_on_its_own_line()
    {
        var citation = new MedlineCitation { Pmid = "1", Title = "a 0123456789abcdef b" };

        var text = MedlineWriter.ToText([citation], new MedlineWriterOptions { LineWidth = 10 });

        text.Should().Be("PMID- 1\nTI  - a\n      0123456789abcdef\n      b\n");
    }

    [Fact]
    public void Lines_are_as_long_as_the_width_allows_and_no_longer()
    {
        var citation = new MedlineCitation { Pmid = "1", Title = "abc def ghi" };

        MedlineWriter.ToText([citation], new MedlineWriterOptions { LineWidth = 13 })
            .Should().Be("PMID- 1\nTI  - abc def\n      ghi\n");
    }

    [Fact]
    public void Crlf_ends_every_line_and_a_blank_line_separates_citations()
    {
        var options = new MedlineWriterOptions { NewLine = "\r\n" };

        MedlineWriter.ToText([new MedlineCitation { Pmid = "1" }, new MedlineCitation { Pmid = "2", Title = "T" }], options)
            .Should().Be("PMID- 1\r\n\r\nPMID- 2\r\nTI  - T\r\n");
    }

    [Fact]
    public void Each_property_is_written_under_the_first_tag_the_tag_table_maps_to_it()
    {
        // ERIC's ISSN, COI and KW fill the same properties as IS, COIS and OT: the table says so, the writer follows.
        var text = "OWN - ERIC\nISSN - EISSN-2375-5636\nCOI - None declared.\nKW  - reading\n";
        using var reader = MedlineReader.FromText(text);
        var citation = reader.ReadCitations().Single();

        var written = MedlineWriter.ToText([citation]);

        written.Should().Be("OWN - ERIC\nIS  - EISSN-2375-5636\nOT  - reading\nCOIS- None declared.\n");
        using var again = MedlineReader.FromText(written);
        again.ReadCitations().Single().Should().Be(citation);
    }

    [Fact]
    public void A_citation_built_in_code_is_written_from_its_parts_in_nlm_order()
    {
        var citation = new MedlineCitation
        {
            Pmid = "42",
            Title = "A title.",
            PublicationDate = new PublicationDate { Year = 2020, Month = 7, Day = 31, Precision = DatePrecision.Day },
            ArticleIds = [new ArticleIdentifier { Value = "10.1/x", Type = "doi" }],
            Authors =
            [
                new Author { LastName = "Liang", ForeName = "Bing", Initials = "B", Affiliations = ["Baoshan."], Position = 0 },
                new Author { LastName = "Chen", Initials = "J", Position = 2 },
            ],
            CorporateAuthors = [new CorporateAuthor { Name = "COVID Group", Position = 1 }],
            MeshHeadings =
            [
                new MeshHeading { Descriptor = "Humans" },
                new MeshHeading { Descriptor = "Pneumonia, Viral", Qualifiers = [new MeshQualifier("therapy", true), new MeshQualifier("virology", false)] },
            ],
            Grants = [new Grant { GrantId = "R01 CA1", Acronym = "CA", Agency = "NCI NIH HHS", Country = "United States" }],
            Keywords = [new Keyword("b", "NOTNLM", false), new Keyword("c", "NOTNLM", true)],
            CommentsCorrections = [new CommentCorrection { Type = CommentCorrectionType.ErratumIn, RefSource = "J. 2020;1:2.", Pmid = "7" }],
            History = [new HistoryDate { Status = "entrez", Date = new Timestamp { Date = new DateOnly(2020, 8, 7), Time = new TimeOnly(6, 0) } }],
        };

        var text = MedlineWriter.ToText([citation]);

        text.Should().Be(string.Join('\n',
            "PMID- 42",
            "DP  - 2020 Jul 31",
            "TI  - A title.",
            "FAU - Liang, Bing",
            "AU  - Liang B",
            "AD  - Baoshan.",
            "CN  - COVID Group",
            "AU  - Chen J",
            "GR  - R01 CA1/CA/NCI NIH HHS/United States",
            "EIN - J. 2020;1:2. PMID: 7",
            "MH  - Humans",
            "MH  - Pneumonia, Viral/*therapy/virology",
            "OTO - NOTNLM",
            "OT  - b",
            "OT  - *c",
            "PHST- 2020/08/07 06:00 [entrez]",
            "AID - 10.1/x [doi]",
            "") );
    }

    [Fact]
    public void A_value_with_a_line_break_is_an_argument_error_and_nothing_of_its_citation_is_written()
    {
        using var output = new StringWriter();
        using (var writer = MedlineWriter.ToTextWriter(output, leaveOpen: true))
        {
            writer.Write(new MedlineCitation { Pmid = "1" });
            var act = () => writer.Write(new MedlineCitation { Pmid = "2", Title = "two\nlines" });

            act.Should().Throw<ArgumentException>()
                .WithMessage("TI value 'two\nlines' holds a line break; a MEDLINE value is one line of text, wrapped by the writer (Parameter 'value')");
            writer.Write(new MedlineCitation { Pmid = "3" });
        }

        output.ToString().Should().Be("PMID- 1\n\nPMID- 3\n");
    }

    [Fact]
    public void A_malformed_line_kept_aside_goes_back_as_the_line_it_was_and_one_that_would_read_as_a_tag_is_counted_unwritten()
    {
        var citation = new MedlineCitation
        {
            Pmid = "1",
            OtherFields = [new OtherField("", "SO  invalid line", 3), new OtherField("", "TI  - looks like a tag", 4), new OtherField("XY", "unknown", 5)],
        };
        using var output = new StringWriter();
        using (var writer = MedlineWriter.ToTextWriter(output, leaveOpen: true))
        {
            writer.Write(citation);
            writer.UnwrittenFieldCount.Should().Be(1);
        }

        output.ToString().Should().Be("PMID- 1\nSO  invalid line\nXY  - unknown\n");
    }

    [Fact]
    public void Options_other_than_lf_or_crlf_or_narrower_than_seven_columns_are_refused()
    {
        var newLine = () => new MedlineWriterOptions { NewLine = "\r" };
        var width = () => new MedlineWriterOptions { LineWidth = 6 };

        newLine.Should().Throw<ArgumentException>().WithMessage("NewLine must be \"\\n\" or \"\\r\\n\" (Parameter 'value')");
        width.Should().Throw<ArgumentOutOfRangeException>().WithMessage("LineWidth must be at least 7 (Parameter 'value')*");
    }

    [Fact]
    public async Task Async_writes_to_a_file_give_the_same_text_as_ToText()
    {
        var path = Path.Combine(Path.GetTempPath(), $"medline-writer-{Guid.NewGuid():N}.txt");
        var citation = SharedData.SeedCitation();
        try
        {
            var writer = MedlineWriter.ToFile(path);
            await using (writer)
            {
                await writer.WriteAsync(citation);
                await writer.WriteAsync(citation);
                await writer.FlushAsync();
            }

            (await File.ReadAllTextAsync(path)).Should().Be(MedlineWriter.ToText([citation, citation]));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
