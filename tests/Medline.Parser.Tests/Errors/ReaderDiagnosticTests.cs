using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Errors;

/// <summary>Bad input: exact messages, positions and codes; the text is always kept.</summary>
public class ReaderDiagnosticTests
{
    [Fact]
    public void A_malformed_line_is_kept_as_its_own_field_with_an_error()
    {
        // JabRef's MedlinePlainImporterStringOutOfBounds.txt has these two lines.
        var record = Read.Single("PMID- 1\nSO  invalid line\nSO- another invalid line\nTI  - Kept.\n",
            new MedlineReaderOptions { SourceName = "broken.nbib" });

        record.Fields.Select(f => (f.Kind, f.Tag, f.Value)).Should().Equal(
            (MedlineFieldKind.Tagged, "PMID", "1"),
            (MedlineFieldKind.Malformed, "", "SO  invalid line"),
            (MedlineFieldKind.Malformed, "", "SO- another invalid line"),
            (MedlineFieldKind.Tagged, "TI", "Kept."));
        record.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "broken.nbib(2,1): error MED1001: malformed line 'SO  invalid line': expected a tag line ('TAG - value', hyphen in column 5), a continuation line (six spaces) or a blank line",
            "broken.nbib(3,1): error MED1001: malformed line 'SO- another invalid line': expected a tag line ('TAG - value', hyphen in column 5), a continuation line (six spaces) or a blank line");
        record.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void A_stray_sentence_is_kept_and_following_continuations_stay_with_it()
    {
        var record = Read.Single("PMID- 1\nThis line should be omitted by the importer.\n      and this continues it\n");

        record.Fields[1].Should().Match<MedlineField>(f =>
            f.Kind == MedlineFieldKind.Malformed && f.Value == "This line should be omitted by the importer. and this continues it" && f.LineCount == 2);
        record.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.MalformedLine);
    }

    [Fact]
    public void A_continuation_before_any_tag_line_is_an_orphan()
    {
        var record = Read.Single("      orphan text\nPMID- 1\n");

        record.Fields[0].Should().Match<MedlineField>(f => f.Kind == MedlineFieldKind.Orphan && f.Tag == "" && f.Value == "orphan text");
        record.Fields[1].Tag.Should().Be("PMID");
        record.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "<input>(1,1): info MED1008: record starts with '' instead of PMID",
            "<input>(1,1): error MED1002: continuation line 'orphan text' with no tag line before it in the record; expected a tag line");
    }

    [Fact]
    public void Irregular_tag_lines_are_read_with_a_warning()
    {
        var record = Read.Single("PMID- 1\nISSN - 0000-0000\nDP  -2020\n");

        record.Fields.Skip(1).Select(f => (f.Tag, f.Value)).Should().Equal(("ISSN", "0000-0000"), ("DP", "2020"));
        record.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "<input>(2,1): warning MED1004: tag line 'ISSN - 0000-0000' has its hyphen out of place; expected 'TAG - value' with the hyphen in column 5 followed by a space",
            "<input>(3,1): warning MED1004: tag line 'DP  -2020' has its hyphen out of place; expected 'TAG - value' with the hyphen in column 5 followed by a space");
    }

    [Theory]
    [InlineData("pmid- 1")]
    [InlineData("PMIDX- 1")]
    [InlineData("TOOLONG - x")]
    [InlineData("A B - x")]
    public void Lines_that_break_the_tag_layout_are_malformed(string line)
    {
        var record = Read.Single("PMID- 1\n" + line + "\n");

        record.Fields[1].Kind.Should().Be(MedlineFieldKind.Malformed);
        record.Fields[1].Value.Should().Be(line);
    }

    [Fact]
    public void Binary_data_is_reported_as_such()
    {
        var record = Read.Single("PMID- 1\n\u0000\u0001\u0002PNG\u0003\n");

        record.Diagnostics.Should().ContainSingle().Which.ToString().Should().Be(
            "<input>(2,1): error MED1010: line contains control characters that MEDLINE text never holds; is this a binary file?");
        record.Fields[1].Value.Should().Be("\u0000\u0001\u0002PNG\u0003");
    }

    [Fact]
    public void Latin1_bytes_read_as_UTF8_are_reported_where_they_stand_not_garbled_silently()
    {
        // The bug: a Windows-1252 export decoded to U+FFFD with no word (0 warnings). Bytes E9, FB, FC: é, û, ü.
        var bytes = System.Text.Encoding.Latin1.GetBytes("PMID- 1\nTI  - Café au lait\n\tcrème brûlée\nAU  - Müller K\n");
        using var reader = MedlineReader.FromStream(new MemoryStream(bytes), new MedlineReaderOptions { SourceName = "x.nbib" });
        var record = reader.ReadRecords().Single();

        record.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "x.nbib(2,10): warning MED1012: U+FFFD replacement character: bytes here were not valid UTF-8 or the text was damaged before; it is kept as it is. If the file is Latin-1 or Windows-1252, use --encoding windows-1252 (MedlineReaderOptions.Encoding)",
            "x.nbib(3,1): warning MED1003: continuation line indented by 1 tab; expected six spaces",
            "x.nbib(3,4): warning MED1012: U+FFFD replacement character: bytes here were not valid UTF-8 or the text was damaged before; it is kept as it is. If the file is Latin-1 or Windows-1252, use --encoding windows-1252 (MedlineReaderOptions.Encoding)",
            "x.nbib(4,8): warning MED1012: U+FFFD replacement character: bytes here were not valid UTF-8 or the text was damaged before; it is kept as it is. If the file is Latin-1 or Windows-1252, use --encoding windows-1252 (MedlineReaderOptions.Encoding)");
        record.Diagnostics.Where(d => d.Code == DiagnosticCodes.ReplacementCharacter).Select(d => d.Tag).Should().Equal("TI", "TI", "AU");
        record.GetFirst(MedlineTag.Ti).Should().Be("Caf\uFFFD au lait cr\uFFFDme br\uFFFDl\uFFFDe");
    }

    [Fact]
    public void A_replacement_character_already_in_the_text_is_reported_once_per_line()
    {
        var record = Read.Single("PMID- 1\r\nAB  - a \uFFFD b \uFFFD c\r\n");

        record.Diagnostics.Should().ContainSingle().Which.Position.Should().Be(new SourcePosition(17, 2, 9));
    }

    [Fact]
    public void Strict_mode_throws_at_the_first_error_with_its_position_and_code()
    {
        var options = new MedlineReaderOptions { Strict = true, SourceName = "x.txt" };
        using var reader = MedlineReader.FromText("PMID- 1\nTI  - fine\n\nPMID- 2\nbad line\n", options);

        reader.TryRead(out var first).Should().BeTrue();
        first!.Pmid.Should().Be("1");
        var act = () => reader.TryRead(out _);

        var thrown = act.Should().Throw<MedlineFormatException>().Which;
        thrown.Message.Should().Be("x.txt(5,1): error MED1001: malformed line 'bad line': expected a tag line ('TAG - value', hyphen in column 5), a continuation line (six spaces) or a blank line");
        thrown.Code.Should().Be("MED1001");
        thrown.Position.Should().Be(new SourcePosition(28, 5, 1));
        thrown.SourceName.Should().Be("x.txt");
    }

    [Fact]
    public void Strict_mode_does_not_throw_for_warnings()
    {
        var records = Read.All("PMID- 1\nTI  - a\n\tb\nPMID- 2\n", new MedlineReaderOptions { Strict = true });

        records.Should().HaveCount(2);
        records.SelectMany(r => r.Diagnostics).Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void A_record_longer_than_the_limit_is_cut_with_an_error_and_nothing_is_lost()
    {
        var lines = string.Concat(Enumerable.Range(0, 5000).Select(i => $"AB  - line {i:D5} of a file whose blank lines were lost\n"));
        var text = "PMID- 1\n" + lines;
        using var reader = MedlineReader.FromText(text, new MedlineReaderOptions { MaxRecordLength = 64 * 1024 });
        var records = reader.ReadRecords().ToList();

        records.Should().HaveCountGreaterThan(1);
        records.SelectMany(r => r.Diagnostics).Should().Contain(d => d.Code == DiagnosticCodes.RecordTooLong && d.Severity == DiagnosticSeverity.Error);
        records.SelectMany(r => r.Fields).Count(f => f.Tag == "AB").Should().Be(5000);
        Read.Reassemble(records, reader.TrailingTrivia).Should().Be(text);
    }
}
