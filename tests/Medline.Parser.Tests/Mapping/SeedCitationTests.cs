using Medline.Parser.Model;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Mapping;

/// <summary>The record the project started from (../shared/seed/pmid-32756149.txt), as issue 3 says it must read.</summary>
public class SeedCitationTests
{
    [Fact]
    public void Authors_in_byline_order_with_their_affiliations_and_orcid()
    {
        var citation = SharedData.SeedCitation();

        citation.Authors.Select(a => a.ShortName).Should().Equal(
            "Liang B", "Chen J", "Li T", "Wu H", "Yang W", "Li Y", "Li J", "Yu C", "Nie F", "Ma Z", "Yang M", "Xiao M",
            "Nie P", "Gao Y", "Qian C", "Hu M");
        citation.Authors.Select(a => a.Position).Should().Equal(Enumerable.Range(0, 16));
        var hu = citation.Authors[15];
        hu.Should().BeEquivalentTo(new
        {
            FullName = "Hu, Min",
            LastName = "Hu",
            ForeName = "Min",
            Initials = "M",
            Orcid = "0000-0002-9533-1384",
        });
        hu.Affiliations.Should().Equal(
            "Intervention and Cell Therapy Center, Peking University Shenzhen Hospital, Shenzhen.",
            "Yunnan Key Laboratory for Basic Research on Bone and Joint Diseases & Yunnan Stem Cell Translational Research Center, Kunming University.",
            "Boten International Stem Cell Hospital, Boten, Laos.");
        citation.Authors.Single(a => a.ShortName == "Ma Z").Affiliations.Should().HaveCount(2);
        citation.Authors.Single(a => a.ShortName == "Xiao M").Affiliations.Should().Equal("Department of Infectious Diseases.");
        citation.Authors.Where(a => a.Orcid is not null).Should().ContainSingle();
    }

    [Fact]
    public void Journal_issns_by_kind_and_the_publication_date()
    {
        var citation = SharedData.SeedCitation();

        citation.Journal!.Issns.Select(i => (i.Value, i.Type)).Should().Equal(
            ("1536-5964", IssnType.Electronic), ("0025-7974", IssnType.Print), ("0025-7974", IssnType.Linking));
        citation.Journal.Should().BeEquivalentTo(new { Title = "Medicine", Abbreviation = "Medicine (Baltimore)", NlmId = "2985248R", Volume = "99", Issue = "31", Country = "United States" });
        citation.PublicationDate.Should().BeEquivalentTo(new { Year = 2020, Month = 7, Day = 31, Raw = "2020 Jul 31" });
        citation.Pagination!.FirstPage.Should().Be("e21429");
    }

    [Fact]
    public void Mesh_headings_with_major_flags_and_qualifiers()
    {
        var citation = SharedData.SeedCitation();

        citation.MeshHeadings.Should().HaveCount(16);
        citation.MeshHeadings.Single(m => m.Descriptor == "Betacoronavirus").Should().BeEquivalentTo(new { MajorTopic = true, Qualifiers = Array.Empty<MeshQualifier>() });
        citation.MeshHeadings.Single(m => m.Descriptor == "Coronavirus Infections").Qualifiers.Should().Equal(
            new MeshQualifier("drug therapy", false), new MeshQualifier("therapy", true), new MeshQualifier("virology", false));
        citation.MeshHeadings.Should().ContainSingle(m => m.Descriptor == "Pneumonia, Viral");
    }

    [Fact]
    public void Chemicals_abstract_sections_identifiers_and_history()
    {
        var citation = SharedData.SeedCitation();

        citation.Chemicals.Select(c => (c.RegistryNumber, c.Name)).Should().Equal(("0", "Anti-Bacterial Agents"), ("W0B22ISQ1C", "Thymalfasin"));
        citation.Abstract!.Sections.Select(s => s.Label).Should().Equal("RATIONALE", "PATIENT CONCERNS", "DIAGNOSE", "INTERVENTIONS", "OUTCOMES", "LESSONS");
        citation.Abstract.Sections[0].Text.Should().StartWith("The COVID-19 cases increased very fast");
        citation.Doi.Should().Be("10.1097/MD.0000000000021429");
        citation.PmcId.Should().Be("PMC7402800");
        citation.History.Should().HaveCount(4);
        citation.History.Select(h => h.Status).Should().Equal("entrez", "pubmed", "medline", "pmc-release");
        citation.History[0].Date!.Date.Should().Be(new DateOnly(2020, 8, 7));
        citation.History[0].Date!.Time.Should().Be(new TimeOnly(6, 0));
        citation.DateCompleted!.Date.Should().Be(new DateOnly(2020, 8, 24));
        citation.Status.Should().Be("MEDLINE");
        citation.PublicationTypes.Should().Equal("Case Reports", "Journal Article");
        citation.IsRetracted.Should().BeFalse();
        citation.OtherFields.Should().BeEmpty();
        citation.Diagnostics.Should().BeEmpty();
        citation.Record!.Pmid.Should().Be("32756149");
    }
}
