using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Mapping;

/// <summary>Format §3: which tag attaches to what.</summary>
public class GroupingTests
{
    private static MedlineCitation Cite(string text) => MedlineCitation.FromRecord(Read.Single(text));

    [Fact]
    public void The_people_grouping_takes_exactly_the_twelve_people_tags_of_format_3()
    {
        var people = MedlineTags.All.Where(t => Parser.Mapping.PeopleGrouping.Handles(MedlineTags.GetTarget(t))).Select(MedlineTags.GetName);

        people.Should().BeEquivalentTo("FAU", "AU", "AUID", "AD", "CN", "FIR", "IR", "IRAD", "FED", "ED", "FPS", "PS");
    }

    [Fact]
    public void A_tag_outside_the_people_closes_the_open_person_so_a_later_AD_describes_the_record()
    {
        var citation = Cite("PMID- 1\nFAU - Doe, Jane\nAU  - Doe J\nLA  - eng\nAD  - Univ A.\n");

        citation.Authors.Should().ContainSingle().Which.Affiliations.Should().BeEmpty();
        citation.Affiliations.Should().Equal("Univ A.");
        citation.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Au_only_records_make_one_author_per_AU_with_the_single_AD_on_the_first()
    {
        var citation = Cite("PMID- 1\nAU  - Smith JA Jr\nAD  - Dept of X, Boston.\nAU  - van Raaij MJ\nAU  - Wong Kee Song LM\nLA  - eng\n");

        citation.Authors.Select(a => (a.LastName, a.Initials, a.Suffix)).Should().Equal(
            ("Smith", "JA", "Jr"), ("van Raaij", "MJ", null), ("Wong Kee Song", "LM", null));
        citation.Authors[0].Affiliations.Should().Equal("Dept of X, Boston.");
        citation.Authors[1].Affiliations.Should().BeEmpty("a pre-2014 AD is not copied to other authors");
        citation.Affiliations.Should().Equal("Dept of X, Boston.");
    }

    [Fact]
    public void Two_consecutive_authors_with_the_same_surname_stay_two_authors()
    {
        // nbib-rs collapses these into one (peers §6).
        var citation = Cite("PMID- 1\nFAU - Wang, Li\nAU  - Wang L\nFAU - Wang, Hui\nAU  - Wang H\n");

        citation.Authors.Select(a => (a.ForeName, a.Initials)).Should().Equal(("Li", "L"), ("Hui", "H"));
    }

    [Fact]
    public void An_AU_without_FAU_inside_a_FAU_list_is_its_own_author()
    {
        var citation = Cite("PMID- 1\nFAU - Liang, Bing\nAU  - Liang B\nAU  - Chen J\nFAU - Li, Tao\nAU  - Li T\n");

        citation.Authors.Select(a => (a.FullName, a.ShortName)).Should().Equal(
            ("Liang, Bing", "Liang B"), (null, "Chen J"), ("Li, Tao", "Li T"));
        citation.Authors[1].Initials.Should().Be("J");
    }

    [Fact]
    public void A_FAU_AU_pair_with_different_family_names_is_paired_with_a_warning()
    {
        var citation = Cite("PMID- 1\nFAU - Smith, John\nAU  - Smyth J\n");

        citation.Authors.Should().ContainSingle().Which.LastName.Should().Be("Smith");
        citation.Diagnostics.Should().ContainSingle().Which.ToString().Should().Be(
            "<input>(3,7): warning MED3002: AU 'Smyth J' does not share the family name of 'Smith, John'; paired by position");
    }

    [Fact]
    public void Corporate_authors_keep_their_byline_position_and_their_own_AD_and_AUID()
    {
        var citation = Cite("PMID- 1\nFAU - Doe, Jane\nAU  - Doe J\nAD  - Univ A.\nCN  - STRATIS Investigators\nAUID- ORCID: 0000-0002-9533-1384\nAD  - Group office.\nFAU - Roe, Rick\nAU  - Roe R\nLA  - eng\n");

        citation.Authors.Select(a => (a.LastName, a.Position)).Should().Equal(("Doe", 0), ("Roe", 2));
        citation.CorporateAuthors.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Name = "STRATIS Investigators",
            Position = 1,
            Affiliations = new[] { "Group office." },
        });
        citation.CorporateAuthors[0].Identifiers.Should().ContainSingle().Which.Value.Should().Be("0000-0002-9533-1384");
        citation.Authors[0].Affiliations.Should().Equal("Univ A.");
        citation.Authors[1].Affiliations.Should().BeEmpty();
    }

    [Fact]
    public void Investigators_and_editors_are_kept_apart_from_authors()
    {
        var citation = Cite("PMID- 1\nFED - Riegert-Johnson, Douglas L\nED  - Riegert-Johnson DL\nFAU - Doe, Jane\nAU  - Doe J\nCN  - Trial Group\nFIR - Roe, Rick\nIR  - Roe R\nAUID- ORCID: https://orcid.org/0000-0002-9533-1384\nIRAD- Clinic B.\n");

        citation.Authors.Should().ContainSingle().Which.LastName.Should().Be("Doe");
        citation.Editors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { LastName = "Riegert-Johnson", ForeName = "Douglas L", Initials = "DL" });
        citation.Investigators.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            LastName = "Roe",
            Affiliations = new[] { "Clinic B." },
            Orcid = "0000-0002-9533-1384",
        });
        citation.CorporateAuthors.Should().ContainSingle();
    }

    [Fact]
    public void Investigators_written_short_name_first_pair_with_the_full_name_that_follows()
    {
        // sbalci-rcodes/citations.nbib writes IR before FIR; pairing FIR with the next IR shifted every name.
        var citation = Cite("PMID- 1\nIR  - Sharma A\nFIR - Sharma, Alok\nIR  - Sharma R\nFIR - Sharma, Ronesh\nIRAD- Lab C.\nIR  - Singla D\nFIR - Singla, Deepak\n");

        citation.Investigators.Select(i => (i.ShortName, i.FullName)).Should().Equal(
            ("Sharma A", "Sharma, Alok"), ("Sharma R", "Sharma, Ronesh"), ("Singla D", "Singla, Deepak"));
        citation.Investigators[1].Affiliations.Should().Equal("Lab C.");
        citation.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void An_AU_only_author_next_to_a_namesake_keeps_its_own_place()
    {
        var citation = Cite("PMID- 1\nAU  - Chen J\nFAU - Chen, Jie\nAU  - Chen J\nAD  - Lab.\n");

        citation.Authors.Select(a => (a.FullName, a.ShortName)).Should().Equal((null, "Chen J"), ("Chen, Jie", "Chen J"));
        citation.Authors[1].Affiliations.Should().Equal("Lab.");
    }

    [Fact]
    public void Persons_as_subject_pair_in_either_order()
    {
        var citation = Cite("PMID- 1\nPS  - Freud S\nFPS - Freud, Sigmund\nFPS - Jung, Carl\nPS  - Jung C\nPS  - Adler A\n");

        citation.PersonalNameSubjects.Select(p => (p.ForeName, p.ShortName)).Should().Equal(
            ("Sigmund", "Freud S"), ("Carl", "Jung C"), (null, "Adler A"));
    }

    [Fact]
    public void Et_al_marks_an_incomplete_author_list_not_a_person()
    {
        var citation = Cite("PMID- 1\nAU  - Smith J\nAU  - et al.\n");

        citation.Authors.Should().ContainSingle();
        citation.AuthorListIncomplete.Should().BeTrue();
    }

    [Fact]
    public void Et_al_is_told_as_MED2013_info_as_docs_diagnostics_promise_not_silently_absorbed()
    {
        var citation = Cite("PMID- 1\nAU  - Smith J\nAU  - et al.\nIR  - et al.\n");

        citation.Diagnostics.Select(d => (d.Code, d.Severity, d.Position.Line, d.Position.Column)).Should().Equal(
            (DiagnosticCodes.TruncatedAuthorList, DiagnosticSeverity.Info, 3, 7),
            (DiagnosticCodes.TruncatedAuthorList, DiagnosticSeverity.Info, 4, 7));
        citation.Diagnostics[0].Message.Should().Be("AU value 'et al.': expected a person name ('et al.' marks a truncated author list)");
        citation.OtherFields.Should().Equal(new Medline.Parser.Model.OtherField("IR", "et al.", 4));
    }

    [Fact]
    public void Keywords_belong_to_the_latest_owner_and_other_abstract_languages_to_their_abstract()
    {
        var citation = Cite("PMID- 1\nOTO - NOTNLM\nOT  - covid\nOT  - *stem cells\nOTO - KIE\nOT  - Ethics\nOAB - Publisher: Resumen.\nOABL- spa\n");

        citation.Keywords.Select(k => (k.Text, k.Owner, k.MajorTopic)).Should().Equal(
            ("covid", "NOTNLM", false), ("stem cells", "NOTNLM", true), ("Ethics", "KIE", false));
        citation.OtherAbstracts.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Type = "Publisher", Text = "Resumen.", Language = "spa" });
    }

    [Fact]
    public void Retractions_errata_and_expressions_of_concern_are_flagged_from_links_and_types()
    {
        var retracted = Cite("PMID- 1\nPT  - Journal Article\nPT  - Retracted Publication\nRIN - Nature. 2020 Jan;1(1):1. PMID: 123\nEIN - Nature. 2019;2:3. PMID: 456\nECI - Cell. 2021. PMID: 789\n");

        retracted.IsRetracted.Should().BeTrue();
        retracted.HasErratum.Should().BeTrue();
        retracted.HasExpressionOfConcern.Should().BeTrue();
        retracted.CommentsCorrections.Select(c => c.Pmid).Should().Equal("123", "456", "789");
        Cite("PMID- 2\nRIN - Retraction notice. PMID: 9\n").IsRetracted.Should().BeTrue();
        Cite("PMID- 3\nROF - Original. PMID: 8\n").IsRetracted.Should().BeFalse("ROF marks the notice, not the retracted article");
    }

    [Fact]
    public void Unknown_legacy_malformed_and_repeated_fields_are_kept_in_other_fields()
    {
        var citation = Cite("PMID- 1\nTI  - First.\nTI  - Second.\nZZ  - unknown\nUI  - 96123456\nbad line\nAB  - One.\nAB  - Two.\n");

        citation.Title.Should().Be("First.");
        citation.Abstract!.Text.Should().Be("One. Two.");
        citation.OtherFields.Select(f => (f.Tag, f.Value, f.Line)).Should().Equal(
            ("TI", "Second.", 3), ("ZZ", "unknown", 4), ("UI", "96123456", 5), ("", "bad line", 6));
        citation.Diagnostics.Select(d => d.Code).Should().Equal("MED3001", "MED1006", "MED1001", "MED3001");
    }

    [Fact]
    public void A_value_its_grammar_cannot_parse_is_kept_raw_with_a_positioned_diagnostic()
    {
        var citation = Cite("PMID- 1\nMH  - Aged\nMH  - Humans/*\n");

        citation.MeshHeadings.Should().ContainSingle();
        citation.OtherFields.Should().ContainSingle().Which.Should().Be(new Medline.Parser.Model.OtherField("MH", "Humans/*", 3));
        var diagnostic = citation.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.InvalidMeshHeading);
        diagnostic.Position.Line.Should().Be(3);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Async_citations_equal_sync_citations()
    {
        const string text = "PMID- 1\nFAU - Doe, Jane\nAU  - Doe J\nMH  - *Humans\n\nPMID- 2\nTI  - Two.\n";
        using var syncReader = MedlineReader.FromText(text);
        var expected = syncReader.ReadCitations().ToList();

        await using var asyncReader = MedlineReader.FromReader(new ChunkedReader(text, () => 3));
        var actual = new List<MedlineCitation>();
        await foreach (var citation in asyncReader.ReadCitationsAsync())
        {
            actual.Add(citation);
        }

        actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering().Excluding(c => c.Record));
    }
}
