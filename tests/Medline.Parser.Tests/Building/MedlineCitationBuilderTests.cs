using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Medline.Parser.Building;
using Medline.Parser.Model;
using Medline.Parser.Tests.TestSupport;
using static Medline.Parser.Grammar.FieldGrammar;

namespace Medline.Parser.Tests.Building;

public sealed class MedlineCitationBuilderTests
{
    private const string SeedTitle = "Clinical remission of a critically ill COVID-19 patient treated by human umbilical cord mesenchymal stem cells: A case report.";

    private const string SeedAbstract =
        "RATIONALE: The COVID-19 cases increased very fast in January and February 2020. The mortality among critically ill patients, especially the elder ones, is relatively high. Considering many patients died of severe inflammation response, it is urgent to develop effective therapeutic strategies for these patients. The human umbilical cord mesenchymal stem cells (hUCMSCs) have shown good capabilities to modulate the immune response and repair the injured tissue. Therefore, investigating the potential of hUCMSCs to the treatment of COVID-19 critically ill patients is necessary. PATIENT CONCERNS: A 65-year-old woman felt fatigued and had a fever with body temperature of 38.2C, coughed up white foaming sputum. After 1 day, she had chest tightness with SPO2 of 81%, and blood pressure of 160/91 mm Hg. DIAGNOSE: According to the guideline for the diagnosis and treatment of 2019 novel coronavirus infected pneumonia (Trial 4th Edition), COVID-19 was diagnosed, based on the real-time RT-PCR test of SARS-CoV-2. INTERVENTIONS: After regular treatment for 12 days, the inflammation symptom of the patient was still very severe and the potential side effects of corticosteroid were observed. Then, allogenic hUCMSCs were given 3 times (5 x 10 cells each time) with a 3-day interval, together with thymosin alpha1 and antibiotics daily injection. OUTCOMES: After these treatments, most of the laboratory indexes and CT images showed remission of the inflammation symptom. The patient was subsequently transferred out of ICU, and the throat swabs test reported negative 4 days later. LESSONS: These results indicated the clinical outcome and good tolerance of allogenic hUCMSCs transfer.";

    private const string SeedSource = "Medicine (Baltimore). 2020 Jul 31;99(31):e21429. doi: 10.1097/MD.0000000000021429.";

    /// <summary>The seed record (../shared/seed/pmid-32756149.txt), field by field, in code.</summary>
    private static MedlineCitation BuildSeed() =>
        MedlineCitation.Build("32756149")
            .Owner("NLM")
            .Status("MEDLINE")
            .DateCompleted(new DateOnly(2020, 8, 24))
            .DateRevised(new DateOnly(2022, 12, 7))
            .Journal("Medicine", "Medicine (Baltimore)", "2985248R", volume: "99", issue: "31", country: "United States")
            .Issn("1536-5964", IssnType.Electronic)
            .Issn("0025-7974", IssnType.Print)
            .Issn("0025-7974", IssnType.Linking)
            .Published(2020, 7, 31)
            .Title(SeedTitle)
            .Pages("e21429")
            .LocationId("10.1097/MD.0000000000021429", "doi")
            .LocationId("e21429")
            .Abstract(SeedAbstract)
            .Author("Liang", "Bing", a => a.Affiliation("Department of Critical Care Medicine, Baoshan People's Hospital, Baoshan."))
            .Author("Chen", "Junhui", a => a.Affiliation("Intervention and Cell Therapy Center, Peking University Shenzhen Hospital, Shenzhen."))
            .Author("Li", "Tao", a => a.Affiliation("Yunnan Yasheng Medical Technology Co., Ltd."))
            .Author("Wu", "Haiying", a => a.Affiliation("Emergency Department of the First Affiliated Hospital of Kunming Medical University, EICU/MICU."))
            .Author("Yang", "Wenjie", a => a.Affiliation("Department of Critical Care Medicine, Baoshan People's Hospital, Baoshan."))
            .Author("Li", "Yanjiao", a => a.Affiliation("Yunnan Key Laboratory for Basic Research on Bone and Joint Diseases & Yunnan Stem Cell Translational Research Center, Kunming University."))
            .Author("Li", "Jianchun", a => a.Affiliation("Department of Critical Care Medicine, Baoshan People's Hospital, Baoshan."))
            .Author("Yu", "Congtao", a => a.Affiliation("Intervention and Cell Therapy Center, Peking University Shenzhen Hospital, Shenzhen."))
            .Author("Nie", "Fangang", a => a.Affiliation("Department of Critical Care Medicine, Baoshan People's Hospital, Baoshan."))
            .Author("Ma", "Zhaoxia", a => a.Affiliation("Yunnan Key Laboratory for Basic Research on Bone and Joint Diseases & Yunnan Stem Cell Translational Research Center, Kunming University.").Affiliation("Yunnan Jici Institute for Regenerative Medicine Co., Ltd., Kunming."))
            .Author("Yang", "Mingxi", a => a.Affiliation("Department of Critical Care Medicine, Baoshan People's Hospital, Baoshan."))
            .Author("Xiao", "Mingying", a => a.Affiliation("Department of Infectious Diseases."))
            .Author("Nie", "Panrong", a => a.Affiliation("Department of Neonatology, Baoshan People's Hospital, Baoshan."))
            .Author("Gao", "Yanfeng", a => a.Affiliation("Intervention and Cell Therapy Center, Peking University Shenzhen Hospital, Shenzhen.").Affiliation("School of Life Sciences, Zhengzhou University, Zhengzhou, China."))
            .Author("Qian", "Chuanyun", a => a.Affiliation("Emergency Department of the First Affiliated Hospital of Kunming Medical University, EICU/MICU."))
            .Author("Hu", "Min", a => a.Affiliation("Intervention and Cell Therapy Center, Peking University Shenzhen Hospital, Shenzhen.").Affiliation("Yunnan Key Laboratory for Basic Research on Bone and Joint Diseases & Yunnan Stem Cell Translational Research Center, Kunming University.").Affiliation("Boten International Stem Cell Hospital, Boten, Laos.").Orcid("0000-0002-9533-1384"))
            .Language("eng")
            .PublicationType("Case Reports")
            .PublicationType("Journal Article")
            .Chemical("0", "Anti-Bacterial Agents")
            .Chemical("W0B22ISQ1C", "Thymalfasin")
            .Subset("IM")
            .Mesh("Aged")
            .Mesh("Anti-Bacterial Agents", qualifiers: q => q.Qualifier("therapeutic use"))
            .Mesh("Betacoronavirus", major: true)
            .Mesh("COVID-19")
            .Mesh("Combined Modality Therapy")
            .Mesh("Cord Blood Stem Cell Transplantation", qualifiers: q => q.Qualifier("methods", major: true))
            .Mesh("Coronavirus Infections", qualifiers: q => q.Qualifier("drug therapy").Qualifier("therapy", major: true).Qualifier("virology"))
            .Mesh("Female")
            .Mesh("Humans")
            .Mesh("Mesenchymal Stem Cell Transplantation", qualifiers: q => q.Qualifier("methods", major: true))
            .Mesh("Pandemics")
            .Mesh("Pneumonia, Viral", qualifiers: q => q.Qualifier("therapy", major: true).Qualifier("virology"))
            .Mesh("SARS-CoV-2")
            .Mesh("Thymalfasin", qualifiers: q => q.Qualifier("therapeutic use"))
            .Mesh("Treatment Outcome")
            .Mesh("COVID-19 Drug Treatment")
            .PmcId("PMC7402800")
            .ConflictOfInterest("The authors have no conflicts of interest to disclose.")
            .EntrezDate(new DateTime(2020, 8, 7, 6, 0, 0))
            .MeshDate(new DateTime(2020, 8, 25, 6, 0, 0))
            .PmcReleaseDate(new DateOnly(2020, 7, 31))
            .CreateDate(new DateTime(2020, 8, 7, 6, 0, 0))
            .History("entrez", new DateTime(2020, 8, 7, 6, 0, 0))
            .History("pubmed", new DateTime(2020, 8, 7, 6, 0, 0))
            .History("medline", new DateTime(2020, 8, 25, 6, 0, 0))
            .History("pmc-release", new DateTime(2020, 7, 31, 0, 0, 0))
            .Pii("00005792-202007310-00079")
            .Pii("MD-D-20-02492")
            .Doi("10.1097/MD.0000000000021429")
            .PublicationStatus("ppublish")
            .Source(SeedSource)
            .Build();

    // Every field of the seed can be expressed; only provenance (Record, Diagnostics) differs, and it takes no part in equality.
    [Fact]
    public void The_seed_citation_built_in_code_equals_the_seed_citation_read_from_its_text()
    {
        var read = SharedData.SeedCitation();
        var built = BuildSeed();

        read.OtherFields.Should().BeEmpty("every seed field has a builder method");
        built.Record.Should().BeNull();
        built.Should().Be(read);
        built.GetHashCode().Should().Be(read.GetHashCode());
        built.Doi.Should().Be("10.1097/MD.0000000000021429");
        built.Authors[15].Orcid.Should().Be("0000-0002-9533-1384");
        built.Abstract!.Sections.Select(s => s.Label).Should().Equal("RATIONALE", "PATIENT CONCERNS", "DIAGNOSE", "INTERVENTIONS", "OUTCOMES", "LESSONS");
    }

    [Fact]
    public void Authors_and_corporate_authors_are_numbered_together_in_call_order()
    {
        var citation = new MedlineCitationBuilder()
            .Author("Liang", "Bing")
            .CorporateAuthor("STRATIS Investigators", g => g.Affiliation("Paris, France."))
            .Author("van Raaij", "Mark J", a => a.Suffix("Jr"))
            .Investigator("Hu", "Min")
            .Investigator("Chen", "Junhui")
            .Editor("Smith", "Ann")
            .Build();

        citation.Authors.Select(a => (a.ShortName, a.Position)).Should().Equal(("Liang B", 0), ("van Raaij MJ Jr", 2));
        citation.CorporateAuthors.Single().Should().BeEquivalentTo(new { Name = "STRATIS Investigators", Position = 1 });
        citation.CorporateAuthors.Single().Affiliations.Should().Equal("Paris, France.");
        citation.Investigators.Select(a => (a.FullName, a.Position)).Should().Equal(("Hu, Min", 0), ("Chen, Junhui", 1));
        citation.Editors.Single().Position.Should().Be(0);
        citation.Authors[1].FullName.Should().Be("van Raaij, Mark J Jr");
    }

    [Fact]
    public void Initials_are_derived_from_given_names_unless_given()
    {
        var citation = new MedlineCitationBuilder()
            .Author("Dupont", "Jean-Pierre A.")
            .Author("Wong Kee Song", "Louis M", a => a.Initials("LMW"))
            .Build();

        citation.Authors.Select(a => a.Initials).Should().Equal("JPA", "LMW");
        citation.Authors.Select(a => a.ShortName).Should().Equal("Dupont JPA", "Wong Kee Song LMW");
    }

    [Fact]
    public void Derived_values_follow_the_built_identifiers_links_and_types()
    {
        var plain = MedlineCitation.Build("1").Pii("S0140-6736(20)30183-5").Build();
        var citation = MedlineCitation.Build("1")
            .Pii("S0140-6736(20)30183-5")
            .Doi("10.1016/S0140-6736(20)30183-5")
            .RetractionIn("Lancet. 2020 Jun 13;395(10240):1820.", "32479829")
            .ErratumIn("Lancet. 2020 Jan 30;:", null)
            .Issn("0140-6736", IssnType.Print)
            .Issn("0140-6737", IssnType.Electronic)
            .Author("Huang", "Chaolin", a => a.Orcid("https://orcid.org/0000-0002-9533-1384").Orcid("0000-0002-9533-1385"))
            .Build();

        plain.Doi.Should().BeNull();
        plain.IsRetracted.Should().BeFalse();
        citation.Doi.Should().Be("10.1016/S0140-6736(20)30183-5");
        citation.IsRetracted.Should().BeTrue();
        citation.HasErratum.Should().BeTrue();
        citation.HasExpressionOfConcern.Should().BeFalse();
        citation.Journal!.Issns.Select(i => i.IsValidChecksum).Should().Equal(true, false);
        citation.Authors[0].Identifiers.Select(i => (i.Raw, i.IsValid)).Should().Equal(
            ("ORCID: 0000-0002-9533-1384", true), ("ORCID: 0000-0002-9533-1385", false));
        citation.Authors[0].Orcid.Should().Be("0000-0002-9533-1384");
        MedlineCitation.Build("2").PublicationType("Retracted Publication").Build().IsRetracted.Should().BeTrue();
    }

    [Fact]
    public void Dates_of_every_precision_get_the_text_PubMed_writes()
    {
        string Dp(Func<MedlineCitationBuilder, MedlineCitationBuilder> date) => date(new MedlineCitationBuilder()).Build().PublicationDate!.Raw;

        Dp(b => b.Published(2009)).Should().Be("2009");
        Dp(b => b.Published(2020, 7)).Should().Be("2020 Jul");
        Dp(b => b.Published(2020, 7, 31)).Should().Be("2020 Jul 31");
        Dp(b => b.Published(2019, season: "Winter")).Should().Be("2019 Winter");
        Dp(b => b.PublishedRange(1995, null, null, 1997)).Should().Be("1995-1997");
        Dp(b => b.PublishedRange(2020, 7, null, 2020, 8)).Should().Be("2020 Jul-Aug");
        Dp(b => b.PublishedRange(2019, 12, null, 2020, 1)).Should().Be("2019 Dec-2020 Jan");
        Dp(b => b.PublishedRange(2020, 7, 31, 2020, 8, 2)).Should().Be("2020 Jul 31-Aug 2");
        Dp(b => b.PublishedRange(1963, 4, 6, 1963, 4, 9)).Should().Be("1963 Apr 6-9");
        Dp(b => b.PublishedRange(2019, "Winter", 2020, "Spring")).Should().Be("2019 Winter-2020 Spring");
    }

    [Fact]
    public void A_day_range_within_a_month_reads_back_as_days_not_as_an_end_month()
    {
        var date = ParsePublicationDate("1963 Apr 6-9").Value!;

        date.Should().BeEquivalentTo(new { Month = 4, Day = 6, EndYear = 1963, EndMonth = 4, EndDay = 9, Precision = DatePrecision.Range });
        ParsePublicationDate("2020 07-08").Value!.Should().BeEquivalentTo(new { Month = 7, Day = (int?)null, EndMonth = 8, EndDay = (int?)null });
    }

    [Fact]
    public void Build_refuses_a_pmid_that_is_not_digits_month_13_and_feb_30_naming_each()
    {
        var build = () => MedlineCitation.Build("32756149a").Published(2021, 2, 30).Build();
        var month = () => new MedlineCitationBuilder().Published(2020, 13).Build();

        build.Should().Throw<ArgumentException>().WithMessage(
            "The citation cannot be written as MEDLINE text: PMID '32756149a': expected digits only; publication date: 2021-02 has no day 30.");
        month.Should().Throw<ArgumentException>().WithMessage(
            "The citation cannot be written as MEDLINE text: publication date: month 13 is not 1 to 12.");
    }

    [Fact]
    public void Build_refuses_values_that_cannot_be_written_on_a_medline_line()
    {
        var lineBreak = () => new MedlineCitationBuilder().Title("two\nlines").Build();
        var season = () => new MedlineCitationBuilder().Published(2019, season: "Monsoon").Build();
        var mesh = () => new MedlineCitationBuilder().Mesh("Humans/adults").Build();
        var suffix = () => new MedlineCitationBuilder().Author("Cruz", null, a => a.Suffix("Jr")).Build();

        lineBreak.Should().Throw<ArgumentException>().WithMessage("*the title 'two\nlines': expected text on one line, not empty, without spaces at either end.");
        season.Should().Throw<ArgumentException>().WithMessage("*publication date: 'Monsoon' is not a season (Winter, Spring, Summer, Fall, Autumn).");
        mesh.Should().Throw<ArgumentException>().WithMessage("*a MeSH descriptor 'Humans/adults': expected no '/' and no leading '*' (they mark qualifiers and major topics).");
        suffix.Should().Throw<ArgumentException>().WithMessage("*name suffix 'Jr' of Cruz: needs given names (without them it reads as given names).");
    }

    [Fact]
    public void An_empty_pmid_is_named_once_and_a_bad_pmc_id_and_linked_pmid_are_named()
    {
        var build = () => MedlineCitation.Build("").PmcId("7402800").Link(CommentCorrectionType.CommentOn, "Stroke. 2014;45:e86.", "24627111x").Build();

        build.Should().Throw<ArgumentException>().WithMessage(
            "The citation cannot be written as MEDLINE text: the PMID '': expected text on one line, not empty, without spaces at either end; " +
            "PMC identifier '7402800': expected 'PMC' and digits (PMC1234567); linked PMID '24627111x': expected digits only.");
    }

    [Fact]
    public void Book_fields_editors_keywords_and_other_lists_are_built_in_call_order()
    {
        var citation = MedlineCitation.Build("20301295")
            .Book(b => b.Title("GeneReviews((R))").CollectionTitle("GeneReviews").Isbn("978-0-00-000000-2").Isbn("0-00-000000-0")
                .Publisher("University of Washington, Seattle").Place("Seattle (WA)").ContributionDate(new DateOnly(1999, 1, 1)))
            .Editor("Adam", "Margaret P")
            .Editor("Feldman", "Jerry")
            .Keyword("COVID-19").Keyword("stem cells", owner: null, major: true)
            .OtherAbstract("Zusammenfassung.", "Publisher", "ger")
            .SecondarySourceId("ClinicalTrials.gov", "NCT02239640")
            .OtherId("PMC38908", "NLM")
            .Build();

        citation.Book.Should().BeEquivalentTo(new
        {
            Title = "GeneReviews((R))",
            CollectionTitles = new[] { "GeneReviews" },
            Isbns = new[] { "978-0-00-000000-2", "0-00-000000-0" },
            Publisher = "University of Washington, Seattle",
            Place = "Seattle (WA)",
        });
        citation.Book!.ContributionDate!.Raw.Should().Be("19990101");
        citation.Journal.Should().BeNull();
        citation.Editors.Select(e => (e.ShortName, e.Position)).Should().Equal(("Adam MP", 0), ("Feldman J", 1));
        citation.Keywords.Should().Equal(new Keyword("COVID-19", "NOTNLM", false), new Keyword("stem cells", null, true));
        citation.OtherAbstracts.Single().Raw.Should().Be("Publisher: Zusammenfassung.");
        citation.SecondarySourceIds.Single().Raw.Should().Be("ClinicalTrials.gov/NCT02239640");
        citation.OtherIds.Single().Raw.Should().Be("NLM: PMC38908");
    }

    [Fact]
    public void An_orcid_with_a_wrong_check_character_is_kept_not_refused()
    {
        var author = new MedlineCitationBuilder().Author("Hu", "Min", a => a.Orcid("0000000295331385")).Build().Authors[0];

        author.Identifiers.Single().Should().BeEquivalentTo(new { Source = "ORCID", Value = "0000-0002-9533-1385", IsValid = false });
        author.Orcid.Should().BeNull();
    }

    [Fact]
    public void A_citation_built_earlier_does_not_change_when_the_builder_goes_on()
    {
        var builder = new MedlineCitationBuilder().Author("Liang", "Bing", a => a.Affiliation("Baoshan.")).Mesh("Humans");
        var first = builder.Build();
        builder.Author("Chen", "Junhui").Mesh("Female");
        var second = builder.Build();

        first.Authors.Should().ContainSingle();
        first.MeshHeadings.Should().ContainSingle();
        second.Authors.Should().HaveCount(2);
        first.Should().NotBe(second);
        builder.Build().Should().Be(second);
    }

    [Fact]
    public void A_null_argument_throws_at_once()
    {
        var act = () => new MedlineCitationBuilder().Title(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_single_affiliation_on_the_first_of_several_authors_is_the_records_as_the_reader_takes_it()
    {
        // The reader's rule for records before late 2014 (format §3.1) applies to built citations too: built == read.
        var citation = MedlineCitation.Build("1").Title("T.").Author("A", "B", a => a.Affiliation("X.")).Author("C", "D").Build();

        citation.Affiliations.Should().Equal("X.");
        using var reader = MedlineReader.FromText(MedlineWriter.ToText([citation]));
        reader.ReadCitations().Single().Should().Be(citation);
        MedlineCitation.Build("2").Author("A", "B", a => a.Affiliation("X.")).Build().Affiliations.Should().BeEmpty("one author: the AD is only the author's");
    }

    // Issue 10 §1 (c): a citation built in code, written as MEDLINE text and read back, is the same citation.
    [Property(MaxTest = 200)]
    public Property An_arbitrary_built_citation_written_as_medline_text_reads_back_equal() =>
        Prop.ForAll(CitationGenerators.Citation.ToArbitrary(), citation =>
        {
            var text = MedlineWriter.ToText([citation]);
            using var reader = MedlineReader.FromText(text);
            var back = reader.ReadCitations().ToList();
            return (back.Count == 1 && back[0] == citation).Label(text + "\n" + Medline.Parser.Serialization.MedlineJson.Serialize(back.FirstOrDefault() ?? citation));
        });

    // Each value of a built citation also reads back from its own text by its grammar.
    [Property(MaxTest = 200)]
    public Property Every_value_of_an_arbitrary_built_citation_reads_back_equal_from_its_text() =>
        Prop.ForAll(CitationGenerators.Citation.ToArbitrary(), citation =>
            (ParsePublicationDate(citation.PublicationDate!.Raw).Value == citation.PublicationDate &&
             citation.MeshHeadings.All(m => ParseMeshHeading(m.Raw).Value == m) &&
             citation.Grants.All(g => ParseGrant(g.Raw).Value == g) &&
             citation.ArticleIds.All(i => ParseArticleIdentifier(i.Raw).Value == i) &&
             citation.CommentsCorrections.All(l => ParseCommentCorrection(l.Type, l.Raw).Value == l) &&
             citation.Chemicals.All(c => ParseChemical(c.Raw).Value == c) &&
             citation.History.All(h => ParseHistoryDate(h.Raw).Value == h) &&
             citation.Journal!.Issns.All(i => ParseIssn(i.Raw).Value == i) &&
             ParsePagination(citation.Pagination!.Raw).Value == citation.Pagination &&
             ParseTimestamp(citation.EntrezDate!.Raw).Value == citation.EntrezDate &&
             citation.Authors.SelectMany(a => a.Identifiers).All(i => ParseAuthorIdentifier(i.Raw).Value == i) &&
             citation.Authors.All(a => ParseFullName(a.FullName!).Value is { } n && n.LastName == a.LastName && n.ForeName == a.ForeName && n.Suffix == a.Suffix))
            .Label(citation.ToString()));

    [Property(MaxTest = 100)]
    public Property Built_citations_keep_positions_and_derived_values_consistent() =>
        Prop.ForAll(CitationGenerators.Citation.ToArbitrary(), citation =>
            (citation.Authors.Select(a => a.Position).Concat(citation.CorporateAuthors.Select(c => c.Position)).Order()
                 .SequenceEqual(Enumerable.Range(0, citation.Authors.Count + citation.CorporateAuthors.Count)) &&
             citation.Doi == citation.ArticleIds.FirstOrDefault(i => i.Type == "doi")?.Value &&
             citation.IsRetracted == citation.CommentsCorrections.Any(l => l.Type == CommentCorrectionType.RetractionIn) &&
             citation.HasErratum == citation.CommentsCorrections.Any(l => l.Type == CommentCorrectionType.ErratumIn) &&
             citation.Authors.All(a => a.Initials == DeriveInitials(a.ForeName)))
            .Label(citation.ToString()));
}
