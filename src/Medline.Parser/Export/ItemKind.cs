namespace Medline.Parser.Export;

/// <summary>What kind of work a citation describes, as reference managers sort them (one row of <see cref="ExportTypes"/> each).</summary>
public enum ItemKind
{
    /// <summary>An article in a journal (also letters, editorials, reviews: what PubMed's journal records are).</summary>
    JournalArticle,

    /// <summary>A chapter or section of a book (a Bookshelf record with <c>TI</c> and <c>BTI</c>).</summary>
    Chapter,

    /// <summary>A whole book or report in a book series (a Bookshelf record with <c>BTI</c> only).</summary>
    Book,

    /// <summary>A technical report (publication type <c>Technical Report</c>).</summary>
    Report,

    /// <summary>A thesis or dissertation.</summary>
    Thesis,

    /// <summary>A preprint (publication type <c>Preprint</c>): not peer reviewed, on a preprint server.</summary>
    Preprint,

    /// <summary>A dataset.</summary>
    Dataset,

    /// <summary>A paper in conference proceedings (publication type <c>Congress</c>).</summary>
    ConferencePaper,

    /// <summary>A newspaper article.</summary>
    NewspaperArticle,

    /// <summary>A patent.</summary>
    Patent,

    /// <summary>Anything else: no journal, no book.</summary>
    Document,
}
