using Medline.Parser.Model;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Mapping;

/// <summary>Issue 9 §2: a value that cannot be what its tag says is told, at its place, and gives no typed data.</summary>
public class ValueCheckTests
{
    private static MedlineCitation Cite(string text) => MedlineCitation.FromRecord(Read.Single(text));

    private static string[] Told(MedlineCitation citation) => [.. citation.Diagnostics.Select(d => d.ToString())];

    [Theory]
    [InlineData("PMID- abc", "<input>(1,7): error MED2017: PMID value 'abc': expected a PMID (digits only)")]
    [InlineData("PMID- 123 456", "<input>(1,10): error MED2017: PMID value '123 456': expected a PMID (digits only)")]
    [InlineData("PMID- 12a", "<input>(1,9): error MED2017: PMID value '12a': expected a PMID (digits only)")]
    public void Pmid_that_is_not_digits_is_an_error_and_kept_in_OtherFields_not_the_pmid(string line, string told)
    {
        var citation = Cite(line + "\nTI  - A title.\n");

        citation.Pmid.Should().BeNull();
        citation.OtherFields.Should().ContainSingle().Which.Tag.Should().Be("PMID");
        Told(citation).Should().Equal(told);
    }

    [Fact]
    public void Empty_PMID_is_an_error_not_a_pmid()
    {
        var citation = Cite("PMID- \nTI  - A title.\n");

        citation.Pmid.Should().BeNull();
        Told(citation).Should().Equal("<input>(1,7): error MED2017: PMID value '': expected a PMID (digits only)");
    }

    [Theory]
    [InlineData("PMC - 2664230", "PMC value '2664230': expected 'PMC' and digits (PMC1234567)", 7)]
    [InlineData("PMC - PMC12x", "PMC value 'PMC12x': expected 'PMC' and digits (PMC1234567)", 12)]
    [InlineData("JID - 75O5876", "JID value '75O5876': expected an NLM unique ID (digits, perhaps ending in a capital letter)", 9)]
    [InlineData("RF  - many", "RF value 'many': expected a number of references (digits only)", 7)]
    [InlineData("LA  - English", "LA value 'English': expected a three-letter language code (eng, fre, ger…)", 10)]
    [InlineData("PST - published", "PST value 'published': expected one of ppublish, epublish, aheadofprint", 7)]
    [InlineData("STAT- Done", "STAT value 'Done': expected one of MEDLINE, PubMed-not-MEDLINE, In-Process, In-Data-Review, Publisher, OLDMEDLINE", 7)]
    [InlineData("OWN - nlm", "OWN value 'nlm': expected one of NLM, NASA, PIP, KIE, HSR, HMD, NOTNLM, ERIC", 7)]
    [InlineData("PUBM- a model", "PUBM value 'a model': expected one of Print, Print-Electronic, Electronic, Electronic-Print, Electronic-eCollection", 7)]
    [InlineData("SB  - Index Medicus", "SB value 'Index Medicus': expected a subset code (capital letters: IM, AIM…)", 8)]
    public void Value_outside_the_closed_shape_of_its_tag_is_a_warning_and_no_property(string line, string message, int column)
    {
        var citation = Cite("PMID- 1\n" + line + "\n");

        Told(citation).Should().Equal($"<input>(2,{column}): warning MED2019: {message}");
        citation.OtherFields.Should().ContainSingle().Which.Value.Should().Be(line[6..]);
        (citation.PmcId, citation.Journal, citation.NumberOfReferences, citation.PublicationStatus, citation.Status, citation.Owner, citation.PublishingModel)
            .Should().Be((null, null, null, null, null, null, null));
        citation.Languages.Should().BeEmpty();
        citation.Subsets.Should().BeEmpty();
    }

    [Fact]
    public void Other_abstract_language_that_is_not_a_code_is_a_warning_and_no_language()
    {
        var citation = Cite("PMID- 1\nOAB - Resumen.\nOABL- other abstract infos\n");

        citation.OtherAbstracts.Should().ContainSingle().Which.Language.Should().BeNull();
        Told(citation).Should().Equal(
            "<input>(3,10): warning MED2019: OABL value 'other abstract infos': expected a three-letter language code (eng, fre, ger…)");
    }

    [Fact]
    public void LA_ENG_and_eng_are_one_language()
    {
        var citation = Cite("PMID- 1\nLA  - ENG\nLA  - eng\nLA  - Spa\nOAB - Resumen.\nOABL- SPA\n");

        citation.Languages.Should().Equal("eng", "spa");
        citation.OtherAbstracts[0].Language.Should().Be("spa");
        citation.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Empty_values_give_no_nameless_author_no_empty_book_and_no_empty_strings()
    {
        var citation = Cite("PMID- 1\nTI  - A title.\nBTI - \nFAU - \nAU  - Doe J\nPL  - \nVI  - \nPT  - \nPT  - Journal Article\nLA  - eng\n");

        citation.Book.Should().BeNull();
        citation.Journal.Should().BeNull();
        citation.PublicationTypes.Should().Equal("Journal Article");
        citation.Authors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { LastName = "Doe", Initials = "J", FullName = (string?)null });
        Told(citation).Should().Equal(
            "<input>(3,7): warning MED2020: BTI value is empty; expected text",
            "<input>(4,7): warning MED2012: FAU value '': expected family name",
            "<input>(6,7): warning MED2020: PL value is empty; expected text",
            "<input>(7,7): warning MED2020: VI value is empty; expected text",
            "<input>(8,7): warning MED2020: PT value is empty; expected text");
        citation.OtherFields.Should().BeEmpty("an empty value is no data; its line stays in the record");
        Medline.Parser.Serialization.MedlineJson.Serialize(citation).Should().NotContain("\"\"");
    }

    [Fact]
    public void Empty_values_of_people_groups_and_keywords_give_no_item()
    {
        var citation = Cite("PMID- 1\nCN  - \nFAU - Doe, Jane\nAU  - Doe J\nAD  - \nAUID- \nOTO - NOTNLM\nOT  - \nOT  - Kids\nGN  - \nMID - \n");

        citation.CorporateAuthors.Should().BeEmpty();
        citation.Authors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Affiliations = Array.Empty<string>(), Identifiers = Array.Empty<AuthorIdentifier>() });
        citation.Keywords.Should().ContainSingle().Which.Text.Should().Be("Kids");
        citation.GeneralNotes.Should().BeEmpty();
        citation.ManuscriptIds.Should().BeEmpty();
        citation.Diagnostics.Select(d => d.Code).Should().Equal(
            DiagnosticCodes.EmptyValue, DiagnosticCodes.EmptyValue, DiagnosticCodes.InvalidOrcid, DiagnosticCodes.EmptyValue,
            DiagnosticCodes.EmptyValue, DiagnosticCodes.EmptyValue);
    }

    [Theory]
    [InlineData("S2-82-93", "S2-82", "S2-93")]
    [InlineData("S2-82-7", "S2-82", "S2-87")]
    [InlineData("suppl 13-8", "13", "18")]
    [InlineData("Suppl 101-4; discussion 105", "101", "104")]
    [InlineData("discussion 5", "5", "5")]
    public void Page_ranges_with_a_section_prefix_or_a_marker_are_not_expanded_across_the_prefix_nor_take_the_marker_as_a_page(
        string raw, string first, string last)
    {
        Cite("PMID- 1\nPG  - " + raw + "\n").Pagination.Should().Be(new Pagination { Raw = raw, FirstPage = first, LastPage = last });
    }

    [Fact]
    public void ERIC_ISSN_lines_reach_journal_issns_and_ERIC_ISBNs_are_normalised()
    {
        var citation = Cite("OWN - ERIC\nTI  - T.\nJT  - Journal of Testing\nISSN - EISSN-2375-5636\nISSN - ISSN-1042-1629\nISBN - ISBN-978-3-86680-192-9\nISBN- ISBN 0-306-40615-2\n");

        citation.Journal!.Issns.Select(i => (i.Value, i.Type, i.IsValidChecksum)).Should().Equal(
            ("2375-5636", IssnType.Electronic, true), ("1042-1629", IssnType.Print, true));
        citation.Book!.Isbns.Should().Equal("978-3-86680-192-9", "0-306-40615-2");
        citation.Diagnostics.Select(d => d.Code).Should().NotContain(code => code.StartsWith("MED2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ISBN-978-3-86680-192-8", "<input>(2,28): warning MED2021: ISBN value 'ISBN-978-3-86680-192-8': check digit does not match")]
    [InlineData("see publisher", "<input>(2,7): warning MED2021: ISBN value 'see publisher': expected an ISBN (10 or 13 digits, hyphens allowed)")]
    [InlineData("978-3-86680", "<input>(2,18): warning MED2021: ISBN value '978-3-86680': expected an ISBN (10 or 13 digits, hyphens allowed)")]
    public void ISBN_that_is_not_10_or_13_digits_or_fails_its_check_digit_is_told(string value, string told)
    {
        Told(Cite("PMID- 1\nISBN- " + value + "\n")).Should().Equal(told);
    }

    [Theory]
    [InlineData("FAU - An , H S\nAU  - An HS", "An", "H S")]
    [InlineData("FAU - de la Cruz  , Maria\nAU  - de la Cruz M", "de la Cruz", "Maria")]
    public void Name_with_a_space_before_its_comma_does_not_keep_the_space_in_the_last_name(string lines, string last, string fore)
    {
        var citation = Cite("PMID- 1\n" + lines + "\n");

        citation.Authors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { LastName = last, ForeName = fore });
        citation.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Z01 ES044005/ImNIH/Intramural NIH HHS/United States", "Z01 ES044005", "ImNIH", "Intramural NIH HHS")]
    [InlineData("EPA999999/ImEPA/Intramural EPA/United States", "EPA999999", "ImEPA", "Intramural EPA")]
    [InlineData("ZIA ES102245-10/NULL/Intramural NIH HHS/United States", "ZIA ES102245-10", null, "Intramural NIH HHS")]
    [InlineData("R01 CA183444/CA/NCI NIH HHS/United States", "R01 CA183444", "CA", "NCI NIH HHS")]
    public void Grant_agency_acronym_that_is_not_two_capitals_nor_ends_in_underscore_is_not_left_in_the_grant_number(
        string raw, string id, string? acronym, string agency)
    {
        Cite("PMID- 1\nGR  - " + raw + "\n").Grants.Should().ContainSingle().Which.Should().Be(
            new Grant { Raw = raw, GrantId = id, Acronym = acronym, Agency = agency, Country = "United States" });
    }

    [Fact]
    public void DP_range_whose_second_month_is_not_English_keeps_its_month()
    {
        var citation = Cite("PMID- 1\nDP  - 2018 Jul-Ago\n");

        citation.PublicationDate!.Should().BeEquivalentTo(new { Month = 7, EndMonth = 8, Precision = DatePrecision.Range });
        citation.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void DP_that_is_not_a_date_after_its_year_is_told_and_keeps_its_year()
    {
        var citation = Cite("PMID- 1\nDP  - 2020 Foo 99\n");

        citation.PublicationDate!.Should().BeEquivalentTo(new { Year = 2020, Month = (int?)null, Precision = DatePrecision.FreeText });
        Told(citation).Should().Equal(
            "<input>(2,12): info MED2018: DP value '2020 Foo 99': expected a date after the year (YYYY Mon DD, a season, or a range such as YYYY Mon-Mon); kept as free text with its year");
    }

    [Theory]
    [InlineData("9007-49-2", "9007-49-2", null)]
    [InlineData("EC 3.4.21.68", "EC 3.4.21.68", null)]
    [InlineData("SARS-CoV-2 variants", null, "SARS-CoV-2 variants")]
    public void RN_without_a_parenthesised_name_is_not_taken_as_a_name(string raw, string? number, string? name)
    {
        var citation = Cite("PMID- 1\nRN  - " + raw + "\n");

        citation.Chemicals.Should().ContainSingle().Which.Should().Be(new Chemical { Raw = raw, RegistryNumber = number, Name = name });
        citation.Diagnostics.Select(d => d.Code).Should().Equal(number is null ? [] : [DiagnosticCodes.InvalidChemical]);
    }
}
