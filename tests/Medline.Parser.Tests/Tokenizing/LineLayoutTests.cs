using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Tokenizing;

/// <summary>How lines become fields: endings, blank lines, continuations, tag shapes.</summary>
public class LineLayoutTests
{
    private const string TwoRecords = "PMID- 1\nTI  - First title\n      wrapped.\n\nPMID- 2\nTI  - Second.\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Line_endings_of_each_kind_give_the_same_fields(string newline)
    {
        var text = TwoRecords.Replace("\n", newline, StringComparison.Ordinal);
        var records = Read.All(text);

        records.Select(Read.Pairs).Should().BeEquivalentTo(new[]
        {
            new[] { ("PMID", "1"), ("TI", "First title wrapped.") },
            new[] { ("PMID", "2"), ("TI", "Second.") },
        }, o => o.WithStrictOrdering());
        records[1].Position.Line.Should().Be(5);
        records.SelectMany(r => r.Diagnostics).Should().BeEmpty();
    }

    [Fact]
    public void A_record_of_thousands_of_fields_keeps_each_in_order_with_its_position()
    {
        // Past the first 1,024 fields they are kept in blocks, never copied (a record of 100,000 authors).
        var text = "PMID- 1\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"AU  - Author{i} A\n")) + "TI  - end\n";

        var record = Read.Single(text);

        record.Fields.Should().HaveCount(5002);
        record.Fields.Skip(1).Take(5000).Select(f => f.Value).Should().Equal(Enumerable.Range(0, 5000).Select(i => $"Author{i} A"));
        record.Fields.Select(f => f.Position.Line).Should().Equal(Enumerable.Range(1, 5002));
        record.Fields[^1].Value.Should().Be("end");
    }

    [Fact]
    public void Mixed_line_endings_in_one_file_are_each_one_line_break()
    {
        var text = "PMID- 1\r\nTI  - A\r      b\nAB  - c\n\r\nPMID- 2\rTI  - d\r\n";
        var records = Read.All(text);

        records.Select(Read.Pairs).Should().BeEquivalentTo(new[]
        {
            new[] { ("PMID", "1"), ("TI", "A b"), ("AB", "c") },
            new[] { ("PMID", "2"), ("TI", "d") },
        }, o => o.WithStrictOrdering());
        records[0].Fields[2].Position.Line.Should().Be(4);
        records[1].Position.Line.Should().Be(6);
        records[1].Fields[1].Position.Line.Should().Be(7);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_positions_count_from_after_it()
    {
        var record = Read.Single("\uFEFFPMID- 32756149\nOWN - NLM\n");

        record.Pmid.Should().Be("32756149");
        record.Fields[0].Tag.Should().Be("PMID");
        record.Position.Should().Be(new SourcePosition(0, 1, 1));
        record.Fields[1].Position.Should().Be(new SourcePosition(15, 2, 1));
    }

    [Fact]
    public void A_byte_order_mark_in_a_utf8_stream_is_skipped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("PMID- 1\nTI  - Caf\u00e9.\n"u8.ToArray()).ToArray();
        using var reader = MedlineReader.FromStream(new MemoryStream(bytes));
        var record = reader.ReadRecords().Single();

        record.Pmid.Should().Be("1");
        record.GetFirst(MedlineTag.Ti).Should().Be("Café.");
    }

    [Theory]
    [InlineData("\n\nPMID- 1\n", "\n\n")]
    [InlineData("\r\n  \t\r\nPMID- 1\n", "\r\n  \t\r\n")]
    public void Leading_blank_and_whitespace_only_lines_are_the_first_records_leading_trivia(string text, string trivia)
    {
        var record = Read.Single(text);

        record.LeadingTrivia.Should().Be(trivia);
        record.Position.Line.Should().Be(3);
        record.Pmid.Should().Be("1");
    }

    [Fact]
    public void Many_blank_and_whitespace_only_lines_between_records_separate_them_once()
    {
        var records = Read.All("PMID- 1\n\n\n   \n\t\n\nPMID- 2\n\n\n");

        records.Select(r => r.Pmid).Should().Equal("1", "2");
        records[1].LeadingTrivia.Should().Be("\n\n   \n\t\n\n");
        records[1].Position.Line.Should().Be(7);
    }

    [Fact]
    public void A_whitespace_only_line_inside_a_value_is_a_paragraph_break_not_a_separator()
    {
        // StatPearls book records (Biopython #4557): the abstract continues after a blank continuation line.
        const string text = "PMID- 1\nAB  - First paragraph.\n      \n      Second paragraph.\nFAU - Doe, Jane\n";
        var record = Read.Single(text);

        var ab = record.Fields[1];
        ab.Value.Should().Be("First paragraph. Second paragraph.");
        ab.HasParagraphBreaks.Should().BeTrue();
        ab.LineCount.Should().Be(3);
        record.Fields[2].Tag.Should().Be("FAU");
    }

    [Fact]
    public void A_blank_line_followed_by_a_tag_line_ends_the_record_even_when_indented()
    {
        var records = Read.All("PMID- 1\nAB  - Text.\n      \nPMID- 2\n");

        records.Should().HaveCount(2);
        records[0].GetFirst(MedlineTag.Ab).Should().Be("Text.");
        records[0].Fields[1].HasParagraphBreaks.Should().BeFalse();
        records[1].LeadingTrivia.Should().Be("      \n");
    }

    [Fact]
    public void A_record_may_start_with_PMC_and_a_record_may_have_no_PMID()
    {
        var records = Read.All("PMC - PMC6055010\nPMID- 30034834\n\nOWN - ERIC\nTI  - An ERIC report.\n");

        records[0].Pmid.Should().Be("30034834");
        records[0].Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.RecordNotStartingWithPmid);
        records[1].Pmid.Should().BeNull();
        records[1].Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.MissingPmid);
    }

    [Fact]
    public void A_PMID_line_without_a_blank_line_before_it_starts_a_new_record_with_a_warning()
    {
        var records = Read.All("PMID- 1\nTI  - One.\nPMID- 2\nTI  - Two.\n");

        records.Select(r => r.Pmid).Should().Equal("1", "2");
        records[0].Diagnostics.Should().BeEmpty();
        records[1].LeadingTrivia.Should().BeEmpty();
        records[1].Diagnostics.Should().ContainSingle().Which.ToString()
            .Should().Be("<input>(3,1): warning MED1005: PMID line not preceded by a blank line; a new record starts here");
    }

    [Theory]
    [InlineData("AU  - Liang B", "AU", "Liang B")]
    [InlineData("AUID- ORCID: 0000-0002-9533-1384", "AUID", "ORCID: 0000-0002-9533-1384")]
    [InlineData("PMID- 32756149", "PMID", "32756149")]
    [InlineData("OAB - Publisher: text", "OAB", "Publisher: text")]
    [InlineData("X   - one-letter tag", "X", "one-letter tag")]
    [InlineData("AB  -", "AB", "")]
    [InlineData("AB  - ", "AB", "")]
    [InlineData("TI  - Trailing spaces.   ", "TI", "Trailing spaces.")]
    [InlineData("TI  -   Extra spaces after the hyphen.", "TI", "Extra spaces after the hyphen.")]
    public void Tag_lines_of_every_width_and_empty_values(string line, string tag, string value)
    {
        var record = Read.Single("OWN - NLM\n" + line + "\n");

        var field = record.Fields[1];
        field.Tag.Should().Be(tag);
        field.Value.Should().Be(value);
        field.Kind.Should().Be(MedlineFieldKind.Tagged);
    }

    [Fact]
    public void An_empty_value_may_be_continued_on_the_next_line()
    {
        var record = Read.Single("PMID- 9\nAB  -\n      Text on the next line.\n");

        record.GetFirst(MedlineTag.Ab).Should().Be("Text on the next line.");
    }

    [Fact]
    public void A_continuation_indented_by_more_than_six_spaces_is_regular()
    {
        // PubMed wraps inside a double space as "R(2) " + "       = 0.049" (acts-mesh, PMID 25051943).
        var record = Read.Single("PMID- 9\nAB  - R(2) \n       = 0.049\n");

        record.GetFirst(MedlineTag.Ab).Should().Be("R(2) = 0.049");
        record.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Continuations_join_with_exactly_one_space_whatever_the_trailing_space_style()
    {
        // New PubMed keeps a trailing space before each break; legacy output drops it (format §1.2).
        const string text = "PMID- 9\nTI  - Alpha beta \n      gamma  \n      delta-\n      epsilon\n";
        var record = Read.Single(text);

        record.GetFirst(MedlineTag.Ti).Should().Be("Alpha beta gamma delta- epsilon");
    }

    [Fact]
    public void A_continuation_whose_text_looks_like_a_tag_line_still_continues_the_value()
    {
        // pybtexnbib misreads such lines as new fields; the rule is positional.
        var record = Read.Single("PMID- 9\nAB  - Patients with\n      HIV - positive status.\n");

        record.Fields.Should().HaveCount(2);
        record.GetFirst(MedlineTag.Ab).Should().Be("Patients with HIV - positive status.");
    }

    [Theory]
    [InlineData("\tbeta", "1 tab")]
    [InlineData("  beta", "2 spaces")]
    [InlineData(" \tbeta", "1 space and 1 tab")]
    public void Other_leading_whitespace_continues_the_value_with_a_warning(string continuation, string described)
    {
        var record = Read.Single("PMID- 9\nTI  - alpha\n" + continuation + "\n");

        record.GetFirst(MedlineTag.Ti).Should().Be("alpha beta");
        record.Diagnostics.Should().ContainSingle().Which.ToString().Should().Be(
            $"<input>(3,1): warning MED1003: continuation line indented by {described}; expected six spaces");
    }

    [Fact]
    public void No_final_newline_keeps_the_last_value()
    {
        var records = Read.All("PMID- 1\nTI  - last\n      line");

        records.Single().GetFirst(MedlineTag.Ti).Should().Be("last line");
        records[0].RawText.Should().Be("PMID- 1\nTI  - last\n      line");
    }

    [Fact]
    public void Lines_of_ten_thousand_and_more_characters_are_read_whole()
    {
        var longValue = string.Concat(Enumerable.Repeat("0123456789", 25_000));
        var text = "PMID- 1\nAB  - " + longValue + "\n      tail\n\nPMID- 2\n";
        var records = Read.All(text);

        records[0].GetFirst(MedlineTag.Ab).Should().Be(longValue + " tail");
        records[1].Pmid.Should().Be("2");
        records[1].Position.Line.Should().Be(5);
    }

    [Fact]
    public void Non_ascii_text_is_kept_as_written()
    {
        const string text = "PMID- 1\nTI  - Étude de l'effet ± © – 日本語 🧬.\nBTI - GeneReviews(®)\n";
        var record = Read.Single(text);

        record.GetFirst(MedlineTag.Ti).Should().Be("Étude de l'effet ± © – 日本語 🧬.");
        record.GetFirst(MedlineTag.Bti).Should().Be("GeneReviews(®)");
    }

    [Fact]
    public void Unknown_tags_are_kept_as_they_are_with_an_info()
    {
        var record = Read.Single("PMID- 1\nZZ9 - something new\n      continued\nER  -\n");

        record.Fields[1].Should().Match<MedlineField>(f => f.Tag == "ZZ9" && f.KnownTag == MedlineTag.Unknown && f.Value == "something new continued");
        record.GetFirst("ZZ9").Should().Be("something new continued");
        record.GetFirst("ER").Should().Be(string.Empty);
        record.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "<input>(2,1): info MED1006: unknown tag 'ZZ9'; the field is kept as it is",
            "<input>(4,1): info MED1006: unknown tag 'ER'; the field is kept as it is");
    }

    [Fact]
    public void Positions_of_fields_and_values_are_one_based_with_zero_based_offsets()
    {
        const string text = "\r\nPMID- 7\r\nTI  - Alpha\r\n      beta gamma\r\n";
        var record = Read.Single(text);

        var ti = record.Fields[1];
        ti.Position.Should().Be(new SourcePosition(11, 3, 1));
        ti.ValuePosition.Should().Be(new SourcePosition(17, 3, 7));
        ti.GetPosition(6).Should().Be(new SourcePosition(30, 4, 7), "'beta' starts the continuation line");
        ti.GetPosition(11).Should().Be(new SourcePosition(35, 4, 12), "'gamma'");
        ti.RawText.ToString().Should().Be("TI  - Alpha\r\n      beta gamma\r\n");
    }
}
