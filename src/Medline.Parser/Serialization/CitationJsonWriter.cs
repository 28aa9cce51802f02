using System.Text.Json;
using Medline.Parser.Model;

namespace Medline.Parser.Serialization;

/// <summary>
/// Writes a citation with a hand-written <see cref="Utf8JsonWriter"/> walk: pre-encoded property names, no boxing, no
/// reflection, no metadata lookups. The output is byte for byte what the source-generated serializer with
/// <see cref="MedlineJson.Options"/> writes (properties in declaration order, camelCase, nulls and empty lists left
/// out, enums as their names, dates as ISO 8601); a test checks this on every corpus record. With <c>all</c>
/// (<see cref="MedlineJsonOptions.EmptyLists"/>) every list is written, <c>[]</c> when empty: what the serializer
/// writes without the empty-list modifier, which a test checks too.
/// </summary>
internal static partial class CitationJsonWriter
{
    public static void Write(Utf8JsonWriter w, MedlineCitation c, bool all)
    {
        w.WriteStartObject();
        Str(w, s_pmid, c.Pmid);
        Str(w, s_pmcId, c.PmcId);
        Str(w, s_doi, c.Doi);
        ArticleIds(w, s_articleIds, c.ArticleIds, all);
        ArticleIds(w, s_locationIds, c.LocationIds, all);
        Strings(w, s_manuscriptIds, c.ManuscriptIds, all);
        if (all || c.OtherIds.Count != 0)
        {
            w.WriteStartArray(s_otherIds);
            for (var idAt = 0; idAt < c.OtherIds.Count; idAt++)
            {
                var id = c.OtherIds[idAt];
                w.WriteStartObject();
                Str(w, s_raw, id.Raw);
                Str(w, s_source, id.Source);
                Str(w, s_value, id.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Str(w, s_owner, c.Owner);
        Str(w, s_status, c.Status);
        Str(w, s_publicationStatus, c.PublicationStatus);
        Str(w, s_publishingModel, c.PublishingModel);
        if (c.PublicationDate is { } dp)
        {
            PublicationDate(w, dp);
        }

        Compact(w, s_dateCompleted, c.DateCompleted);
        Compact(w, s_dateRevised, c.DateRevised);
        Compact(w, s_dateCreated, c.DateCreated);
        Compact(w, s_electronicPublicationDate, c.ElectronicPublicationDate);
        Stamp(w, s_entrezDate, c.EntrezDate);
        Stamp(w, s_meshDate, c.MeshDate);
        Stamp(w, s_createDate, c.CreateDate);
        Stamp(w, s_pmcReleaseDate, c.PmcReleaseDate);
        if (all || c.History.Count != 0)
        {
            w.WriteStartArray(s_history);
            for (var hAt = 0; hAt < c.History.Count; hAt++)
            {
                var h = c.History[hAt];
                w.WriteStartObject();
                Str(w, s_raw, h.Raw);
                Str(w, s_status, h.Status);
                Stamp(w, s_date, h.Date);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (c.Journal is { } journal)
        {
            Journal(w, journal, all);
        }

        if (c.Pagination is { } pg)
        {
            w.WriteStartObject(s_pagination);
            Str(w, s_raw, pg.Raw);
            Str(w, s_firstPage, pg.FirstPage);
            Str(w, s_lastPage, pg.LastPage);
            w.WriteEndObject();
        }

        Str(w, s_source, c.Source);
        Str(w, s_title, c.Title);
        Str(w, s_vernacularTitle, c.VernacularTitle);
        if (c.Abstract is { } ab)
        {
            Abstract(w, ab, all);
        }

        if (all || c.OtherAbstracts.Count != 0)
        {
            w.WriteStartArray(s_otherAbstracts);
            for (var oabAt = 0; oabAt < c.OtherAbstracts.Count; oabAt++)
            {
                var oab = c.OtherAbstracts[oabAt];
                w.WriteStartObject();
                Str(w, s_raw, oab.Raw);
                Str(w, s_type, oab.Type);
                Str(w, s_text, oab.Text);
                Str(w, s_language, oab.Language);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Strings(w, s_otherCopyrights, c.OtherCopyrights, all);
        Str(w, s_conflictOfInterest, c.ConflictOfInterest);
        Strings(w, s_generalNotes, c.GeneralNotes, all);
        Str(w, s_numberOfReferences, c.NumberOfReferences);
        Strings(w, s_languages, c.Languages, all);
        Strings(w, s_publicationTypes, c.PublicationTypes, all);
        People(w, s_authors, c.Authors, all);
        w.WriteBoolean(s_authorListIncomplete, c.AuthorListIncomplete);
        if (all || c.CorporateAuthors.Count != 0)
        {
            w.WriteStartArray(s_corporateAuthors);
            for (var groupAt = 0; groupAt < c.CorporateAuthors.Count; groupAt++)
            {
                var group = c.CorporateAuthors[groupAt];
                w.WriteStartObject();
                Str(w, s_name, group.Name);
                Strings(w, s_affiliations, group.Affiliations, all);
                Identifiers(w, group.Identifiers, all);
                w.WriteNumber(s_position, group.Position);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Strings(w, s_affiliations, c.Affiliations, all);
        People(w, s_investigators, c.Investigators, all);
        People(w, s_editors, c.Editors, all);
        People(w, s_personalNameSubjects, c.PersonalNameSubjects, all);
        if (all || c.MeshHeadings.Count != 0)
        {
            MeshHeadings(w, c.MeshHeadings, all);
        }

        if (all || c.Chemicals.Count != 0)
        {
            w.WriteStartArray(s_chemicals);
            for (var rnAt = 0; rnAt < c.Chemicals.Count; rnAt++)
            {
                var rn = c.Chemicals[rnAt];
                w.WriteStartObject();
                Str(w, s_raw, rn.Raw);
                Str(w, s_registryNumber, rn.RegistryNumber);
                Str(w, s_name, rn.Name);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Strings(w, s_supplementaryConcepts, c.SupplementaryConcepts, all);
        if (all || c.Keywords.Count != 0)
        {
            w.WriteStartArray(s_keywords);
            for (var kwAt = 0; kwAt < c.Keywords.Count; kwAt++)
            {
                var kw = c.Keywords[kwAt];
                w.WriteStartObject();
                Str(w, s_text, kw.Text);
                Str(w, s_owner, kw.Owner);
                w.WriteBoolean(s_majorTopic, kw.MajorTopic);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Strings(w, s_subsets, c.Subsets, all);
        if (all || c.SecondarySourceIds.Count != 0)
        {
            w.WriteStartArray(s_secondarySourceIds);
            for (var siAt = 0; siAt < c.SecondarySourceIds.Count; siAt++)
            {
                var si = c.SecondarySourceIds[siAt];
                w.WriteStartObject();
                Str(w, s_raw, si.Raw);
                Str(w, s_databank, si.Databank);
                Str(w, s_accessionNumber, si.AccessionNumber);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Strings(w, s_geneSymbols, c.GeneSymbols, all);
        if (all || c.Grants.Count != 0)
        {
            w.WriteStartArray(s_grants);
            for (var grAt = 0; grAt < c.Grants.Count; grAt++)
            {
                var gr = c.Grants[grAt];
                w.WriteStartObject();
                Str(w, s_raw, gr.Raw);
                Str(w, s_grantId, gr.GrantId);
                Str(w, s_acronym, gr.Acronym);
                Str(w, s_agency, gr.Agency);
                Str(w, s_country, gr.Country);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Strings(w, s_spaceFlightMissions, c.SpaceFlightMissions, all);
        if (all || c.CommentsCorrections.Count != 0)
        {
            w.WriteStartArray(s_commentsCorrections);
            for (var linkAt = 0; linkAt < c.CommentsCorrections.Count; linkAt++)
            {
                var link = c.CommentsCorrections[linkAt];
                w.WriteStartObject();
                Str(w, s_raw, link.Raw);
                Enum(w, s_type, s_linkTypes, (int)link.Type);
                Str(w, s_refSource, link.RefSource);
                Str(w, s_pmid, link.Pmid);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteBoolean(s_isRetracted, c.IsRetracted);
        w.WriteBoolean(s_hasErratum, c.HasErratum);
        w.WriteBoolean(s_hasExpressionOfConcern, c.HasExpressionOfConcern);
        if (c.Book is { } book)
        {
            w.WriteStartObject(s_book);
            Str(w, s_title, book.Title);
            Strings(w, s_collectionTitles, book.CollectionTitles, all);
            Str(w, s_volumeTitle, book.VolumeTitle);
            Str(w, s_chapter, book.Chapter);
            Str(w, s_edition, book.Edition);
            Strings(w, s_isbns, book.Isbns, all);
            Str(w, s_publisher, book.Publisher);
            Str(w, s_place, book.Place);
            Compact(w, s_contributionDate, book.ContributionDate);
            Compact(w, s_dateRevised, book.DateRevised);
            w.WriteEndObject();
        }

        if (c.IsRecovered)
        {
            w.WriteBoolean(s_isRecovered, true);
        }

        if (all || c.OtherFields.Count != 0)
        {
            w.WriteStartArray(s_otherFields);
            for (var fAt = 0; fAt < c.OtherFields.Count; fAt++)
            {
                var f = c.OtherFields[fAt];
                w.WriteStartObject();
                Str(w, s_tag, f.Tag);
                Str(w, s_value, f.Value);
                w.WriteNumber(s_line, f.Line);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void PublicationDate(Utf8JsonWriter w, PublicationDate dp)
    {
        w.WriteStartObject(s_publicationDate);
        Str(w, s_raw, dp.Raw);
        Int(w, s_year, dp.Year);
        Int(w, s_month, dp.Month);
        Int(w, s_day, dp.Day);
        Str(w, s_season, dp.Season);
        Int(w, s_endYear, dp.EndYear);
        Int(w, s_endMonth, dp.EndMonth);
        Int(w, s_endDay, dp.EndDay);
        Str(w, s_endSeason, dp.EndSeason);
        Enum(w, s_precision, s_precisions, (int)dp.Precision);
        w.WriteBoolean(s_isValidCalendarDate, dp.IsValidCalendarDate);
        Str(w, s_isoDate, dp.IsoDate);
        w.WriteEndObject();
    }

    private static void Journal(Utf8JsonWriter w, Journal journal, bool all)
    {
        w.WriteStartObject(s_journal);
        Str(w, s_title, journal.Title);
        Str(w, s_abbreviation, journal.Abbreviation);
        Str(w, s_nlmId, journal.NlmId);
        if (all || journal.Issns.Count != 0)
        {
            w.WriteStartArray(s_issns);
            for (var issnAt = 0; issnAt < journal.Issns.Count; issnAt++)
            {
                var issn = journal.Issns[issnAt];
                w.WriteStartObject();
                Str(w, s_raw, issn.Raw);
                Str(w, s_value, issn.Value);
                Enum(w, s_type, s_issnTypes, (int)issn.Type);
                w.WriteBoolean(s_isValidChecksum, issn.IsValidChecksum);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Str(w, s_volume, journal.Volume);
        Str(w, s_issue, journal.Issue);
        Str(w, s_country, journal.Country);
        w.WriteEndObject();
    }

    private static void Abstract(Utf8JsonWriter w, Abstract ab, bool all)
    {
        w.WriteStartObject(s_abstract);
        Str(w, s_text, ab.Text);
        if (ab.SectionsPending)
        {
            PendingSections(w, ab.Text, all);
        }
        else if (all || ab.Sections.Count != 0)
        {
            w.WriteStartArray(s_sections);
            for (var sectionAt = 0; sectionAt < ab.Sections.Count; sectionAt++)
            {
                var section = ab.Sections[sectionAt];
                w.WriteStartObject();
                Str(w, s_label, section.Label);
                Str(w, s_text, section.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Str(w, s_copyright, ab.Copyright);
        w.WriteEndObject();
    }

    /// <summary>The sections straight from spans of the text: what <see cref="Abstract.Sections"/> would hold.</summary>
    private static void PendingSections(Utf8JsonWriter w, string text, bool all)
    {
        var sections = Grammar.AbstractSplitter.Enumerate(text);
        if (!sections.MoveNext())
        {
            if (all)
            {
                w.WriteStartArray(s_sections);
                w.WriteEndArray();
            }

            return;
        }

        w.WriteStartArray(s_sections);
        do
        {
            var (label, body) = sections.Current;
            w.WriteStartObject();
            if (label.End.Value != label.Start.Value)
            {
                w.WriteString(s_label, text.AsSpan()[label]);
            }

            w.WriteString(s_text, text.AsSpan()[body]);
            w.WriteEndObject();
        }
        while (sections.MoveNext());

        w.WriteEndArray();
    }

    private static void MeshHeadings(Utf8JsonWriter w, IReadOnlyList<MeshHeading> headings, bool all)
    {
        w.WriteStartArray(s_meshHeadings);
        for (var mhAt = 0; mhAt < headings.Count; mhAt++)
        {
            var mh = headings[mhAt];
            w.WriteStartObject();
            Str(w, s_raw, mh.Raw);
            Str(w, s_descriptor, mh.Descriptor);
            w.WriteBoolean(s_majorTopic, mh.MajorTopic);
            if (all || mh.Qualifiers.Count != 0)
            {
                w.WriteStartArray(s_qualifiers);
                for (var qAt = 0; qAt < mh.Qualifiers.Count; qAt++)
                {
                    var q = mh.Qualifiers[qAt];
                    w.WriteStartObject();
                    Str(w, s_name, q.Name);
                    w.WriteBoolean(s_majorTopic, q.MajorTopic);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void People(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<Author> people, bool all)
    {
        if (!all && people.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        for (var aAt = 0; aAt < people.Count; aAt++)
        {
            var a = people[aAt];
            w.WriteStartObject();
            Str(w, s_fullName, a.FullName);
            Str(w, s_shortName, a.ShortName);
            Str(w, s_lastName, a.LastName);
            Str(w, s_foreName, a.ForeName);
            Str(w, s_initials, a.Initials);
            Str(w, s_suffix, a.Suffix);
            Strings(w, s_affiliations, a.Affiliations, all);
            Identifiers(w, a.Identifiers, all);
            Str(w, s_orcid, a.Orcid);
            w.WriteNumber(s_position, a.Position);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Identifiers(Utf8JsonWriter w, IReadOnlyList<AuthorIdentifier> ids, bool all)
    {
        if (!all && ids.Count == 0)
        {
            return;
        }

        w.WriteStartArray(s_identifiers);
        for (var idAt = 0; idAt < ids.Count; idAt++)
        {
            var id = ids[idAt];
            w.WriteStartObject();
            Str(w, s_raw, id.Raw);
            Str(w, s_source, id.Source);
            Str(w, s_value, id.Value);
            w.WriteBoolean(s_isValid, id.IsValid);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void ArticleIds(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<ArticleIdentifier> ids, bool all)
    {
        if (!all && ids.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        for (var idAt = 0; idAt < ids.Count; idAt++)
        {
            var id = ids[idAt];
            w.WriteStartObject();
            Str(w, s_raw, id.Raw);
            Str(w, s_value, id.Value);
            Str(w, s_type, id.Type);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<string> values, bool all)
    {
        if (!all && values.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        for (var valueAt = 0; valueAt < values.Count; valueAt++)
        {
            var value = values[valueAt];
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Str(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Int(Utf8JsonWriter w, JsonEncodedText name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    private static void Enum(Utf8JsonWriter w, JsonEncodedText name, JsonEncodedText[] names, int value)
    {
        if ((uint)value < (uint)names.Length)
        {
            w.WriteString(name, names[value]);
        }
        else
        {
            w.WriteNumber(name, value);
        }
    }

    /// <summary>A <see cref="CompactDate"/> as <c>yyyy-MM-dd</c>, or <c>yyyy-MM</c> for a month.</summary>
    private static void Compact(Utf8JsonWriter w, JsonEncodedText name, CompactDate? date)
    {
        if (date is null)
        {
            return;
        }

        Span<byte> buffer = stackalloc byte[10];
        var n = FormatDate(buffer, date.Date, withDay: date.Precision != DatePrecision.Month);
        w.WriteString(name, buffer[..n]);
    }

    /// <summary>A <see cref="Timestamp"/> as <c>yyyy-MM-ddTHH:mm</c>, or <c>yyyy-MM-dd</c> without a time.</summary>
    private static void Stamp(Utf8JsonWriter w, JsonEncodedText name, Timestamp? stamp)
    {
        if (stamp is null)
        {
            return;
        }

        Span<byte> buffer = stackalloc byte[16];
        var n = FormatDate(buffer, stamp.Date, withDay: true);
        if (stamp.Time is { } time)
        {
            buffer[n] = (byte)'T';
            Two(buffer[(n + 1)..], time.Hour);
            buffer[n + 3] = (byte)':';
            Two(buffer[(n + 4)..], time.Minute);
            n += 6;
        }

        w.WriteString(name, buffer[..n]);
    }

    private static int FormatDate(Span<byte> buffer, DateOnly date, bool withDay)
    {
        var year = date.Year;
        buffer[0] = (byte)('0' + (year / 1000));
        buffer[1] = (byte)('0' + (year / 100 % 10));
        Two(buffer[2..], year % 100);
        buffer[4] = (byte)'-';
        Two(buffer[5..], date.Month);
        if (!withDay)
        {
            return 7;
        }

        buffer[7] = (byte)'-';
        Two(buffer[8..], date.Day);
        return 10;
    }

    private static void Two(Span<byte> buffer, int value)
    {
        buffer[0] = (byte)('0' + (value / 10));
        buffer[1] = (byte)('0' + (value % 10));
    }

    private static JsonEncodedText[] EnumNames<T>()
        where T : struct, System.Enum
    {
        var values = System.Enum.GetValues<T>();
        var names = new JsonEncodedText[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            // The enums here are 0..n-1 in declaration order; a gap would show up in the parity test.
            names[Convert.ToInt32(values[i], System.Globalization.CultureInfo.InvariantCulture)] = JsonEncodedText.Encode(values[i].ToString());
        }

        return names;
    }

    private static readonly JsonEncodedText[] s_precisions = EnumNames<DatePrecision>();
    private static readonly JsonEncodedText[] s_issnTypes = EnumNames<IssnType>();
    private static readonly JsonEncodedText[] s_linkTypes = EnumNames<CommentCorrectionType>();
}
