using Medline.Parser.Model;

namespace Medline.Parser.Tests.Model;

/// <summary>What is derived is computed from what it is derived from, for citations built in code as for parsed ones.</summary>
public class DerivedValueTests
{
    [Fact]
    public void A_citation_built_in_code_with_a_retraction_link_is_retracted()
    {
        var citation = new MedlineCitation
        {
            CommentsCorrections = [new CommentCorrection { Type = CommentCorrectionType.RetractionIn, RefSource = "Medicine (Baltimore). 2021;100:e1.", Pmid = "33000001" }],
        };

        citation.IsRetracted.Should().BeTrue();
        citation.HasErratum.Should().BeFalse();
        new MedlineCitation { PublicationTypes = ["Journal Article", "Retracted Publication"] }.IsRetracted.Should().BeTrue();
        new MedlineCitation { CommentsCorrections = [new CommentCorrection { Type = CommentCorrectionType.ErratumIn, RefSource = "x" }] }.HasErratum.Should().BeTrue();
        new MedlineCitation { CommentsCorrections = [new CommentCorrection { Type = CommentCorrectionType.ExpressionOfConcernIn, RefSource = "x" }] }
            .HasExpressionOfConcern.Should().BeTrue();
    }

    [Fact]
    public void A_valid_issn_built_in_code_has_a_valid_checksum()
    {
        new Issn { Value = "1536-5964", Type = IssnType.Electronic }.IsValidChecksum.Should().BeTrue();
        new Issn { Value = "1536-5965", Type = IssnType.Electronic }.IsValidChecksum.Should().BeFalse();
    }

    [Fact]
    public void The_doi_is_taken_from_the_identifiers_by_type()
    {
        var citation = new MedlineCitation
        {
            ArticleIds = [new ArticleIdentifier { Value = "S0000", Type = "pii" }, new ArticleIdentifier { Value = "10.1/x", Type = "doi" }],
        };

        citation.Doi.Should().Be("10.1/x");
        new MedlineCitation { LocationIds = [new ArticleIdentifier { Value = "10.2/y", Type = "doi" }] }.Doi.Should().Be("10.2/y");
        new MedlineCitation().Doi.Should().BeNull();
    }

    [Fact]
    public void An_author_orcid_is_the_first_valid_orcid_identifier()
    {
        var author = new Author
        {
            LastName = "Liang",
            Identifiers =
            [
                new AuthorIdentifier { Source = "ORCID", Value = "0000-0002-9533-1385" },
                new AuthorIdentifier { Source = "ORCID", Value = "0000-0002-9533-1384" },
            ],
        };

        author.Orcid.Should().Be("0000-0002-9533-1384");
        author.Identifiers[0].IsValid.Should().BeFalse();
        author.Identifiers[0].Raw.Should().Be("ORCID: 0000-0002-9533-1385");
    }

    [Fact]
    public void Publication_date_iso_text_and_calendar_check_follow_the_parts()
    {
        var date = new PublicationDate { Year = 1999, Month = 4, Day = 31, Precision = DatePrecision.Day };

        date.IsValidCalendarDate.Should().BeFalse();
        date.IsoDate.Should().Be("1999-04-31");
        (date with { Day = 30 }).IsValidCalendarDate.Should().BeTrue();
        new PublicationDate { Year = 2019, Season = "Winter", Precision = DatePrecision.Season }.IsoDate.Should().Be("2019");
    }

    [Fact]
    public void Values_built_without_raw_text_get_the_text_PubMed_writes()
    {
        new MeshHeading { Descriptor = "Pneumonia, Viral", Qualifiers = [new("drug therapy", true), new("virology", false)] }
            .Raw.Should().Be("Pneumonia, Viral/*drug therapy/virology");
        new Grant { GrantId = "R01 CA183444", Acronym = "CA", Agency = "NCI NIH HHS", Country = "United States" }
            .Raw.Should().Be("R01 CA183444/CA/NCI NIH HHS/United States");
        new HistoryDate { Status = "entrez", Date = new Timestamp { Date = new DateOnly(2020, 8, 7), Time = new TimeOnly(6, 0) } }
            .Raw.Should().Be("2020/08/07 06:00 [entrez]");
        new PublicationDate { Year = 2020, Month = 7, Day = 31, EndYear = 2020, EndMonth = 8, EndDay = 2, Precision = DatePrecision.Range }
            .Raw.Should().Be("2020 Jul 31-Aug 2");
        new CompactDate { Date = new DateOnly(2020, 8, 24), Precision = DatePrecision.Day }.Raw.Should().Be("20200824");
        new Pagination { FirstPage = "1439", LastPage = "1441" }.Raw.Should().Be("1439-1441");
        new ArticleIdentifier { Value = "10.1097/MD.0000000000021429", Type = "doi" }.Raw.Should().Be("10.1097/MD.0000000000021429 [doi]");
    }

    [Fact]
    public void A_value_built_in_code_equals_the_same_value_parsed_from_its_text()
    {
        var built = new MeshHeading { Descriptor = "Humans" };

        built.Should().Be(new MeshHeading { Raw = "Humans", Descriptor = "Humans" });
        built.GetHashCode().Should().Be(new MeshHeading { Raw = "Humans", Descriptor = "Humans" }.GetHashCode());
        built.Should().NotBe(new MeshHeading { Raw = "Humans ", Descriptor = "Humans" }, "the text as written is part of the value");
    }
}
