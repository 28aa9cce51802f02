using System.Text;
using Medline.Parser.Export;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Export;

public sealed class BibTexExporterTests
{
    /// <summary>What <paramref name="format"/> writes for <paramref name="citations"/>, appended in batches of <paramref name="batchSize"/>.</summary>
    internal static string Write(ExportFormat format, IReadOnlyList<MedlineCitation> citations, int batchSize = int.MaxValue)
    {
        using var output = new MemoryStream();
        using (var exporter = CitationExporter.Create(output, format, leaveOpen: true))
        {
            foreach (var chunk in citations.Chunk(Math.Min(batchSize, Math.Max(citations.Count, 1))))
            {
                exporter.Append(exporter.Prepare(chunk));
            }

            exporter.Complete();
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    internal static string Write(ExportFormat format, MedlineCitation citation) => Write(format, [citation]);

    internal static IReadOnlyList<string> Keys(string bib) =>
        bib.Split('\n').Where(static l => l.StartsWith('@')).Select(static l => l[(l.IndexOf('{', StringComparison.Ordinal) + 1)..^1]).ToList();

    private static MedlineCitation Paper(string pmid, string? family, int? year)
    {
        var builder = MedlineCitation.Build(pmid).Title("A paper.").Journal("Journal of tests", "J Test");
        if (family is not null)
        {
            builder.Author(family, "John");
        }

        if (year is { } y)
        {
            builder.Published(y);
        }

        return builder.Build();
    }

    [Fact]
    public void Seed_is_an_article_with_its_key_names_journal_month_macro_pages_and_identifiers()
    {
        var bib = Write(ExportFormat.BibTex, SharedData.SeedCitation());

        bib.Should().StartWith("@article{Liang2020,\n  author = {Liang, Bing and Chen, Junhui and ");
        bib.Should().Contain("\n  title = {Clinical remission of a critically ill {COVID-19} patient treated by human umbilical cord mesenchymal stem cells: {A} case report},");
        bib.Should().Contain("\n  journal = {Medicine},\n  year = {2020},\n  month = jul,\n  volume = {99},\n  number = {31},\n  pages = {e21429},");
        bib.Should().Contain("\n  doi = {10.1097/MD.0000000000021429},\n  pmid = {32756149},");
        bib.Should().Contain("\n  issn = {0025-7974, 1536-5964},");
        bib.Should().Contain("\n  language = {english},");
        bib.Should().EndWith("}\n\n");
    }

    [Fact]
    public void Every_special_character_of_TeX_is_escaped()
    {
        var citation = MedlineCitation.Build("1").Title(@"50% & #1 a_b $5 ~x ^y \z {ok} close} open{").Build();

        var bib = Write(ExportFormat.BibTex, citation);

        bib.Should().Contain(@"title = {50\% \& \#1 a\_b \$5 \textasciitilde{}x \textasciicircum{}y \textbackslash{}z \{ok\} close\textbraceright{} open\textbraceleft{}}");
    }

    [Theory]
    [InlineData(ExportFormat.BibTex, "bibtex")]
    [InlineData(ExportFormat.BibLaTeX, "biblatex")]
    public void Every_special_character_survives_a_round_trip_through_pandoc(ExportFormat format, string reader)
    {
        const string title = @"50% & #1 a_b $5 ~x ^y \z {ok} p--q it''s";
        var bib = Write(format, MedlineCitation.Build("1").Title(title).Build());

        var result = Consumers.Run("pandoc", ["--from", reader, "--to", "csljson"], bib).EnsureSuccess("pandoc");

        using var csl = System.Text.Json.JsonDocument.Parse(result.Output);
        // pandoc capitalises the first letter (its sentence case) and typesets '' as a closing quote.
        csl.RootElement[0].GetProperty("title").GetString().Should().Be(@"50% & #1 a_b $5 ~x ^y \z {ok} p--q it’’s");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Doi_and_url_are_written_verbatim_without_TeX_escapes()
    {
        var citation = MedlineCitation.Build("1").Doi("10.1897/IEAM_2004a-01{x}").Build();

        Write(ExportFormat.BibTex, citation).Should().Contain("\n  doi = {10.1897/IEAM_2004a-01%7Bx%7D},");
    }

    [Fact]
    public void A_family_name_without_a_given_name_is_braced_whole_so_it_is_not_split_into_given_and_family()
    {
        var citation = MedlineCitation.Build("1").Editor("Some Editor").Author("Plato").Build();

        var bib = Write(ExportFormat.BibTex, citation);

        bib.Should().Contain("\n  author = {Plato},\n  editor = {{Some Editor}},");
    }

    [Fact]
    public void A_brace_without_a_partner_does_not_unbalance_the_entry()
    {
        var citation = MedlineCitation.Build("1").Title("a } b { c").Build();

        var bib = Write(ExportFormat.BibTex, citation);

        var depth = 0;
        var line = bib.Split('\n').Single(static l => l.Contains("title", StringComparison.Ordinal));
        foreach (var c in line)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            depth.Should().BeGreaterThanOrEqualTo(0, "BibTeX counts escaped braces too");
        }

        depth.Should().Be(0);
    }

    [Theory]
    [InlineData("DNA repair in mRNA of HIV-1.", "{DNA} repair in {mRNA} of {HIV-1}")]
    [InlineData("Outbreak of COVID-19 in Wuhan, China.", "Outbreak of {COVID-19} in {Wuhan}, {China}")]
    [InlineData("Hepatitis A and B in Alzheimer's disease.", "Hepatitis {A} and {B} in {Alzheimer's} disease")]
    [InlineData("Plain title.", "Plain title")]
    public void Title_words_a_style_must_not_lower_case_are_braced(string title, string written)
    {
        var bib = Write(ExportFormat.BibTex, MedlineCitation.Build("1").Title(title).Build());

        bib.Should().Contain("\n  title = {" + written + "}");
    }

    [Fact]
    public void Corporate_author_is_braced_whole_and_names_are_and_joined_with_suffix_in_the_middle()
    {
        var citation = MedlineCitation.Build("1")
            .Author("Smith", "John", static a => a.Suffix("Jr"))
            .CorporateAuthor("World Health Organization and Partners")
            .Author("Doe", null, static a => a.Initials("JB"))
            .Build();

        var bib = Write(ExportFormat.BibTex, citation);

        bib.Should().Contain("\n  author = {Smith, Jr, John and {World Health Organization and Partners} and Doe, J B}");
    }

    [Fact]
    public void Three_papers_by_Smith_in_2020_get_Smith2020_Smith2020a_and_Smith2020b()
    {
        var papers = new[] { Paper("1", "Smith", 2020), Paper("2", "Smith", 2020), Paper("3", "Smith", 2020) };

        Keys(Write(ExportFormat.BibTex, papers)).Should().Equal("Smith2020", "Smith2020a", "Smith2020b");
    }

    [Fact]
    public void Keys_are_the_same_across_runs_and_batch_splits()
    {
        var papers = Enumerable.Range(1, 30).Select(static i => Paper(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i % 3 == 0 ? "Müller" : "Smith", 2020 + i % 2)).ToList();

        var whole = Keys(Write(ExportFormat.BibTex, papers));

        Keys(Write(ExportFormat.BibTex, papers)).Should().Equal(whole);
        Keys(Write(ExportFormat.BibTex, papers, batchSize: 1)).Should().Equal(whole);
        Keys(Write(ExportFormat.BibLaTeX, papers, batchSize: 7)).Should().Equal(whole);
        whole.Should().OnlyHaveUniqueItems().And.Contain(["Muller2020", "Smith2021", "Smith2021a"]);
    }

    [Fact]
    public void A_natural_key_equal_to_an_earlier_suffixed_key_gets_a_suffix_of_its_own()
    {
        // Smith 2020 twice gives Smith2020a; an author named Smitha with no year would be Smithand, so use the key rule directly.
        var keys = new BibKeys();

        var given = new[] { keys.Assign("Smith2020"), keys.Assign("Smith2020"), keys.Assign("Smith2020a"), keys.Assign("Smith2020") };

        given.Should().Equal("Smith2020", "Smith2020a", "Smith2020aa", "Smith2020b");
    }

    [Fact]
    public void Suffixes_run_past_z_to_aa_without_repeating()
    {
        Enumerable.Range(0, 26 * 27 + 1).Select(BibKeys.Suffix).Should().OnlyHaveUniqueItems()
            .And.StartWith(["a", "b"]).And.Contain(["z", "aa", "zz", "aaa"]);
    }

    [Fact]
    public void No_author_and_no_year_keys_are_Anon_and_nd()
    {
        var papers = new[] { Paper("1", null, 2020), Paper("2", "Smith", null), Paper("3", null, null), Paper("4", null, null) };

        Keys(Write(ExportFormat.BibTex, papers)).Should().Equal("Anon2020", "Smithnd", "Anonnd", "Anonnda");
    }

    [Fact]
    public void Key_of_a_corporate_first_author_is_its_first_word_and_of_a_non_latin_name_falls_back_to_Anon()
    {
        var group = MedlineCitation.Build("1").CorporateAuthor("World Health Organization").Published(2019).Build();
        var chinese = MedlineCitation.Build("2").Author("李", "明").Published(2019).Build();

        Keys(Write(ExportFormat.BibTex, [group, chinese])).Should().Equal("World2019", "Anon2019");
    }

    [Fact]
    public void Non_ascii_text_is_kept_as_utf8()
    {
        var citation = MedlineCitation.Build("1").Author("Müller", "Zoë").Title("Étude des œufs.").Build();

        var bib = Write(ExportFormat.BibTex, citation);

        bib.Should().Contain("author = {Müller, Zoë}").And.Contain("title = {Étude des œufs}").And.StartWith("@misc{Muller");
    }

    [Fact]
    public void Mesh_heading_with_a_comma_is_one_braced_keyword()
    {
        var citation = MedlineCitation.Build("1").Mesh("Carcinoma, Non-Small-Cell Lung").Mesh("Humans").Keyword("COVID-19").Build();

        Write(ExportFormat.BibTex, citation).Should().Contain("\n  keywords = {{Carcinoma, Non-Small-Cell Lung}, Humans, COVID-19}");
    }

    [Fact]
    public void Page_range_is_written_with_an_en_dash_and_the_end_expanded()
    {
        var citation = MedlineCitation.Build("1").Pages("1439", "1441").Build();

        Write(ExportFormat.BibTex, citation).Should().Contain("\n  pages = {1439--1441}");
    }

    [Fact]
    public void Empty_output_is_empty()
    {
        Write(ExportFormat.BibTex, []).Should().BeEmpty();
    }
}
