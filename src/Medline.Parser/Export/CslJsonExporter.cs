using System.Text.Json;
using Medline.Parser.Model;
using Medline.Parser.Serialization;

namespace Medline.Parser.Export;

/// <summary>
/// CSL-JSON: a JSON array of CSL 1.0.2 items (csl-data.json), one item per line, for citeproc-js, pandoc's citeproc,
/// Zotero and Mendeley. Only the properties a record has are written; docs/exports.md maps each one.
/// </summary>
internal sealed class CslJsonExporter : TextExporter
{
    // One writer per preparing thread, pointed at each item's buffer in turn (no writer object per item).
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    internal CslJsonExporter(Stream output, bool leaveOpen)
        : base(output, leaveOpen)
    {
    }

    public override ExportFormat Format => ExportFormat.CslJson;

    private protected override ReadOnlySpan<byte> Separator => ",\n"u8;

    private protected override void WriteHeader(Utf8Buffer text) => text.Append("[\n"u8);

    // An empty export is "[\n]\n"; otherwise the last item's line ends before the bracket.
    private protected override void WriteTrailer(Utf8Buffer text) => text.Append(Count == 0 ? "]\n"u8 : "\n]\n"u8);

    private protected override void WriteItem(BibliographicItem item, Utf8Buffer text)
    {
        var writer = t_writer;
        if (writer is null)
        {
            writer = t_writer = new Utf8JsonWriter(text, MedlineJson.WriterOptions());
        }
        else
        {
            writer.Reset(text);
        }

        WriteItem(writer, item);
        writer.Flush();
    }

    /// <summary>Writes one CSL item as a JSON object.</summary>
    internal static void WriteItem(Utf8JsonWriter writer, BibliographicItem item)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, IdOf(item));
        writer.WriteString("type"u8, ExportTypes.Of(item.Kind).Csl);
        WriteIfAny(writer, "title"u8, item.Title);

        // NLM and other styles print the journal only when container-title is there (the short form falls back to
        // it, not the other way round): a journal known only by its abbreviation gets that as its title too.
        WriteIfAny(writer, "container-title"u8, item.ContainerTitle ?? item.ContainerTitleShort);
        WriteIfAny(writer, "container-title-short"u8, item.ContainerTitleShort);
        WriteIfAny(writer, "collection-title"u8, item.CollectionTitle);
        WriteNames(writer, "author"u8, item.Authors);
        WriteNames(writer, "editor"u8, item.Editors);
        if (item.Issued is { } issued)
        {
            WriteIssued(writer, issued);
        }

        WriteIfAny(writer, "volume"u8, item.Volume);
        WriteIfAny(writer, "issue"u8, item.Issue);
        if (item.Pages is { } pages)
        {
            // As printed ("1439-41", "111-5; quiz 116"): styles reformat ranges themselves (page-range-format), and
            // NLM's own form is the printed one.
            WriteIfAny(writer, "page"u8, pages.Raw);
            WriteIfAny(writer, "page-first"u8, pages.FirstPage);
        }
        else
        {
            WriteIfAny(writer, "number"u8, ArticleNumber(item.Citation));
        }

        WriteIfAny(writer, "edition"u8, item.Edition);
        WriteIfAny(writer, "publisher"u8, item.Publisher);
        WriteIfAny(writer, "publisher-place"u8, item.PublisherPlace);
        WriteIfAny(writer, "DOI"u8, item.Doi);
        WriteIfAny(writer, "PMID"u8, item.Pmid);
        WriteIfAny(writer, "PMCID"u8, item.Pmcid);
        WriteJoined(writer, "ISSN"u8, item.Issns);
        WriteJoined(writer, "ISBN"u8, item.Isbns);
        if (item.Languages.Count > 0)
        {
            // CSL has one language per item: the first the record lists.
            writer.WriteString("language"u8, item.Languages[0]);
        }

        WriteIfAny(writer, "abstract"u8, item.Abstract);
        WriteJoined(writer, "keyword"u8, item.Keywords);
        WriteIfAny(writer, "URL"u8, item.Url);
        writer.WriteEndObject();
    }

    // An article of an online journal has no pages but a number (PLoS One's e0159994), which PubMed writes as the
    // electronic location's pii and prints where the pages go; CSL's "number" is what styles print there (NLM after
    // the issue, APA as "Article e0159994"). An article ahead of print has only the publisher's item id: no number.
    private static string? ArticleNumber(MedlineCitation citation)
    {
        if (string.Equals(citation.PublicationStatus, "aheadofprint", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // An untyped LID is the number as printed (LID - e134973) and comes first; a pii may lack its prefix (134973).
        var ids = citation.LocationIds;
        string? pii = null;
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i].Type is null)
            {
                return ids[i].Value;
            }

            if (pii is null && string.Equals(ids[i].Type, "pii", StringComparison.OrdinalIgnoreCase))
            {
                pii = ids[i].Value;
            }
        }

        return pii;
    }

    private static void WriteIfAny(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }

    // CSL's ISSN, ISBN and keyword are single strings; several values are joined with ", " as Zotero writes them,
    // written in segments rather than joined into a new string.
    private static void WriteJoined(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        writer.WritePropertyName(name);
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteStringValueSegment(", ", isFinalSegment: false);
            }

            writer.WriteStringValueSegment(values[i], isFinalSegment: i == values.Count - 1);
        }
    }

    private static void WriteNames(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<BibliographicName> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < names.Count; i++)
        {
            var person = names[i];
            if (person.Literal is { Length: 0 })
            {
                continue; // a byline entry without any name: nothing a style could print
            }

            writer.WriteStartObject();
            if (person.Literal is { } literal)
            {
                writer.WriteString("literal"u8, literal);
            }
            else
            {
                WriteIfAny(writer, "family"u8, person.Family);
                WriteIfAny(writer, "given"u8, person.Given);
                WriteIfAny(writer, "suffix"u8, person.Suffix);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteIssued(Utf8JsonWriter writer, PublicationDate date)
    {
        var season = SeasonNumber(date.Season);
        var endSeason = SeasonNumber(date.EndSeason);

        // What date-parts cannot say is kept as printed in "literal", which styles print as is; the years stay in
        // date-parts so that sorting still works. A season range is such a case: CSL has one season per date.
        var literal = date.Year is null || date.Precision == DatePrecision.FreeText ||
                      (date.Season is not null && season == 0) || (date.EndSeason is not null && endSeason == 0) ||
                      (date.Precision == DatePrecision.Range && (date.Season ?? date.EndSeason) is not null);
        if (date.Year is null && string.IsNullOrEmpty(date.Raw))
        {
            return;
        }

        writer.WriteStartObject("issued"u8);
        if (date.Year is { } year)
        {
            writer.WriteStartArray("date-parts"u8);
            var withMonths = !literal && season == 0;
            WriteParts(writer, year, withMonths ? date.Month : null, withMonths ? date.Day : null);
            if (date.Precision == DatePrecision.Range && date.EndYear is { } endYear)
            {
                WriteParts(writer, endYear, withMonths ? date.EndMonth : null, withMonths ? date.EndDay : null);
            }

            writer.WriteEndArray();
        }

        if (literal)
        {
            writer.WriteString("literal"u8, date.Raw);
        }
        else if (season != 0)
        {
            writer.WriteNumber("season"u8, season);
        }

        writer.WriteEndObject();
    }

    private static void WriteParts(Utf8JsonWriter writer, int year, int? month, int? day)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(year);
        if (month is { } m)
        {
            writer.WriteNumberValue(m);
            if (day is { } d)
            {
                writer.WriteNumberValue(d);
            }
        }

        writer.WriteEndArray();
    }

    // CSL 1.0.2 numbers the seasons 1 to 4 from spring; 0 for none or a word that is not a season.
    private static int SeasonNumber(string? season) => season switch
    {
        null => 0,
        _ when season.Equals("Spring", StringComparison.OrdinalIgnoreCase) => 1,
        _ when season.Equals("Summer", StringComparison.OrdinalIgnoreCase) => 2,
        _ when season.Equals("Fall", StringComparison.OrdinalIgnoreCase) || season.Equals("Autumn", StringComparison.OrdinalIgnoreCase) => 3,
        _ when season.Equals("Winter", StringComparison.OrdinalIgnoreCase) => 4,
        _ => 0,
    };

    /// <summary>
    /// The item's id: its PMID; for a record without one, an id that the same record always gets: a hash of its
    /// title, date, first author and journal (FNV-1a, 64 bits), so that two runs over the same input cite it alike.
    /// </summary>
    internal static string IdOf(BibliographicItem item)
    {
        if (item.Pmid is { } pmid)
        {
            return pmid;
        }

        var hash = 14695981039346656037UL;
        hash = Mix(hash, item.Title);
        hash = Mix(hash, item.Issued?.Raw);
        hash = Mix(hash, item.Authors.Count > 0 ? item.Authors[0].Family ?? item.Authors[0].Literal : null);
        hash = Mix(hash, item.ContainerTitleShort ?? item.ContainerTitle);
        return "item-" + hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static ulong Mix(ulong hash, string? text)
    {
        foreach (var c in text ?? "")
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        return (hash ^ 0xFFFF) * 1099511628211UL;
    }
}
