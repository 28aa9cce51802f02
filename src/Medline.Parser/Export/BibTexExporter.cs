namespace Medline.Parser.Export;

/// <summary>
/// BibTeX: the fields the standard styles know (<c>journal</c>, <c>year</c>, <c>month</c> as a macro), and those
/// JabRef and pandoc read (<c>doi</c>, <c>pmid</c>, <c>issn</c>, <c>keywords</c>, <c>abstract</c>, <c>url</c>).
/// </summary>
internal sealed class BibTexExporter(Stream output, bool leaveOpen) : BibExporter(output, leaveOpen)
{
    /// <inheritdoc/>
    public override ExportFormat Format => ExportFormat.BibTex;

    private protected override string EntryType(BibliographicItem item) => ExportTypes.Of(item.Kind).BibTex;

    private protected override void WriteFields(BibliographicItem item, Utf8Buffer text)
    {
        if (!WriteNamesAndTitles(item, text))
        {
            // The standard styles print journal as it is: the full title, or the abbreviation when that is all there is.
            BibText.Field(text, "journal"u8, item.ContainerTitle ?? item.ContainerTitleShort);
        }

        BibText.TitleField(text, "series"u8, item.CollectionTitle);
        if (item.Issued?.Year is { } year)
        {
            BibText.StartField(text, "year"u8);
            text.Append(year);
            BibText.EndField(text);
            if (item.Issued.Month is { } month && item.Issued.Season is null)
            {
                text.Append(",\n  month = "u8);
                text.Append(BibText.MonthMacro(month));
            }
        }

        BibText.Field(text, "volume"u8, item.Volume);
        BibText.Field(text, "number"u8, item.Issue);
        BibText.PagesField(text, item.Pages);
        BibText.Field(text, "edition"u8, item.Edition);
        BibText.Field(text, "publisher"u8, item.Publisher);
        BibText.Field(text, "address"u8, item.PublisherPlace);
        BibText.ListField(text, "isbn"u8, item.Isbns, ", "u8);
        BibText.ListField(text, "issn"u8, item.Issns, ", "u8);
        BibText.VerbatimField(text, "doi"u8, item.Doi);
        BibText.Field(text, "pmid"u8, item.Pmid);
        BibText.Field(text, "pmcid"u8, item.Pmcid);
        BibText.VerbatimField(text, "url"u8, item.Url);
        if (item.Languages.Count > 0 && BibText.BabelName(item.Languages[0]) is { } language)
        {
            BibText.Field(text, "language"u8, language);
        }

        BibText.ListField(text, "keywords"u8, item.Keywords, ", "u8);
        BibText.Field(text, "abstract"u8, item.Abstract);
    }
}
