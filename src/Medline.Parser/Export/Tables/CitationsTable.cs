using Medline.Parser.Model;

namespace Medline.Parser.Export.Tables;

/// <summary>A row of the citations table: the bibliographic view, with what several columns share computed once.</summary>
internal sealed class CitationRow
{
    public CitationRow(BibliographicItem item)
    {
        Item = item;
        var byline = new List<BylineEntry>(item.Authors.Count);
        Byline.Fill(item.Citation, byline);
        var names = new List<string>(byline.Count);
        foreach (var entry in byline)
        {
            names.Add(entry.Name);
        }

        AuthorNames = names;
    }

    public BibliographicItem Item { get; }

    public MedlineCitation Citation => Item.Citation;

    /// <summary>The byline's names (<see cref="BylineEntry.Name"/>), persons and groups, in order.</summary>
    public IReadOnlyList<string> AuthorNames { get; }
}

/// <summary>The citations table: one row per citation.</summary>
internal static class CitationsTable
{
    public static TableDefinition<CitationRow> Definition { get; } = new(
        ExportTable.Citations,
        "citations",
        "one row per citation",
        [
            TableColumn<CitationRow>.ForText("pmid", "PubMed identifier (PMID): the key of every table", r => r.Item.Pmid),
            TableColumn<CitationRow>.ForText("pmcid", "PubMed Central identifier (PMC), `PMC7402800`", r => r.Item.Pmcid),
            TableColumn<CitationRow>.ForText("doi", "DOI (first AID, else LID, of type doi)", r => r.Item.Doi),
            TableColumn<CitationRow>.ForText("kind", "kind of work: JournalArticle, Chapter, Book, Report, Thesis, Preprint…", r => KindName(r.Item.Kind)),
            TableColumn<CitationRow>.ForText("title", "title (TI; BTI for a book) without MEDLINE's final period", r => r.Item.Title),
            TableColumn<CitationRow>.ForText("journal", "journal's full title (JT), or the book title of a chapter", r => r.Item.ContainerTitle),
            TableColumn<CitationRow>.ForText("journal_abbreviation", "NLM title abbreviation (TA)", r => r.Item.ContainerTitleShort),
            TableColumn<CitationRow>.ForText("nlm_id", "NLM journal identifier (JID)", r => r.Citation.Journal?.NlmId),
            TableColumn<CitationRow>.ForText("country", "country of the journal's publisher (PL)", r => r.Citation.Journal?.Country),
            TableColumn<CitationRow>.ForList("issns", "ISSNs, print first", r => r.Item.Issns),
            TableColumn<CitationRow>.ForList("isbns", "ISBNs of a book", r => r.Item.Isbns),
            TableColumn<CitationRow>.ForText("volume", "volume (VI)", r => r.Item.Volume),
            TableColumn<CitationRow>.ForText("issue", "issue (IP)", r => r.Item.Issue),
            TableColumn<CitationRow>.ForText("pages", "pages as printed (PG)", r => r.Item.Pages?.Raw),
            TableColumn<CitationRow>.ForText("first_page", "first page", r => r.Item.Pages?.FirstPage),
            TableColumn<CitationRow>.ForText("last_page", "last page of the first range, expanded (`1234-9` gives `1239`)", r => r.Item.Pages?.LastPage),
            TableColumn<CitationRow>.ForText("publication_date", "publication date as printed (DP): `2020 Jul 31`, `2019 Winter`, `2020 Jan-Feb`", r => r.Item.Issued?.Raw),
            TableColumn<CitationRow>.ForInteger("year", "year of publication (the first of a range)", r => r.Item.Issued?.Year),
            TableColumn<CitationRow>.ForInteger("month", "month of publication, 1-12, when printed (not for a season)", r => r.Item.Issued is { Season: null } date ? date.Month : null),
            TableColumn<CitationRow>.ForInteger("day", "day of publication, when printed", r => r.Item.Issued?.Day),
            TableColumn<CitationRow>.ForDate("electronic_publication_date", "date of electronic publication (DEP)", r => FullDate(r.Citation.ElectronicPublicationDate)),
            TableColumn<CitationRow>.ForText("publication_status", "publication status (PST): ppublish, epublish, aheadofprint", r => r.Citation.PublicationStatus),
            TableColumn<CitationRow>.ForList("publication_types", "publication types (PT)", r => r.Citation.PublicationTypes),
            TableColumn<CitationRow>.ForList("languages", "languages as BCP 47 tags (`en`, `fr`)", r => r.Item.Languages),
            TableColumn<CitationRow>.ForList("authors", "authors in byline order as PubMed lists them (AU `Liang B`, CN for a group)", r => r.AuthorNames),
            TableColumn<CitationRow>.ForInteger("author_count", "number of names in the byline, groups included", r => r.AuthorNames.Count),
            TableColumn<CitationRow>.ForText("first_author", "first name of the byline", r => r.AuthorNames is [var first, ..] ? first : null),
            TableColumn<CitationRow>.ForText("last_author", "last name of the byline (often the senior author)", r => r.AuthorNames is [.., var last] ? last : null),
            TableColumn<CitationRow>.ForBoolean("author_list_incomplete", "whether the record lists only the first authors (et al.)", r => r.Citation.AuthorListIncomplete),
            TableColumn<CitationRow>.ForList("mesh", "MeSH descriptors (MH), each once", r => Descriptors(r.Citation, majorOnly: false)),
            TableColumn<CitationRow>.ForList("mesh_major", "MeSH major topics: descriptors starred themselves or through a qualifier (PubMed's [majr])", r => Descriptors(r.Citation, majorOnly: true)),
            TableColumn<CitationRow>.ForList("keywords", "author keywords (OT), each once", r => Keywords(r.Citation)),
            TableColumn<CitationRow>.ForText("abstract", "abstract (AB), sections as printed", r => r.Item.Abstract),
            TableColumn<CitationRow>.ForDate("date_completed", "date indexing was completed (DCOM)", r => FullDate(r.Citation.DateCompleted)),
            TableColumn<CitationRow>.ForDate("date_revised", "date last revised (LR)", r => FullDate(r.Citation.DateRevised)),
            TableColumn<CitationRow>.ForDate("entrez_date", "date the citation entered PubMed (EDAT), without its time", r => r.Citation.EntrezDate?.Date),
            TableColumn<CitationRow>.ForText("status", "NLM status (STAT): MEDLINE, PubMed-not-MEDLINE, In-Process, Publisher…", r => r.Citation.Status),
            TableColumn<CitationRow>.ForBoolean("is_retracted", "retracted: publication type Retracted Publication or a retraction link (RIN)", r => r.Citation.IsRetracted),
            TableColumn<CitationRow>.ForBoolean("has_erratum", "an erratum was published for it (EIN)", r => r.Citation.HasErratum),
            TableColumn<CitationRow>.ForBoolean("has_expression_of_concern", "an expression of concern exists for it (ECI)", r => r.Citation.HasExpressionOfConcern),
        ],
        static (item, rows) => rows.Add(new CitationRow(item)));

    private static readonly string[] s_kindNames = Enum.GetNames<ItemKind>();

    private static string KindName(ItemKind kind) => s_kindNames[(int)kind];

    // A date column holds full dates only: a compact date known to the month or year alone has no day to give.
    private static DateOnly? FullDate(CompactDate? date) => date is { Precision: DatePrecision.Day } ? date.Date : null;

    private static List<string> Descriptors(MedlineCitation citation, bool majorOnly)
    {
        var names = new List<string>(citation.MeshHeadings.Count);
        foreach (var heading in citation.MeshHeadings)
        {
            if ((!majorOnly || IsMajor(heading)) && !names.Contains(heading.Descriptor))
            {
                names.Add(heading.Descriptor);
            }
        }

        return names;
    }

    private static bool IsMajor(MeshHeading heading)
    {
        if (heading.MajorTopic)
        {
            return true;
        }

        foreach (var qualifier in heading.Qualifiers)
        {
            if (qualifier.MajorTopic)
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Keywords(MedlineCitation citation)
    {
        var keywords = new List<string>(citation.Keywords.Count);
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
