using Medline.Parser.Model;

namespace Medline.Parser.Export;

/// <summary>
/// A citation as reference formats see it, computed once: what kind of work it is, who wrote it, when it was issued,
/// where it appeared and how to find it. Every exporter (CSL-JSON, RIS, BibTeX, BibLaTeX, CSV, Parquet) writes from
/// this view, so they agree with each other on every fact.
/// </summary>
public sealed class BibliographicItem
{
    private BibliographicItem(MedlineCitation citation) => Citation = citation;

    /// <summary>The citation this view was computed from, for what a format writes beyond the view.</summary>
    public MedlineCitation Citation { get; }

    /// <summary>The kind of work.</summary>
    public ItemKind Kind { get; private init; }

    /// <summary>The title of the work itself: the article or chapter title (<c>TI</c>), or the book title (<c>BTI</c>) for a book; without the period MEDLINE ends it with.</summary>
    public string? Title { get; private init; }

    /// <summary>The title of what holds it: the journal's full title (<c>JT</c>) or, for a chapter, the book's (<c>BTI</c>).</summary>
    public string? ContainerTitle { get; private init; }

    /// <summary>The journal's NLM abbreviation (<c>TA</c>: <c>Medicine (Baltimore)</c>).</summary>
    public string? ContainerTitleShort { get; private init; }

    /// <summary>The series a book or report belongs to (the first <c>CTI</c>).</summary>
    public string? CollectionTitle { get; private init; }

    /// <summary>The authors in byline order, persons and organisations (<c>CN</c>) interleaved as the record lists them.</summary>
    public IReadOnlyList<BibliographicName> Authors { get; private init; } = [];

    /// <summary>The editors (<c>FED</c>/<c>ED</c>) of a book.</summary>
    public IReadOnlyList<BibliographicName> Editors { get; private init; } = [];

    /// <summary>
    /// When it was issued: the publication date (<c>DP</c>) with its range, season or free text; for an article
    /// published electronically only (<c>PST - epublish</c>), the day of that publication (<c>DEP</c>), as PubMed's own
    /// citation (<c>SO</c>) dates it.
    /// </summary>
    public PublicationDate? Issued { get; private init; }

    /// <summary>The journal volume (<c>VI</c>).</summary>
    public string? Volume { get; private init; }

    /// <summary>The journal issue (<c>IP</c>).</summary>
    public string? Issue { get; private init; }

    /// <summary>The pages (<c>PG</c>), as printed and as the first range's first and last page.</summary>
    public Pagination? Pages { get; private init; }

    /// <summary>The book's edition (<c>EN</c>).</summary>
    public string? Edition { get; private init; }

    /// <summary>The publisher (<c>PB</c>) of a book.</summary>
    public string? Publisher { get; private init; }

    /// <summary>Where the publisher is (<c>PL</c> of a book record).</summary>
    public string? PublisherPlace { get; private init; }

    /// <summary>The DOI (<c>10.1097/MD.0000000000021429</c>).</summary>
    public string? Doi { get; private init; }

    /// <summary>The PubMed identifier.</summary>
    public string? Pmid { get; private init; }

    /// <summary>The PubMed Central identifier (<c>PMC7402800</c>).</summary>
    public string? Pmcid { get; private init; }

    /// <summary>The ISSNs, print first, then electronic, then the others as listed.</summary>
    public IReadOnlyList<string> Issns { get; private init; } = [];

    /// <summary>The ISBNs of a book.</summary>
    public IReadOnlyList<string> Isbns { get; private init; } = [];

    /// <summary>The languages as BCP 47 tags (<c>en</c>, <c>fr</c>), in record order.</summary>
    public IReadOnlyList<string> Languages { get; private init; } = [];

    /// <summary>The abstract's text.</summary>
    public string? Abstract { get; private init; }

    /// <summary>Keywords: each MeSH descriptor once, then each author keyword (<c>OT</c>) once, in record order.</summary>
    public IReadOnlyList<string> Keywords { get; private init; } = [];

    /// <summary>The record's PubMed page (<c>https://pubmed.ncbi.nlm.nih.gov/32756149/</c>).</summary>
    public string? Url => Pmid is null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + Pmid + "/";

    /// <summary>The view of <paramref name="citation"/>.</summary>
    /// <param name="citation">The citation.</param>
    public static BibliographicItem From(MedlineCitation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var kind = ExportTypes.KindOf(citation);
        var book = citation.Book;
        var journal = citation.Journal;
        var isBookRecord = kind is ItemKind.Chapter or ItemKind.Book && book is not null;
        return new BibliographicItem(citation)
        {
            Kind = kind,
            Title = WithoutFinalPeriod(kind == ItemKind.Book ? book?.Title ?? citation.Title : citation.Title ?? book?.Title),
            ContainerTitle = kind == ItemKind.Chapter ? WithoutFinalPeriod(book?.Title) : isBookRecord ? null : journal?.Title,
            ContainerTitleShort = isBookRecord ? null : journal?.Abbreviation,
            CollectionTitle = book is { CollectionTitles: [var collection, ..] } ? WithoutFinalPeriod(collection) : null,
            Authors = Byline(citation),
            Editors = Persons(citation.Editors),
            Issued = IssuedOf(citation),
            Volume = journal?.Volume,
            Issue = journal?.Issue,
            Pages = citation.Pagination,
            Edition = book?.Edition,
            Publisher = book?.Publisher,
            PublisherPlace = isBookRecord ? book?.Place : null,
            Doi = citation.Doi,
            Pmid = citation.Pmid,
            Pmcid = citation.PmcId,
            Issns = IssnsOf(journal),
            Isbns = book?.Isbns ?? [],
            Languages = LanguagesOf(citation.Languages),
            Abstract = citation.Abstract?.Text,
            Keywords = KeywordsOf(citation),
        };
    }

    // MEDLINE ends every title with a period that styles add themselves (a title that ends in "?" or "!" keeps it);
    // "..." and an abbreviation like "et al." are not a sentence's end and stay.
    internal static string? WithoutFinalPeriod(string? title) =>
        title is [.., not '.', '.'] && !title.EndsWith(" al.", StringComparison.Ordinal) ? title[..^1] : title;

    // DP of an electronic-only article is its eCollection's date (PLoS One: 2016); the article appeared on DEP's day.
    private static PublicationDate? IssuedOf(MedlineCitation citation) =>
        string.Equals(citation.PublicationStatus, "epublish", StringComparison.OrdinalIgnoreCase) &&
        citation.ElectronicPublicationDate is { Precision: DatePrecision.Day, Date: var day }
            ? new PublicationDate { Year = day.Year, Month = day.Month, Day = day.Day, Precision = DatePrecision.Day }
            : citation.PublicationDate;

    private static List<BibliographicName> Byline(MedlineCitation citation)
    {
        var entries = new List<Tables.BylineEntry>(citation.Authors.Count + citation.CorporateAuthors.Count);
        Tables.Byline.Fill(citation, entries);
        var names = new List<BibliographicName>(entries.Count);
        foreach (var entry in entries)
        {
            names.Add(entry.Group is { } group ? new BibliographicName { Literal = group.Name } : Person(entry.Person!));
        }

        return names;
    }

    private static List<BibliographicName> Persons(IReadOnlyList<Author> authors)
    {
        var names = new List<BibliographicName>(authors.Count);
        foreach (var author in authors)
        {
            names.Add(Person(author));
        }

        return names;
    }

    private static BibliographicName Person(Author author)
    {
        if (author.LastName is null)
        {
            // A name without parts (a one-word FAU): keep it whole rather than guess which part it is.
            return new BibliographicName { Literal = author.FullName ?? author.ShortName ?? "", Orcid = author.Orcid };
        }

        return new BibliographicName
        {
            Family = author.LastName,
            Given = author.ForeName ?? SpacedInitials(author.Initials),
            Initials = author.Initials,
            Suffix = author.Suffix,
            Orcid = author.Orcid,
        };
    }

    // "JA" -> "J A": a style initialises each letter instead of reading "JA" as one given name.
    private static string? SpacedInitials(string? initials)
    {
        if (string.IsNullOrEmpty(initials) || initials.Length == 1)
        {
            return initials;
        }

        return string.Create(initials.Length * 2 - 1, initials, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i * 2] = source[i];
                if (i + 1 < source.Length)
                {
                    span[i * 2 + 1] = ' ';
                }
            }
        });
    }

    private static List<string> IssnsOf(Journal? journal)
    {
        var issns = new List<string>(journal?.Issns.Count ?? 0);
        if (journal is null)
        {
            return issns;
        }

        foreach (var type in (ReadOnlySpan<IssnType>)[IssnType.Print, IssnType.Electronic, IssnType.Linking, IssnType.Unknown])
        {
            foreach (var issn in journal.Issns)
            {
                // An untyped value may be a book's ISBN written as IS: only ISSN-shaped ones (1234-567X) are ISSNs.
                if (issn.Type == type && (type != IssnType.Unknown || IsIssnShaped(issn.Value)) && !issns.Contains(issn.Value))
                {
                    issns.Add(issn.Value);
                }
            }
        }

        return issns;
    }

    private static bool IsIssnShaped(string value) => value is [_, _, _, _, '-', _, _, _, _];

    private static List<string> LanguagesOf(IReadOnlyList<string> codes)
    {
        var tags = new List<string>(codes.Count);
        foreach (var code in codes)
        {
            var tag = Export.Languages.ToBcp47(code);
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    private static List<string> KeywordsOf(MedlineCitation citation)
    {
        var keywords = new List<string>(citation.MeshHeadings.Count + citation.Keywords.Count);
        foreach (var heading in citation.MeshHeadings)
        {
            if (!keywords.Contains(heading.Descriptor))
            {
                keywords.Add(heading.Descriptor);
            }
        }

        foreach (var keyword in citation.Keywords)
        {
            if (!keywords.Contains(keyword.Text))
            {
                keywords.Add(keyword.Text);
            }
        }

        return keywords;
    }
}
