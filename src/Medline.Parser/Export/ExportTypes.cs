namespace Medline.Parser.Export;

/// <summary>
/// The one table from an <see cref="ItemKind"/> to each export format's type, and from publication types to kinds.
/// Every writer takes its type from here (a second mapping anywhere is a defect).
/// </summary>
internal static class ExportTypes
{
    /// <summary>A kind's type in each format: CSL 1.0.2 <c>type</c>, RIS <c>TY</c>, BibTeX and BibLaTeX entry types.</summary>
    internal readonly record struct Row(ItemKind Kind, string Csl, string Ris, string BibTex, string BibLaTeX);

    // Indexed by ItemKind. RIS has no preprint type: JOUR keeps the server as the journal, which is what Zotero and
    // EndNote import; BibTeX has no dataset, newspaper or patent entry: @misc (@article for a newspaper, as biblatex).
    private static readonly Row[] s_rows =
    [
        new(ItemKind.JournalArticle, "article-journal", "JOUR", "article", "article"),
        new(ItemKind.Chapter, "chapter", "CHAP", "incollection", "incollection"),
        new(ItemKind.Book, "book", "BOOK", "book", "book"),
        new(ItemKind.Report, "report", "RPRT", "techreport", "report"),
        new(ItemKind.Thesis, "thesis", "THES", "phdthesis", "thesis"),
        new(ItemKind.Preprint, "article", "JOUR", "misc", "online"),
        new(ItemKind.Dataset, "dataset", "DATA", "misc", "dataset"),
        new(ItemKind.ConferencePaper, "paper-conference", "CPAPER", "inproceedings", "inproceedings"),
        new(ItemKind.NewspaperArticle, "article-newspaper", "NEWS", "article", "article"),
        new(ItemKind.Patent, "patent", "PAT", "misc", "patent"),
        new(ItemKind.Document, "document", "GEN", "misc", "misc"),
    ];

    // Publication types that make a kind of their own, checked in this order (a preprint that is also a dataset is a
    // preprint). Compared ignoring case: older records write JOURNAL ARTICLE. ERIC's types are in the list too.
    private static readonly (string PublicationType, ItemKind Kind)[] s_byPublicationType =
    [
        ("Preprint", ItemKind.Preprint),
        ("Technical Report", ItemKind.Report),
        ("Academic Dissertation", ItemKind.Thesis),
        ("Dissertations/Theses", ItemKind.Thesis),
        ("Dissertations/Theses - Doctoral Dissertations", ItemKind.Thesis),
        ("Dataset", ItemKind.Dataset),
        ("Congress", ItemKind.ConferencePaper),
        ("Collected Works - Proceedings", ItemKind.ConferencePaper),
        ("Newspaper Article", ItemKind.NewspaperArticle),
        ("Patent", ItemKind.Patent),
    ];

    /// <summary>The types of <paramref name="kind"/>.</summary>
    public static Row Of(ItemKind kind) => s_rows[(int)kind];

    /// <summary>Every row, in <see cref="ItemKind"/> order (for documentation and tests).</summary>
    public static ReadOnlySpan<Row> Rows => s_rows;

    /// <summary>
    /// The kind of a citation: a Bookshelf record is a chapter (it has an article title) or a book; then the first
    /// publication type with a kind of its own; then a journal article when there is a journal; else a document.
    /// </summary>
    public static ItemKind KindOf(MedlineCitation citation)
    {
        if (citation.Book is { } book && (book.Title is not null || book.Publisher is not null))
        {
            return citation.Title is not null && book.Title is not null ? ItemKind.Chapter : ItemKind.Book;
        }

        var inJournal = citation.Journal is { } journal && (journal.Title ?? journal.Abbreviation) is not null;
        foreach (var (publicationType, kind) in s_byPublicationType)
        {
            if (kind == ItemKind.Dataset && inJournal)
            {
                continue; // a data paper (Scientific Data: Dataset and Journal Article) is cited as the article it is
            }

            var types = citation.PublicationTypes;
            for (var i = 0; i < types.Count; i++)
            {
                if (string.Equals(types[i], publicationType, StringComparison.OrdinalIgnoreCase))
                {
                    return kind;
                }
            }
        }

        return inJournal ? ItemKind.JournalArticle : ItemKind.Document;
    }
}
