using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Medline.Parser.Export;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Export;

/// <summary>
/// Every corpus citation written as RIS and read back by two programs nobody here wrote: bibutils' ris2xml (to MODS
/// XML) and citation-js (to CSL-JSON). Each fact the issue lists must come back equal to ours, except where a consumer
/// cannot carry it at all: those cases are the named exceptions below (also in docs/exports.md), each matched on the
/// one name or field it concerns, never a looser comparison.
/// </summary>
public sealed class RisConsumerTests
{
    private static readonly Lazy<Corpus> s_corpus = new(Corpus.Load);

    /// <summary>A documented reason a consumer reads a fact differently, and the one fact of the one item it covers.</summary>
    private sealed record KnownDifference(string Consumer, string Field, string Reason, Func<BibliographicItem, string, string, bool> Applies);

    private static readonly KnownDifference[] s_knownDifferences =
    [
        // bibutils parses a name itself: its suffix list is Jr/Sr/III/IV (written "Jr."), the comma before a suffix
        // stays on the last given name, and "3rd"/"2nd" are read as given names. The spec's "Family, Given, Suffix"
        // is what citation-js and EndNote read, so we keep it.
        new("bibutils", "author", "bibutils reads a name suffix its own way (Jr -> Jr., 2nd/3rd as given names)",
            static (_, ours, _) => ours.Split('|') is [_, _, { Length: > 0 }]),

        // bibutils splits given names at spaces and reads an all-capital given name (JOHN) as initials (J O H N).
        new("bibutils", "author", "bibutils splits an all-capital given name into initials",
            static (_, ours, theirs) => ours.Split('|') is [var family, var given, ""] && given.Any(char.IsUpper) &&
                theirs == family + "|" + string.Join(' ', given.Where(static c => c != ' ')) + "|"),

        // bibutils drops the periods after initials in given names (Susan G. as Susan G).
        new("bibutils", "author", "bibutils drops the periods of initials",
            static (_, ours, theirs) => ours.Split('|') is [var family, var given, ""] && given.Contains('.', StringComparison.Ordinal) &&
                theirs == $"{family}|{given.Replace(".", "", StringComparison.Ordinal)}|"),

        // bibutils writes hyphenated initials with periods (J-Y as J.-Y.).
        new("bibutils", "author", "bibutils puts periods in hyphenated initials",
            static (_, ours, theirs) => ours.Split('|') is [var family, var given, ""] && given.Contains('-', StringComparison.Ordinal) &&
                given.Split('-').All(static p => p is [var c] && char.IsUpper(c)) &&
                theirs == $"{family}|{given.Replace("-", ".-", StringComparison.Ordinal)}.|"),

        // A name with no given part (a person known by one name, an organisation) comes back with the same text,
        // labelled a family name or a literal as the consumer guesses: citation-js makes a name with a space and no
        // comma a literal and one word a family name; bibutils keeps one word as an untyped name.
        new("both", "author", "a name without a given part keeps its text but not its label",
            static (_, ours, theirs) => (ours.StartsWith('=') && theirs == ours[1..] + "||") ||
                (ours.EndsWith("||", StringComparison.Ordinal) && theirs == "=" + ours[..^2])),

        // citation-js splits every name at ", ": an organisation whose name holds a comma cannot come back whole.
        new("citation-js", "author", "citation-js splits an organisation's name at its commas",
            static (_, ours, _) => ours.StartsWith('=') && ours.Contains(',', StringComparison.Ordinal)),

        // bibutils keeps a keyword once, ignoring case: an author keyword that repeats a MeSH descriptor in other
        // case ("Early detection of cancer") is dropped.
        new("bibutils", "keywords", "bibutils drops a keyword equal to an earlier one but for case",
            static (item, _, theirs) => theirs == string.Join(",", item.Keywords.DistinctBy(static k => k.ToUpperInvariant()))),

        // bibutils takes a DO value as a DOI only when its registrant code has four digits (10.1097/...): DOIs such
        // as 10.18865/ed.27.4.443 are dropped.
        new("bibutils", "doi", "bibutils drops a DOI whose registrant code is not four digits",
            static (item, _, theirs) => theirs.Length == 0 && item.Doi is not ['1', '0', '.', _, _, _, _, '/', ..]),

        // citation-js reads no issue or ISSN for RIS type GEN (a record without a journal title): the RIS spec has no
        // such fields there. The type comes from the one type table.
        new("citation-js", "issue", "citation-js reads no issue for TY GEN",
            static (item, _, theirs) => theirs.Length == 0 && item.Kind == ItemKind.Document),
        new("citation-js", "issn", "citation-js reads no ISSN for TY GEN",
            static (item, _, theirs) => theirs.Length == 0 && item.Kind == ItemKind.Document),

        // Neither consumer reads AN (bibutils has no accession number, citation-js no PMID field for RIS): the PMID
        // reaches both in UR, the PubMed URL, which is what the "pmid" fact compares.
    ];

    [Fact]
    public void Bibutils_ris2xml_reads_back_every_corpus_citation_with_the_same_facts()
    {
        var corpus = s_corpus.Value;
        var directory = Directory.CreateTempSubdirectory("medline-ris-");
        try
        {
            var risPath = Path.Combine(directory.FullName, "corpus.ris");
            File.WriteAllText(risPath, corpus.Ris, new UTF8Encoding(false));

            // bibutils reads a name with spaces as a person unless it is listed in a file of names not to mangle (-as):
            // its documented way to keep an organisation (or a name without a given part) whole, so the check lists
            // ours as a user would. (Its -c,
            // the corporation file, fails in Debian's 7.2 with "Memory error when reading --corporation-file".)
            var corporations = Path.Combine(directory.FullName, "corporations.txt");
            File.WriteAllLines(corporations, corpus.Items.SelectMany(static i => i.Item.Authors)
                .Where(static a => a.IsOrganization || (a.Given is null && a.Suffix is null))
                .Select(static a => OneLine(a.Literal ?? a.Family)!).Distinct(StringComparer.Ordinal), new UTF8Encoding(false));

            // -nt keeps a title whole (by default bibutils splits "Title: subtitle" into two MODS elements).
            var result = Consumers.Run("ris2xml", ["-nt", "-as", corporations, risPath]).EnsureSuccess("ris2xml");
            var mods = XDocument.Parse(result.Output.TrimStart('\uFEFF')).Root!.Elements(Mods + "mods").ToList();

            mods.Should().HaveCount(corpus.Items.Count, "ris2xml reads one reference per citation");
            var differences = new List<string>();
            for (var i = 0; i < mods.Count; i++)
            {
                Compare("bibutils", corpus.Items[i], BibutilsFacts(mods[i], corpus.Items[i].Item.Kind), differences);
            }

            differences.Should().BeEmpty(Report(differences));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Citation_js_reads_back_every_corpus_citation_with_the_same_facts()
    {
        var corpus = s_corpus.Value;
        const string script = """
            const { plugins } = require('@citation-js/core');
            require('@citation-js/plugin-ris');
            let text = '';
            process.stdin.setEncoding('utf8');
            process.stdin.on('data', d => text += d);
            process.stdin.on('end', () => {
              // The same parse as new Cite(text), without its graph of how each item was read.
              const items = plugins.input.chain(text, { forceType: '@ris/file', generateGraph: false });
              process.stdout.write(JSON.stringify(items));
            });
            """;

        var result = Consumers.Node(script, corpus.Ris).EnsureSuccess("node with citation-js");
        using var json = JsonDocument.Parse(result.Output);
        var items = json.RootElement.EnumerateArray().ToList();

        items.Should().HaveCount(corpus.Items.Count, "citation-js reads one item per citation");
        var differences = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            Compare("citation-js", corpus.Items[i], CitationJsFacts(items[i]), differences);
        }

        differences.Should().BeEmpty(Report(differences));
    }

    private static readonly XNamespace Mods = "http://www.loc.gov/mods/v3";

    /// <summary>The facts the issue lists, as comparable text: names are "family|given|suffix" or "=literal".</summary>
    private sealed record Facts(
        IReadOnlyList<string> Authors, string? Title, string? Journal, string? Year, string? Volume, string? Issue,
        string? Pages, string? Doi, string? Pmid, IReadOnlyList<string> Issns, string? Abstract, string Keywords);

    // RIS puts a value on one line: runs of ASCII spaces, controls and line separators become one space, none at
    // either end (RisExporter's documented rule). Our facts go through the same rule before they are compared.
    private static string? OneLine(string? value) =>
        value is null ? null : System.Text.RegularExpressions.Regex.Replace(value, "[\\x00-\\x20\\x7F\\u0085\\u2028\\u2029]+", " ").Trim(' ');

    private static Facts Ours(BibliographicItem item) => new(
        item.Authors.Select(static a => a.IsOrganization || a.Family is null
            ? "=" + OneLine(a.Literal ?? a.Given)
            : $"{OneLine(a.Family)}|{OneLine(a.Given)}|{OneLine(a.Suffix)}").ToList(),
        OneLine(item.Title),
        OneLine(item.ContainerTitle),
        item.Issued?.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        item.Volume,
        item.Issue,
        item.Pages is null ? null : item.Pages.FirstPage == item.Pages.LastPage ? item.Pages.FirstPage : $"{item.Pages.FirstPage}-{item.Pages.LastPage}",
        item.Doi,
        item.Url,
        [.. item.Issns, .. item.Isbns],
        OneLine(item.Abstract),
        string.Join(",", item.Keywords.Select(OneLine)));

    private static Facts BibutilsFacts(XElement mods, ItemKind kind)
    {
        static string? Text(XElement? e) => e is null || e.Value.Length == 0 ? null : e.Value;
        var host = mods.Elements(Mods + "relatedItem").FirstOrDefault(static r => (string?)r.Attribute("type") == "host");
        var part = mods.Element(Mods + "part");
        var start = Text(part?.Element(Mods + "extent")?.Element(Mods + "start"));
        var end = Text(part?.Element(Mods + "extent")?.Element(Mods + "end"));
        var date = Text(mods.Descendants(Mods + "dateIssued").FirstOrDefault()) ?? Text(part?.Element(Mods + "date"));
        return new Facts(
            mods.Elements(Mods + "name").Where(static n => n.Descendants(Mods + "roleTerm").Any(static r => r.Value == "author"))
                .Select(static n => (string?)n.Attribute("type") == "personal"
                    ? string.Join('|',
                        string.Join(' ', n.Elements(Mods + "namePart").Where(static p => (string?)p.Attribute("type") == "family").Select(static p => p.Value)),
                        string.Join(' ', n.Elements(Mods + "namePart").Where(static p => (string?)p.Attribute("type") == "given").Select(static p => p.Value)),
                        string.Join(' ', n.Elements(Mods + "namePart").Where(static p => (string?)p.Attribute("type") == "suffix").Select(static p => p.Value)))
                    : "=" + n.Element(Mods + "namePart")?.Value)
                .ToList(),
            Text(mods.Elements(Mods + "titleInfo").FirstOrDefault(static t => t.Attribute("type") is null)?.Element(Mods + "title")),
            // A whole book's host in MODS is its series (T3), not a container: a book has no journal.
            kind == ItemKind.Book ? null : Text(host?.Elements(Mods + "titleInfo").FirstOrDefault(static t => t.Attribute("type") is null)?.Element(Mods + "title")),
            date?[..4],
            Text(part?.Elements(Mods + "detail").FirstOrDefault(static d => (string?)d.Attribute("type") == "volume")?.Element(Mods + "number")),
            Text(part?.Elements(Mods + "detail").FirstOrDefault(static d => (string?)d.Attribute("type") == "issue")?.Element(Mods + "number")),
            // A single page is a page detail, a range an extent.
            start is null ? Text(part?.Elements(Mods + "detail").FirstOrDefault(static d => (string?)d.Attribute("type") == "page")?.Element(Mods + "number"))
                : end is null ? start : $"{start}-{end}",
            Text(mods.Elements(Mods + "identifier").FirstOrDefault(static d => (string?)d.Attribute("type") == "doi")),
            Text(mods.Element(Mods + "location")?.Element(Mods + "url")),
            [.. mods.Descendants(Mods + "identifier").Where(static d => (string?)d.Attribute("type") == "issn").Select(static d => d.Value),
             .. mods.Descendants(Mods + "identifier").Where(static d => (string?)d.Attribute("type") == "isbn").Select(static d => d.Value)],
            Text(mods.Element(Mods + "abstract")),
            string.Join(",", mods.Elements(Mods + "subject").Elements(Mods + "topic").Select(static t => t.Value)));
    }

    private static Facts CitationJsFacts(JsonElement item)
    {
        string? Text(string name) => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        static string Part(JsonElement name, string part) => name.TryGetProperty(part, out var value) ? value.GetString() ?? "" : "";
        var authors = item.TryGetProperty("author", out var a)
            ? a.EnumerateArray().Select(n => n.TryGetProperty("literal", out var literal)
                ? "=" + literal.GetString()
                : $"{Part(n, "family")}|{Part(n, "given")}|{Part(n, "suffix")}").ToList()
            : [];
        var year = item.TryGetProperty("issued", out var issued) && issued.TryGetProperty("date-parts", out var parts)
            ? parts[0][0].ToString()
            : null;
        var issns = !item.TryGetProperty("ISSN", out var issn) ? []
            : issn.ValueKind == JsonValueKind.Array ? issn.EnumerateArray().Select(static i => i.GetString()!).ToList()
            : new List<string> { issn.GetString()! };
        if (Text("ISBN") is { } isbn)
        {
            issns.Add(isbn);
        }

        return new Facts(authors, Text("title"), Text("container-title"), year, Text("volume"), Text("issue"), Text("page"),
            Text("DOI"), Text("URL"), issns, Text("abstract"), Text("keyword") ?? "");
    }

    private static void Compare(string consumer, (string File, BibliographicItem Item) entry, Facts theirs, List<string> differences)
    {
        var ours = Ours(entry.Item);
        var where = $"{entry.File} PMID {entry.Item.Pmid}";
        void Fact(string field, string? expected, string? actual)
        {
            if (!string.Equals(expected ?? "", actual ?? "", StringComparison.Ordinal) && !Excepted(consumer, entry.Item, field, expected ?? "", actual ?? ""))
            {
                differences.Add($"{where}: {field}: ours «{expected}», {consumer} «{actual}»");
            }
        }

        var j = 0;
        for (var i = 0; i < ours.Authors.Count; i++, j++)
        {
            if (consumer == "bibutils" && BibutilsPieces(ours.Authors[i]) is > 1 and var pieces)
            {
                // bibutils cuts a name at each " and " before anything else (even its as-is list): such a name
                // cannot come back whole, and comes back as this many names; the names after it must still follow.
                j += pieces - 1;
                continue;
            }

            if (consumer == "bibutils" && ours.Authors.Take(i).Contains(ours.Authors[i], StringComparer.Ordinal))
            {
                // bibutils keeps a repeated line of a record once: a second author of the same name (or a group
                // listed twice) is not read, and the names after it must still follow.
                j--;
                continue;
            }

            Fact($"author {i + 1}", ours.Authors[i], j < theirs.Authors.Count ? theirs.Authors[j] : null);
        }

        for (; j < theirs.Authors.Count; j++)
        {
            Fact($"author {j + 1}", null, theirs.Authors[j]);
        }

        Fact("title", ours.Title, theirs.Title);
        Fact("journal", ours.Journal, theirs.Journal);
        Fact("year", ours.Year, theirs.Year);
        Fact("volume", ours.Volume, theirs.Volume);
        Fact("issue", ours.Issue, theirs.Issue);
        Fact("pages", ours.Pages, theirs.Pages);
        Fact("doi", ours.Doi, theirs.Doi);
        Fact("pmid", ours.Pmid, theirs.Pmid);
        Fact("issn", string.Join(" ", ours.Issns), string.Join(" ", theirs.Issns));
        Fact("abstract", ours.Abstract, theirs.Abstract);
        Fact("keywords", ours.Keywords, theirs.Keywords);
    }

    private static int BibutilsPieces(string name) => name.Split(" and ").Length;

    // Every difference, one a line, so that a failure shows all of them (the assertion's own message cuts the list).
    private static string Report(List<string> differences) =>
        $"each fact must come back as written; {differences.Count} differ:\n" + string.Join("\n", differences.Take(500));

    private static bool Excepted(string consumer, BibliographicItem item, string field, string ours, string theirs)
    {
        foreach (var known in s_knownDifferences)
        {
            if ((known.Consumer == consumer || known.Consumer == "both") && field.StartsWith(known.Field, StringComparison.Ordinal) &&
                known.Applies(item, ours, theirs))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Corpus(IReadOnlyList<(string File, BibliographicItem Item)> Items, string Ris)
    {
        public static Corpus Load()
        {
            var items = new List<(string, BibliographicItem)>();
            var citations = new List<MedlineCitation>();
            foreach (var file in SharedData.CorpusFiles())
            {
                using var reader = MedlineReader.FromFile(SharedData.CorpusPath(file));
                foreach (var citation in reader.ReadCitations())
                {
                    citations.Add(citation);
                    items.Add((file, BibliographicItem.From(citation)));
                }
            }

            return new Corpus(items, RisExporterTests.Export([.. citations]));
        }
    }
}
