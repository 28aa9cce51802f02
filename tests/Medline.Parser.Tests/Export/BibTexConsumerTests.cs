using System.Text.Json;
using Medline.Parser.Export;
using Medline.Parser.Tests.TestSupport;
using static Medline.Parser.Tests.Export.BibTexExporterTests;

namespace Medline.Parser.Tests.Export;

/// <summary>
/// pandoc and bibutils, which nobody here wrote, read every corpus file's BibTeX and BibLaTeX back; what they read
/// must be what our bibliographic view says.
/// </summary>
public sealed class BibTexConsumerTests
{
    // How pandoc 2.17 reads each entry type we write into CSL (misc has no CSL type in pandoc: it writes "").
    private static readonly Dictionary<string, string> s_pandocType = new(StringComparer.Ordinal)
    {
        ["article"] = "article-journal", ["incollection"] = "chapter", ["book"] = "book", ["techreport"] = "report",
        ["report"] = "report", ["phdthesis"] = "thesis", ["thesis"] = "thesis", ["misc"] = "", ["online"] = "webpage",
        ["dataset"] = "dataset", ["inproceedings"] = "paper-conference", ["patent"] = "patent",
    };

    public static TheoryData<string, ExportFormat> CorpusByFormat()
    {
        var data = new TheoryData<string, ExportFormat>();
        foreach (var file in SharedData.CorpusTheoryData())
        {
            data.Add(file, ExportFormat.BibTex);
            data.Add(file, ExportFormat.BibLaTeX);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusByFormat))]
    public void Pandoc_reads_every_corpus_citation_back_with_our_type_names_title_container_date_volume_issue_pages_and_doi(string file, ExportFormat format)
    {
        var citations = ReadCorpus(file);
        var bib = Write(format, citations);
        var keys = Keys(bib);
        var csl = RunPandoc(bib, format);

        csl.Should().HaveCount(citations.Count);
        var byId = csl.ToDictionary(static e => e.GetProperty("id").GetString()!, StringComparer.Ordinal);
        for (var i = 0; i < citations.Count; i++)
        {
            var item = BibliographicItem.From(citations[i]);
            var entry = byId[keys[i]];
            var because = $"{file} PMID {item.Pmid} ({keys[i]})";
            var row = ExportTypes.Of(item.Kind);
            Text(entry, "type").Should().Be(s_pandocType[format == ExportFormat.BibTex ? row.BibTex : row.BibLaTeX], because);
            Names(entry, "author").Should().Equal(item.Authors, SameName, because);
            Names(entry, "editor").Should().Equal(item.Editors, SameName, because);
            TitleAgrees(Text(entry, "title"), item.Title, because);
            Normalized(Text(entry, "container-title")).Should().Be(item.Kind == ItemKind.Chapter ? item.ContainerTitle : item.ContainerTitle ?? item.ContainerTitleShort, because);
            DateParts(entry).Should().Be(ExpectedDate(item, format), because);
            Text(entry, "volume").Should().Be(item.Volume, because);
            // pandoc reads a misc entry's number as CSL's number, an article's as its issue.
            (Text(entry, "issue") ?? Text(entry, "number")).Should().Be(item.Issue, because);
            Text(entry, "page").Should().Be(item.Pages is { } p ? p.FirstPage == p.LastPage ? p.FirstPage : p.FirstPage + "-" + p.LastPage : null, because);
            Text(entry, "DOI").Should().Be(item.Doi, because);
        }
    }

    [Theory]
    [MemberData(nameof(CorpusByFormat))]
    public void Pandoc_reading_our_bib_agrees_with_our_own_csl_json_on_the_same_facts(string file, ExportFormat format)
    {
        // Issue 11: the CSL-JSON pandoc makes of our .bib and the CSL-JSON we write for the same citations name the
        // same people, title, container, year, volume and DOI. (Pages: ours are as printed, 1439-41; BibTeX's are the
        // expanded range; the type of @misc is "" in pandoc: both are compared to the view above.)
        var citations = ReadCorpus(file);
        var bib = Write(format, citations);
        var keys = Keys(bib);
        var theirs = RunPandoc(bib, format).ToDictionary(static e => e.GetProperty("id").GetString()!, StringComparer.Ordinal);
        using var ours = JsonDocument.Parse(CslJsonExporterTests.Export(citations));
        var items = ours.RootElement.EnumerateArray().ToList();

        items.Should().HaveCount(citations.Count);
        for (var i = 0; i < citations.Count; i++)
        {
            var (mine, read) = (items[i], theirs[keys[i]]);
            var because = $"{file} {Text(mine, "id")} ({keys[i]})";
            // pandoc's own guess of particles may move a lower-case word between the parts: the same words are the same name.
            Names(read, "author").Should().Equal(Names(mine, "author").Select(Unbraced), static (r, m) => r == m || Words(r) == Words(m), because);
            TitleAgrees(Text(read, "title"), Text(mine, "title"), because);
            Normalized(Text(read, "container-title")).Should().Be(Normalized(Text(mine, "container-title")), because);
            Year(read).Should().Be(Year(mine), because);
            Text(read, "volume").Should().Be(Text(mine, "volume"), because);
            Text(read, "DOI").Should().Be(Text(mine, "DOI"), because);
        }

        // A family name alone with a space is braced whole in BibTeX: pandoc reads it as a literal name, as it is.
        static string Unbraced(string name) =>
            name is ['|', ..] || !name.EndsWith("||", StringComparison.Ordinal) || !name[..^2].Contains(' ', StringComparison.Ordinal)
                ? name
                : "literal:" + name[..^2];

        static string? Year(JsonElement entry) =>
            entry.TryGetProperty("issued", out var issued) && issued.TryGetProperty("date-parts", out var parts)
                ? parts[0][0].ToString()
                : null;
    }

    [Theory]
    [MemberData(nameof(CorpusByFormat))]
    public void Bibutils_reads_every_corpus_file_with_the_same_entries_authors_and_titles(string file, ExportFormat format)
    {
        var citations = ReadCorpus(file);
        var bib = Write(format, citations);

        var result = Consumers.Run(format == ExportFormat.BibTex ? "bib2xml" : "biblatex2xml", [], bib).EnsureSuccess("bibutils");

        var mods = System.Xml.Linq.XDocument.Parse(result.Output);
        System.Xml.Linq.XNamespace m = "http://www.loc.gov/mods/v3";
        var records = mods.Root!.Elements(m + "mods").ToList();
        records.Should().HaveCount(citations.Count, result.Error);
        for (var i = 0; i < citations.Count; i++)
        {
            var item = BibliographicItem.From(citations[i]);
            var because = $"{file} PMID {item.Pmid}";
            var authors = records[i].Elements(m + "name")
                .Where(n => n.Descendants(m + "roleTerm").Any(static r => r.Value is "author"))
                .ToList();
            // bib2xml (not biblatex2xml) keeps one of two authors with the same name (two Wang Zhong in PMID 23023329).
            authors.Should().HaveCount(format == ExportFormat.BibTex ? item.Authors.Distinct().Count() : item.Authors.Count, because);
            var title = records[i].Element(m + "titleInfo")?.Element(m + "title")?.Value;
            if (item.Title is null)
            {
                title.Should().BeNullOrEmpty(because);
            }
            else
            {
                // MODS splits a title at its first colon into title and subTitle.
                var sub = records[i].Element(m + "titleInfo")?.Element(m + "subTitle")?.Value;
                // MODS splits a title at its first colon or question mark; bibutils makes TeX's -- an en dash.
                var whole = sub is null ? title : title!.EndsWith('?') ? title + " " + sub : title + ": " + sub;
                TitleAgrees(whole!.Replace("–", "--", StringComparison.Ordinal), item.Title, because);
            }
        }
    }

    private static List<MedlineCitation> ReadCorpus(string file)
    {
        using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
        return reader.ReadCitations().ToList();
    }

    private static List<JsonElement> RunPandoc(string bib, ExportFormat format)
    {
        var result = Consumers.Run("pandoc", ["--from", format == ExportFormat.BibTex ? "bibtex" : "biblatex", "--to", "csljson"], bib)
            .EnsureSuccess("pandoc");
        result.Error.Should().BeEmpty("pandoc warns of nothing it could not read");
        using var document = JsonDocument.Parse(result.Output);
        return document.RootElement.EnumerateArray().Select(static e => e.Clone()).ToList();
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;

    // Particles ("van der") are a part of their own for pandoc, of the family name for MEDLINE.
    private static IEnumerable<string> Names(JsonElement entry, string role) =>
        !entry.TryGetProperty(role, out var names) ? [] : names.EnumerateArray().Select(static n =>
            Normalized(n.TryGetProperty("literal", out var literal) ? "literal:" + literal.GetString()
            : string.Join(' ', new[] { "dropping-particle", "non-dropping-particle", "family" }.Select(p => Text(n, p)).OfType<string>())
              + "|" + Text(n, "given") + "|" + Text(n, "suffix"))!);

    // A family name alone that has a space is braced whole, which pandoc reads as a literal name. Where pandoc's
    // own guess of particles moves a lower-case word between the parts (the given name "Suzana Alves de" of Moraes
    // becomes "de Moraes", "d'Almeida" becomes "d' Almeida"; BibTeX and biber keep the parts as written), the same
    // words in the same order are the same name.
    private static bool SameName(string read, BibliographicName name)
    {
        var expected = name.Literal is { } literal || (string.IsNullOrEmpty(name.Given) && name.Family!.Contains(' ', StringComparison.Ordinal))
            ? "literal:" + (name.Literal ?? name.Family)
            : name.Family + "|" + name.Given + "|" + name.Suffix;
        if (read == expected)
        {
            return true;
        }

        var hasParticle = (name.Family + " " + name.Given).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(static w => char.IsLower(w[0]));
        return hasParticle && Words(read) == Words(expected);
    }

    private static string Words(string name) =>
        string.Join(' ', name.Replace("literal:", "", StringComparison.Ordinal).Replace("' ", "'", StringComparison.Ordinal)
            .Split([' ', '|', ','], StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    // pandoc typesets quotes.
    private static string? Normalized(string? text) =>
        text?.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');

    // The words are ours; pandoc may capitalise a title's first letter and a subtitle's (its sentence case), but a
    // capital we wrote that it lower-cases is a word our case protection missed.
    private static void TitleAgrees(string? read, string? ours, string because)
    {
        (read, ours) = (Normalized(read), Normalized(ours));
        if (ours is null || read is null)
        {
            read.Should().Be(ours, because);
            return;
        }

        read.Should().BeEquivalentTo(ours, because);
        for (var i = 0; i < ours.Length; i++)
        {
            if (read[i] != ours[i])
            {
                char.IsUpper(ours[i]).Should().BeFalse($"{because}: pandoc lower-cased the capital at {i} of \"{ours}\" into \"{read}\"");
            }
        }
    }

    private static string? DateParts(JsonElement entry) =>
        entry.TryGetProperty("issued", out var issued) && issued.TryGetProperty("date-parts", out var parts)
            ? string.Join('/', parts.EnumerateArray().Select(static p => string.Join('-', p.EnumerateArray().Select(static n => n.ToString()))))
            : null;

    // BibTeX carries a year and a month; BibLaTeX the whole date with its range and season (as CSL's months 21-24).
    private static string? ExpectedDate(BibliographicItem item, ExportFormat format)
    {
        if (item.Issued is not { Year: { } year } date)
        {
            return null;
        }

        if (format == ExportFormat.BibTex)
        {
            return date.Month is { } month && date.Season is null ? $"{year}-{month}" : $"{year}";
        }

        using var text = new Utf8Buffer(64);
        BibLaTeXExporter.AppendDate(text, date);
        var iso = System.Text.Encoding.UTF8.GetString(text.WrittenSpan);
        return string.Join('/', iso.Split('/').Select(static d => string.Join('-', d.Split('-').Select(static n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)))));
    }
}
