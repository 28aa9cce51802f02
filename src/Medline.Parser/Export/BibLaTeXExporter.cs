using Medline.Parser.Model;

namespace Medline.Parser.Export;

/// <summary>
/// BibLaTeX (biber): <c>journaltitle</c> and <c>shortjournal</c>, an ISO 8601 / EDTF <c>date</c> with ranges and
/// seasons, the PMID as <c>eprint</c> with <c>eprinttype = pubmed</c>, <c>langid</c> for hyphenation.
/// </summary>
internal sealed class BibLaTeXExporter(Stream output, bool leaveOpen) : BibExporter(output, leaveOpen)
{
    /// <inheritdoc/>
    public override ExportFormat Format => ExportFormat.BibLaTeX;

    private protected override string EntryType(BibliographicItem item) => ExportTypes.Of(item.Kind).BibLaTeX;

    private protected override void WriteFields(BibliographicItem item, Utf8Buffer text)
    {
        if (!WriteNamesAndTitles(item, text))
        {
            BibText.Field(text, "journaltitle"u8, item.ContainerTitle ?? item.ContainerTitleShort);
            if (item.ContainerTitle is not null)
            {
                BibText.Field(text, "shortjournal"u8, item.ContainerTitleShort);
            }
        }

        BibText.TitleField(text, "series"u8, item.CollectionTitle);
        if (item.Issued is { Year: not null } issued)
        {
            BibText.StartField(text, "date"u8);
            AppendDate(text, issued);
            BibText.EndField(text);
        }

        BibText.Field(text, "volume"u8, item.Volume);
        BibText.Field(text, "number"u8, item.Issue);
        BibText.PagesField(text, item.Pages);
        BibText.Field(text, "edition"u8, item.Edition);
        BibText.Field(text, "publisher"u8, item.Publisher);
        BibText.Field(text, "location"u8, item.PublisherPlace);
        BibText.ListField(text, "isbn"u8, item.Isbns, ", "u8);
        BibText.ListField(text, "issn"u8, item.Issns, ", "u8);
        BibText.VerbatimField(text, "doi"u8, item.Doi);
        if (item.Pmid is not null)
        {
            BibText.VerbatimField(text, "eprint"u8, item.Pmid);
            BibText.Field(text, "eprinttype"u8, "pubmed");
        }

        BibText.VerbatimField(text, "url"u8, item.Url);
        if (item.Languages.Count > 0 && BibText.BabelName(item.Languages[0]) is { } language)
        {
            BibText.Field(text, "langid"u8, language);
        }

        BibText.ListField(text, "keywords"u8, item.Keywords, ", "u8);
        BibText.Field(text, "abstract"u8, item.Abstract);
    }

    /// <summary>
    /// The date as biblatex reads it (manual §2.3.8, ISO 8601-2 / EDTF level 1): <c>2020</c>, <c>2020-07</c>,
    /// <c>2020-07-31</c>, a range <c>2020-07/2020-08</c>, a season as month 21-24 (<c>2019-24</c> is winter 2019).
    /// Free text (<c>1962 Christmas</c>) gives its year only.
    /// </summary>
    internal static void AppendDate(Utf8Buffer text, PublicationDate date)
    {
        // biber rejects a day the month does not have (1999 Apr 31): the month is what is certain.
        var valid = date.IsValidCalendarDate;
        AppendDatePart(text, date.Year!.Value, date.Month, valid ? date.Day : null, date.Season, date.Precision);
        if (date.Precision == DatePrecision.Range && date.EndYear is { } endYear)
        {
            text.Append('/');
            AppendDatePart(text, endYear, date.EndMonth, valid ? date.EndDay : null, date.EndSeason, date.Precision);
        }
    }

    private static void AppendDatePart(Utf8Buffer text, int year, int? month, int? day, string? season, DatePrecision precision)
    {
        AppendDigits(text, year, 4);
        if (precision == DatePrecision.FreeText)
        {
            return;
        }

        if (season is not null)
        {
            if (SeasonCode(season) is { } code)
            {
                text.Append('-');
                text.Append(code);
            }

            return;
        }

        if (month is { } m)
        {
            text.Append('-');
            AppendDigits(text, m, 2);
            if (day is { } d)
            {
                text.Append('-');
                AppendDigits(text, d, 2);
            }
        }
    }

    // EDTF's season numbers, which biblatex prints as season names.
    private static int? SeasonCode(string season) => season.ToUpperInvariant() switch
    {
        "SPRING" => 21,
        "SUMMER" => 22,
        "AUTUMN" or "FALL" => 23,
        "WINTER" => 24,
        _ => null,
    };

    private static void AppendDigits(Utf8Buffer text, int value, int width)
    {
        for (var digits = value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length; digits < width; digits++)
        {
            text.Append('0');
        }

        text.Append(value);
    }
}
