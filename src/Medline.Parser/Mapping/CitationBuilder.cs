using Medline.Parser.Grammar;
using Medline.Parser.Model;

namespace Medline.Parser.Mapping;

/// <summary>
/// Turns a lossless <see cref="MedlineRecord"/> into a typed <see cref="MedlineCitation"/> in one pass over its
/// fields: each value goes through its grammar, people are grouped with their identifiers and affiliations by the
/// order rules of format §3, and whatever has no typed place, or cannot be parsed, goes to
/// <see cref="MedlineCitation.OtherFields"/> with a diagnostic.
/// </summary>
internal sealed class CitationBuilder
{
    private readonly MedlineRecord _record;
    private PeopleGrouping _people; // a mutable struct: never readonly, never copied
    private List<MedlineDiagnostic>? _diagnostics;
    private TagSet _seen;
    private int _fieldIndex;

    private string? _pmid, _pmcId, _owner, _status, _pst, _pubm, _source, _title, _vernacularTitle, _abstract, _copyright;
    private string? _coi, _rf, _journalTitle, _abbreviation, _nlmId, _volume, _issue, _country;
    private string? _bookTitle, _volumeTitle, _chapter, _edition, _publisher;
    private PublicationDate? _dp;
    private CompactDate? _dcom, _lr, _da, _dep, _ctdt, _drdt;
    private Timestamp? _edat, _mhda, _crdt, _pmcr;
    private Pagination? _pagination;
    private ValueList<ArticleIdentifier>? _aids, _lids;
    private ValueList<string>? _mids, _ocis, _notes, _languages, _types, _concepts, _subsets, _genes, _missions, _collections, _isbns;
    private ValueList<OtherId>? _oids;
    private ValueList<HistoryDate>? _history;
    private ValueList<Issn>? _issns;
    private ValueList<OtherAbstract>? _otherAbstracts;
    private ValueList<MeshHeading>? _mesh;
    private ValueList<Chemical>? _chemicals;
    private ValueList<Keyword>? _keywords;
    private ValueList<SecondarySourceId>? _sis;
    private ValueList<Grant>? _grants;
    private ValueList<CommentCorrection>? _links;
    private ValueList<OtherField>? _others;
    private string? _keywordOwner;

    private CitationBuilder(MedlineRecord record)
    {
        _record = record;
    }

    /// <summary>The record being mapped.</summary>
    internal MedlineRecord Record => _record;

    public static MedlineCitation Build(MedlineRecord record)
    {
        var builder = new CitationBuilder(record);
        var fields = record.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            builder._fieldIndex = i;
            builder.Add(fields[i]);
        }

        return builder.Finish();
    }

    /// <summary>Puts one field in its place: the tag's row (<see cref="MedlineTags"/>) says which model property it fills.</summary>
    private void Add(in MedlineField field)
    {
        if (field.Kind != MedlineFieldKind.Tagged)
        {
            Other(field);
            return;
        }

        var tag = field.KnownTag;
        ref readonly var row = ref MedlineTags.GetInfo(tag);
        if (!row.Repeatable)
        {
            if (_seen.Contains((int)tag) && !AddRepeatedSingleton(field))
            {
                return;
            }

            _seen.Add((int)tag);
        }

        var target = row.MapsTo;
        if (PeopleGrouping.Handles(target))
        {
            _people.Add(this, field, _fieldIndex, target);
            return;
        }

        _people.Close();
        var value = field.Value;
        switch (target)
        {
            case TagTarget.Pmid: _pmid = Parse(field, FieldGrammar.ParsePmid(value)); break;
            case TagTarget.PmcId: _pmcId = Parse(field, FieldGrammar.ParsePmcId(value)); break;
            case TagTarget.Owner: _owner = Parse(field, FieldGrammar.ParseOwner(value)); break;
            case TagTarget.Status: _status = Parse(field, FieldGrammar.ParseStatus(value)); break;
            case TagTarget.PublicationStatus: _pst = Parse(field, FieldGrammar.ParsePublicationStatus(value)); break;
            case TagTarget.PublishingModel: _pubm = Parse(field, FieldGrammar.ParsePublishingModel(value)); break;
            case TagTarget.DateCompleted: _dcom = Parse(field, FieldGrammar.ParseCompactDate(value)); break;
            case TagTarget.DateRevised: _lr = Parse(field, FieldGrammar.ParseCompactDate(value)); break;
            case TagTarget.DateCreated: _da = Parse(field, FieldGrammar.ParseCompactDate(value)); break;
            case TagTarget.ElectronicPublicationDate: _dep = Parse(field, FieldGrammar.ParseCompactDate(value)); break;
            case TagTarget.Book_ContributionDate: _ctdt = Parse(field, FieldGrammar.ParseCompactDate(value)); break;
            case TagTarget.Book_DateRevised: _drdt = Parse(field, FieldGrammar.ParseCompactDate(value)); break;
            case TagTarget.EntrezDate: _edat = Parse(field, FieldGrammar.ParseTimestamp(value)); break;
            case TagTarget.MeshDate: _mhda = Parse(field, FieldGrammar.ParseTimestamp(value)); break;
            case TagTarget.CreateDate: _crdt = Parse(field, FieldGrammar.ParseTimestamp(value)); break;
            case TagTarget.PmcReleaseDate: _pmcr = Parse(field, FieldGrammar.ParseTimestamp(value)); break;
            case TagTarget.History: AddTo(ref _history, Parse(field, FieldGrammar.ParseHistoryDate(value))); break;
            case TagTarget.PublicationDate: _dp = Parse(field, FieldGrammar.ParsePublicationDate(value)); break;
            case TagTarget.ArticleIds: AddTo(ref _aids, Parse(field, FieldGrammar.ParseArticleIdentifier(value))); break;
            case TagTarget.LocationIds: AddTo(ref _lids, Parse(field, FieldGrammar.ParseArticleIdentifier(value))); break;
            case TagTarget.ManuscriptIds: AddTo(ref _mids, Text(field)); break;
            case TagTarget.OtherIds: AddTo(ref _oids, Parse(field, FieldGrammar.ParseOtherId(value))); break;
            case TagTarget.Journal_Issns: AddTo(ref _issns, Parse(field, FieldGrammar.ParseIssn(value))); break;
            case TagTarget.Journal_Abbreviation: _abbreviation = Text(field); break;
            case TagTarget.Journal_Title: _journalTitle = Text(field); break;
            case TagTarget.Journal_NlmId: _nlmId = Parse(field, FieldGrammar.ParseNlmUniqueId(value)); break;
            case TagTarget.Journal_Country: _country = Text(field); break;
            case TagTarget.Journal_Volume: _volume = Text(field); break;
            case TagTarget.Journal_Issue: _issue = Text(field); break;
            case TagTarget.Pagination: _pagination = Parse(field, FieldGrammar.ParsePagination(value)); break;
            case TagTarget.Source: _source = Text(field); break;
            case TagTarget.Title: _title = Text(field); break;
            case TagTarget.VernacularTitle: _vernacularTitle = Text(field); break;
            case TagTarget.Abstract_Text: _abstract = value; break;
            case TagTarget.Abstract_Copyright: _copyright = Text(field); break;
            case TagTarget.OtherAbstracts: AddTo(ref _otherAbstracts, Parse(field, FieldGrammar.ParseOtherAbstract(value))); break;
            case TagTarget.OtherAbstracts_Language: AddOtherAbstractLanguage(field); break;
            case TagTarget.OtherCopyrights: AddTo(ref _ocis, Text(field)); break;
            case TagTarget.ConflictOfInterest: AddConflictOfInterest(field); break;
            case TagTarget.GeneralNotes: AddTo(ref _notes, Text(field)); break;
            case TagTarget.NumberOfReferences: _rf = Parse(field, FieldGrammar.ParseReferenceCount(value)); break;
            case TagTarget.Languages: AddLanguage(field); break;
            case TagTarget.PublicationTypes: AddTo(ref _types, Text(field)); break;
            case TagTarget.MeshHeadings: AddTo(ref _mesh, Parse(field, FieldGrammar.ParseMeshHeading(value))); break;
            case TagTarget.Keywords_Owner: _keywordOwner = Text(field); break;
            case TagTarget.Keywords: AddKeyword(field); break;
            case TagTarget.Chemicals: AddTo(ref _chemicals, Parse(field, FieldGrammar.ParseChemical(value))); break;
            case TagTarget.SupplementaryConcepts: AddTo(ref _concepts, Text(field)); break;
            case TagTarget.Subsets: AddTo(ref _subsets, Parse(field, FieldGrammar.ParseSubset(value))); break;
            case TagTarget.SecondarySourceIds: AddTo(ref _sis, Parse(field, FieldGrammar.ParseSecondarySourceId(value))); break;
            case TagTarget.GeneSymbols: AddTo(ref _genes, Text(field)); break;
            case TagTarget.Grants: AddTo(ref _grants, Parse(field, FieldGrammar.ParseGrant(value))); break;
            case TagTarget.SpaceFlightMissions: AddTo(ref _missions, Text(field)); break;
            case TagTarget.CommentsCorrections: AddTo(ref _links, Parse(field, FieldGrammar.ParseCommentCorrection(row.LinkType.GetValueOrDefault(), value))); break;
            case TagTarget.Book_Title: _bookTitle = Text(field); break;
            case TagTarget.Book_CollectionTitles: AddTo(ref _collections, Text(field)); break;
            case TagTarget.Book_VolumeTitle: _volumeTitle = Text(field); break;
            case TagTarget.Book_Chapter: _chapter = Text(field); break;
            case TagTarget.Book_Edition: _edition = Text(field); break;
            case TagTarget.Book_Isbns: AddTo(ref _isbns, Parse(field, FieldGrammar.ParseIsbn(value))); break;
            case TagTarget.Book_Publisher: _publisher = Text(field); break;
            default: Other(field); break; // unknown tags, CDAT and the legacy MEDLARS tags: kept as read
        }
    }

    // ------------------------------------------------------------------------------------------------ other groups

    private void AddKeyword(in MedlineField field)
    {
        if (Text(field) is not { } value)
        {
            return;
        }

        var major = value.Length > 1 && value[0] == '*';
        AddTo(ref _keywords, new Keyword(major ? value[1..] : value, _keywordOwner, major));
    }

    /// <summary>A language once: <c>ENG</c> and <c>eng</c> are one code, and a record names each language once.</summary>
    private void AddLanguage(in MedlineField field)
    {
        if (Parse(field, FieldGrammar.ParseLanguage(field.Value)) is { } code && _languages?.Contains(code) != true)
        {
            (_languages ??= []).Add(code);
        }
    }

    private void AddOtherAbstractLanguage(in MedlineField field)
    {
        if (_otherAbstracts is { Count: > 0 } list && list[^1].Language is null)
        {
            if (Parse(field, FieldGrammar.ParseLanguage(field.Value)) is { } language)
            {
                list.Set(list.Count - 1, list[^1] with { Language = language });
            }

            return;
        }

        Report(field, DiagnosticSeverity.Warning, DiagnosticCodes.UnattachedField, 0,
            "OABL with no other abstract (OAB) before it; kept in OtherFields");
        Other(field);
    }

    private void AddConflictOfInterest(in MedlineField field)
    {
        if (_coi is null)
        {
            _coi = Text(field);
            return;
        }

        RepeatedSingleton(field);
    }

    /// <summary>A second TI, DP, PG…: the first stays, the repeat is kept aside. A second AB is a further paragraph.</summary>
    private bool AddRepeatedSingleton(in MedlineField field)
    {
        if (field.KnownTag == MedlineTag.Ab && _abstract is not null)
        {
            Report(field, DiagnosticSeverity.Warning, DiagnosticCodes.RepeatedField, 0,
                "a second AB in the record; appended to the abstract as a further paragraph");
            _abstract = _abstract.Length == 0 ? field.Value : string.Concat(_abstract, " ", field.Value);
            return false;
        }

        RepeatedSingleton(field);
        return false;
    }

    private void RepeatedSingleton(in MedlineField field)
    {
        _people.Close();
        Report(field, DiagnosticSeverity.Warning, DiagnosticCodes.RepeatedField, 0,
            $"{field.Tag} occurs more than once; the first is used and this one is kept in OtherFields");
        Other(field);
    }

    private MedlineCitation Finish()
    {
        _people.Close();
        var aids = _aids ?? [];
        var lids = _lids ?? [];
        var types = _types ?? [];
        var links = _links ?? [];
        var hasBook = _bookTitle is not null || _collections is not null || _volumeTitle is not null || _chapter is not null ||
            _edition is not null || _isbns is not null || _publisher is not null || _ctdt is not null || _drdt is not null;
        var hasJournal = _journalTitle is not null || _abbreviation is not null || _nlmId is not null || _issns is not null ||
            _volume is not null || _issue is not null;

        // PL is a journal's country, or a book's city ("Bethesda (MD)") when the record describes a book, not a journal.
        var bookPlace = hasBook && !hasJournal ? _country : null;
        hasJournal |= _country is not null && bookPlace is null;

        IReadOnlyList<MedlineDiagnostic> diagnostics = [];
        if (_diagnostics is not null || !_record.Diagnostics.IsEmpty)
        {
            var all = new List<MedlineDiagnostic>(_record.Diagnostics.Length + (_diagnostics?.Count ?? 0));
            all.AddRange(_record.Diagnostics);
            if (_diagnostics is not null)
            {
                all.AddRange(_diagnostics);
            }

            all.Sort(static (a, b) => a.Position.Offset.CompareTo(b.Position.Offset));
            diagnostics = all;
        }
        return new MedlineCitation
        {
            Pmid = _pmid,
            PmcId = _pmcId,
            ArticleIds = aids,
            LocationIds = lids,
            ManuscriptIds = _mids,
            OtherIds = _oids,
            Owner = _owner,
            Status = _status,
            PublicationStatus = _pst,
            PublishingModel = _pubm,
            PublicationDate = _dp,
            DateCompleted = _dcom,
            DateRevised = _lr,
            DateCreated = _da,
            ElectronicPublicationDate = _dep,
            EntrezDate = _edat,
            MeshDate = _mhda,
            CreateDate = _crdt,
            PmcReleaseDate = _pmcr,
            History = _history,
            Journal = hasJournal
                ? new Journal
                {
                    Title = _journalTitle,
                    Abbreviation = _abbreviation,
                    NlmId = _nlmId,
                    Issns = _issns,
                    Volume = _volume,
                    Issue = _issue,
                    Country = bookPlace is null ? _country : null,
                }
                : null,
            Pagination = _pagination,
            Source = _source,
            Title = _title,
            VernacularTitle = _vernacularTitle,
            // An empty "AB  - " (PMC exports, before an OAB) is no abstract.
            Abstract = string.IsNullOrEmpty(_abstract) && _copyright is null
                ? null
                : new Abstract
                {
                    Text = _abstract ?? string.Empty,
                    Copyright = _copyright,
                },
            OtherAbstracts = _otherAbstracts,
            OtherCopyrights = _ocis,
            ConflictOfInterest = _coi,
            GeneralNotes = _notes,
            NumberOfReferences = _rf,
            Languages = _languages,
            PublicationTypes = types,
            Authors = _people.Authors,
            AuthorListIncomplete = _people.AuthorListIncomplete,
            CorporateAuthors = _people.CorporateAuthors,
            Affiliations = _people.RecordAffiliations,
            Investigators = _people.Investigators,
            Editors = _people.Editors,
            PersonalNameSubjects = _people.PersonalNameSubjects,
            MeshHeadings = _mesh,
            Chemicals = _chemicals,
            SupplementaryConcepts = _concepts,
            Keywords = _keywords,
            Subsets = _subsets,
            SecondarySourceIds = _sis,
            GeneSymbols = _genes,
            Grants = _grants,
            SpaceFlightMissions = _missions,
            CommentsCorrections = links,
            Book = hasBook
                ? new Book
                {
                    Title = _bookTitle,
                    CollectionTitles = _collections,
                    VolumeTitle = _volumeTitle,
                    Chapter = _chapter,
                    Edition = _edition,
                    Isbns = _isbns,
                    Publisher = _publisher,
                    Place = bookPlace,
                    ContributionDate = _ctdt,
                    DateRevised = _drdt,
                }
                : null,
            OtherFields = _others,
            Provenance = (_record, diagnostics, _record.IsRecovered),
        };
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    /// <summary>
    /// The typed value, reporting the grammar's problem at its place in the source. A value that could not be
    /// parsed is kept in <see cref="MedlineCitation.OtherFields"/> (unless the caller keeps it elsewhere).
    /// </summary>
    internal T? Parse<T>(in MedlineField field, ParseOutcome<T> outcome, bool keepUnparsed = true)
        where T : class
    {
        if (outcome.Problem is { } problem)
        {
            Report(field, problem.Severity, problem.Code, problem.Offset, $"{field.Tag} value '{Shorten(field.Value)}': {problem.Message}");
            if (outcome.Value is null && keepUnparsed)
            {
                Other(field);
            }
        }

        return outcome.Value;
    }

    internal void Report(in MedlineField field, DiagnosticSeverity severity, string code, int valueOffset, string message) =>
        (_diagnostics ??= []).Add(new MedlineDiagnostic(severity, code, message, field.GetPosition(valueOffset), _record.Source, field.Tag));

    /// <summary>A text value; an empty one is reported and kept in OtherFields, and gives no property or list item.</summary>
    internal string? Text(in MedlineField field)
    {
        if (field.Value.Length != 0)
        {
            return field.Value;
        }

        Report(field, DiagnosticSeverity.Warning, DiagnosticCodes.EmptyValue, 0, $"{field.Tag} value is empty; expected text");
        Other(field);
        return null;
    }

    /// <summary>Keeps a field the citation has no typed place for; an empty one is no data (its line stays in the record).</summary>
    internal void Other(in MedlineField field)
    {
        if (field.Value.Length != 0)
        {
            AddTo(ref _others, new OtherField(field.Tag, field.Value, field.Position.Line));
        }
    }

    private static void AddTo<T>(ref ValueList<T>? list, T? item)
        where T : class
    {
        if (item is not null)
        {
            (list ??= new ValueList<T>()).Add(item);
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 59), "…");


    /// <summary>One bit per known tag: which non-repeatable tags were seen (no array per citation).</summary>
    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct TagSet
    {
        private ulong _bits;

        public readonly bool Contains(int tag) => (this[tag >> 6] & (1UL << tag)) != 0;

        public void Add(int tag) => this[tag >> 6] |= 1UL << tag;
    }
}
