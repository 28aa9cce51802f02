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
    private List<MedlineDiagnostic>? _diagnostics;
    private TagSet _seen;
    private int _shortFirst; // bit per PersonRole
    private int _roleSeen; // bit per PersonRole: its first name was read
    private int _fieldIndex;

    private string? _pmid, _pmcId, _owner, _status, _pst, _pubm, _source, _title, _vernacularTitle, _abstract, _copyright;
    private string? _coi, _rf, _journalTitle, _abbreviation, _nlmId, _volume, _issue, _country;
    private string? _bookTitle, _volumeTitle, _chapter, _edition, _publisher;
    private PublicationDate? _dp;
    private CompactDate? _dcom, _lr, _da, _dep, _ctdt, _drdt;
    private Timestamp? _edat, _mhda, _crdt, _pmcr;
    private Pagination? _pagination;
    private ValueList<ArticleIdentifier>? _aids, _lids;
    private ValueList<string>? _mids, _ocis, _notes, _languages, _types, _affiliations, _concepts, _subsets, _genes, _missions, _collections, _isbns;
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
    private ValueList<Author>? _authors, _investigators, _editors, _subjects;
    private ValueList<CorporateAuthor>? _corporate;

    // The person or group being read. AUID and AD attach to it; any tag other than a people tag closes it (format §3).
    private PersonBuilder? _person;
    private PersonBuilder? _sparePerson;
    private CorporateBuilder? _group;
    private int _bylinePosition;
    private bool _authorListIncomplete;
    private string? _keywordOwner;
    private int _adCount;

    private CitationBuilder(MedlineRecord record)
    {
        _record = record;
    }

    /// <summary>
    /// Finds whether this record writes the short name first (IR then FIR) for the role of the name at
    /// <paramref name="first"/>, the role's first name, which is a short one: its next name is a full one that agrees
    /// with it. Most records write FAU then AU, and then nothing is looked up.
    /// </summary>
    private void DetectShortFirst(PersonRole role, int first)
    {
        var fields = _record.Fields;
        var next = NextName(fields, first, role, out var nextFull);
        if (next < 0 || !nextFull)
        {
            return;
        }

        var fullName = FullNameParts(fields[next].Value);
        if (!PersonBuilder.Agree(fullName, ShortNameParts(fields[first].Value)))
        {
            return;
        }

        // AU, FAU, AU with one name each side is an AU-only author beside a FAU/AU pair, not short-first order.
        var after = NextName(fields, next, role, out var afterFull);
        if (after < 0 || afterFull || !PersonBuilder.Agree(fullName, ShortNameParts(fields[after].Value)))
        {
            _shortFirst |= 1 << (int)role;
        }
    }

    private static NameParts FullNameParts(string value) =>
        FieldGrammar.TryFastFullName(value, out var parts) ? parts : NameParts.From(FieldGrammar.ParseFullName(value).Value);

    private static NameParts ShortNameParts(string value) =>
        FieldGrammar.TryFastShortName(value, out var parts) ? parts : NameParts.From(FieldGrammar.ParseShortName(value).Value);

    private static int NextName(System.Collections.Immutable.ImmutableArray<MedlineField> fields, int from, PersonRole role, out bool full)
    {
        for (var j = from + 1; j < fields.Length; j++)
        {
            if (TryGetNameRole(fields[j].KnownTag, out var nextRole, out full) && nextRole == role)
            {
                return j;
            }
        }

        full = false;
        return -1;
    }

    private static bool TryGetNameRole(MedlineTag tag, out PersonRole role, out bool full)
    {
        (role, full) = tag switch
        {
            MedlineTag.Fau => (PersonRole.Author, true),
            MedlineTag.Au => (PersonRole.Author, false),
            MedlineTag.Fir => (PersonRole.Investigator, true),
            MedlineTag.Ir => (PersonRole.Investigator, false),
            MedlineTag.Fed => (PersonRole.Editor, true),
            MedlineTag.Ed => (PersonRole.Editor, false),
            MedlineTag.Fps => (PersonRole.Subject, true),
            MedlineTag.Ps => (PersonRole.Subject, false),
            _ => ((PersonRole)(-1), false),
        };
        return (int)role >= 0;
    }

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

    private void Add(in MedlineField field)
    {
        if (field.Kind != MedlineFieldKind.Tagged)
        {
            Other(field);
            return;
        }

        var tag = field.KnownTag;
        if (tag != MedlineTag.Unknown && !MedlineTags.IsRepeatable(tag))
        {
            if (_seen.Contains((int)tag) && !AddRepeatedSingleton(field))
            {
                return;
            }

            _seen.Add((int)tag);
        }

        if (!IsPersonTag(tag))
        {
            ClosePeople();
        }

        var value = field.Value;
        switch (tag)
        {
            case MedlineTag.Pmid: _pmid = Parse(field, FieldGrammar.ParsePmid(value)); break;
            case MedlineTag.Pmc: _pmcId = Parse(field, FieldGrammar.ParsePmcId(value)); break;
            case MedlineTag.Own: _owner = Parse(field, FieldGrammar.ParseOwner(value)); break;
            case MedlineTag.Stat: _status = Parse(field, FieldGrammar.ParseStatus(value)); break;
            case MedlineTag.Pst: _pst = Parse(field, FieldGrammar.ParsePublicationStatus(value)); break;
            case MedlineTag.Pubm: _pubm = Parse(field, FieldGrammar.ParsePublishingModel(value)); break;
            case MedlineTag.Dcom: _dcom = Parse(field, FieldGrammar.ParseCompactDate(value)); break;
            case MedlineTag.Lr: _lr = Parse(field, FieldGrammar.ParseCompactDate(value)); break;
            case MedlineTag.Da: _da = Parse(field, FieldGrammar.ParseCompactDate(value)); break;
            case MedlineTag.Dep: _dep = Parse(field, FieldGrammar.ParseCompactDate(value)); break;
            case MedlineTag.Ctdt: _ctdt = Parse(field, FieldGrammar.ParseCompactDate(value)); break;
            case MedlineTag.Drdt: _drdt = Parse(field, FieldGrammar.ParseCompactDate(value)); break;
            case MedlineTag.Edat: _edat = Parse(field, FieldGrammar.ParseTimestamp(value)); break;
            case MedlineTag.Mhda: _mhda = Parse(field, FieldGrammar.ParseTimestamp(value)); break;
            case MedlineTag.Crdt: _crdt = Parse(field, FieldGrammar.ParseTimestamp(value)); break;
            case MedlineTag.Pmcr: _pmcr = Parse(field, FieldGrammar.ParseTimestamp(value)); break;
            case MedlineTag.Phst: AddTo(ref _history, Parse(field, FieldGrammar.ParseHistoryDate(value))); break;
            case MedlineTag.Dp: _dp = Parse(field, FieldGrammar.ParsePublicationDate(value)); break;
            case MedlineTag.Aid: AddTo(ref _aids, Parse(field, FieldGrammar.ParseArticleIdentifier(value))); break;
            case MedlineTag.Lid: AddTo(ref _lids, Parse(field, FieldGrammar.ParseArticleIdentifier(value))); break;
            case MedlineTag.Mid: AddTo(ref _mids, Text(field)); break;
            case MedlineTag.Oid: AddTo(ref _oids, Parse(field, FieldGrammar.ParseOtherId(value))); break;
            case MedlineTag.Is: AddTo(ref _issns, Parse(field, FieldGrammar.ParseIssn(value))); break;
            case MedlineTag.Ta: _abbreviation = Text(field); break;
            case MedlineTag.Jt: _journalTitle = Text(field); break;
            case MedlineTag.Jid: _nlmId = Parse(field, FieldGrammar.ParseNlmUniqueId(value)); break;
            case MedlineTag.Pl: _country = Text(field); break;
            case MedlineTag.Vi: _volume = Text(field); break;
            case MedlineTag.Ip: _issue = Text(field); break;
            case MedlineTag.Pg: _pagination = Parse(field, FieldGrammar.ParsePagination(value)); break;
            case MedlineTag.So: _source = Text(field); break;
            case MedlineTag.Ti: _title = Text(field); break;
            case MedlineTag.Tt: _vernacularTitle = Text(field); break;
            case MedlineTag.Ab: _abstract = value; break;
            case MedlineTag.Ci: _copyright = Text(field); break;
            case MedlineTag.Oab: AddTo(ref _otherAbstracts, Parse(field, FieldGrammar.ParseOtherAbstract(value))); break;
            case MedlineTag.Oabl: AddOtherAbstractLanguage(field); break;
            case MedlineTag.Oci: AddTo(ref _ocis, Text(field)); break;
            case MedlineTag.Cois:
            case MedlineTag.Coi: AddConflictOfInterest(field); break;
            case MedlineTag.Gn: AddTo(ref _notes, Text(field)); break;
            case MedlineTag.Rf: _rf = Parse(field, FieldGrammar.ParseReferenceCount(value)); break;
            case MedlineTag.La: AddLanguage(field); break;
            case MedlineTag.Pt: AddTo(ref _types, Text(field)); break;
            case MedlineTag.Fau: StartPerson(field, PersonRole.Author, full: true); break;
            case MedlineTag.Au: StartPerson(field, PersonRole.Author, full: false); break;
            case MedlineTag.Fir: StartPerson(field, PersonRole.Investigator, full: true); break;
            case MedlineTag.Ir: StartPerson(field, PersonRole.Investigator, full: false); break;
            case MedlineTag.Fed: StartPerson(field, PersonRole.Editor, full: true); break;
            case MedlineTag.Ed: StartPerson(field, PersonRole.Editor, full: false); break;
            case MedlineTag.Fps: StartPerson(field, PersonRole.Subject, full: true); break;
            case MedlineTag.Ps: StartPerson(field, PersonRole.Subject, full: false); break;
            case MedlineTag.Cn: StartGroup(field); break;
            case MedlineTag.Auid: AddIdentifier(field); break;
            case MedlineTag.Ad: AddAffiliation(field, investigator: false); break;
            case MedlineTag.Irad: AddAffiliation(field, investigator: true); break;
            case MedlineTag.Mh: AddTo(ref _mesh, Parse(field, FieldGrammar.ParseMeshHeading(value))); break;
            case MedlineTag.Oto: _keywordOwner = Text(field); break;
            case MedlineTag.Ot:
            case MedlineTag.Kw: AddKeyword(field); break;
            case MedlineTag.Rn: AddTo(ref _chemicals, Parse(field, FieldGrammar.ParseChemical(value))); break;
            case MedlineTag.Nm: AddTo(ref _concepts, Text(field)); break;
            case MedlineTag.Sb: AddTo(ref _subsets, Parse(field, FieldGrammar.ParseSubset(value))); break;
            case MedlineTag.Si: AddTo(ref _sis, Parse(field, FieldGrammar.ParseSecondarySourceId(value))); break;
            case MedlineTag.Gs: AddTo(ref _genes, Text(field)); break;
            case MedlineTag.Gr: AddTo(ref _grants, Parse(field, FieldGrammar.ParseGrant(value))); break;
            case MedlineTag.Sfm: AddTo(ref _missions, Text(field)); break;
            case MedlineTag.Bti: _bookTitle = Text(field); break;
            case MedlineTag.Cti: AddTo(ref _collections, Text(field)); break;
            case MedlineTag.Vti: _volumeTitle = Text(field); break;
            case MedlineTag.Cp: _chapter = Text(field); break;
            case MedlineTag.En: _edition = Text(field); break;
            case MedlineTag.Isbn: AddTo(ref _isbns, Parse(field, FieldGrammar.ParseIsbn(value))); break;
            case MedlineTag.Pb: _publisher = Text(field); break;
            default:
                if (FieldGrammar.TryGetCommentCorrectionType(field.Tag, out var linkType))
                {
                    AddTo(ref _links, Parse(field, FieldGrammar.ParseCommentCorrection(linkType.Value, value)));
                }
                else if (tag == MedlineTag.Unknown && field.Tag == "ISSN")
                {
                    // ERIC's ISSN line (ISSN - EISSN-2375-5636) is the journal's ISSN.
                    AddTo(ref _issns, Parse(field, FieldGrammar.ParseIssn(value)));
                }
                else
                {
                    // Unknown tags, CDAT and the legacy MEDLARS tags: kept as read.
                    Other(field);
                }

                break;
        }
    }

    // ------------------------------------------------------------------------------------------------ people

    private static bool IsPersonTag(MedlineTag tag) => tag is MedlineTag.Fau or MedlineTag.Au or MedlineTag.Auid or
        MedlineTag.Ad or MedlineTag.Cn or MedlineTag.Fir or MedlineTag.Ir or MedlineTag.Irad or MedlineTag.Fed or
        MedlineTag.Ed or MedlineTag.Fps or MedlineTag.Ps;

    private void StartPerson(in MedlineField field, PersonRole role, bool full)
    {
        var roleBit = 1 << (int)role;
        if ((_roleSeen & roleBit) == 0)
        {
            _roleSeen |= roleBit;
            if (!full)
            {
                DetectShortFirst(role, _fieldIndex);
            }
        }

        if (!(full ? FieldGrammar.TryFastFullName(field.Value, out var name) : FieldGrammar.TryFastShortName(field.Value, out name)))
        {
            var outcome = full ? FieldGrammar.ParseFullName(field.Value) : FieldGrammar.ParseShortName(field.Value);
            if (!full && outcome.Problem is { Code: DiagnosticCodes.TruncatedAuthorList })
            {
                if (role == PersonRole.Author)
                {
                    _authorListIncomplete = true;
                }
                else
                {
                    Other(field);
                }

                return;
            }

            if (Parse(field, outcome) is not { } parsed)
            {
                // No name, no person: the value is kept in OtherFields and the next name starts the next person.
                return;
            }

            name = NameParts.From(parsed);
        }

        if (_person is { } current && current.Role == role && current.Pairs(name, full, (_shortFirst & (1 << (int)role)) != 0))
        {
            current.Complete(field, name, full, this);
            return;
        }

        ClosePerson();
        _group = CloseGroup(_group);
        var position = role == PersonRole.Author ? _bylinePosition++ : NextPosition(role);
        if (_sparePerson is { } spare)
        {
            _sparePerson = null;
            spare.Reset(role, field, name, full, position);
            _person = spare;
        }
        else
        {
            _person = new PersonBuilder(role, field, name, full, position);
        }
    }

    private int NextPosition(PersonRole role) => role switch
    {
        PersonRole.Investigator => _investigators?.Count ?? 0,
        PersonRole.Editor => _editors?.Count ?? 0,
        _ => _subjects?.Count ?? 0,
    };

    private void StartGroup(in MedlineField field)
    {
        ClosePerson();
        _group = CloseGroup(_group);
        if (Text(field) is { } name)
        {
            _group = new CorporateBuilder(name, _bylinePosition++);
        }
    }

    private void AddIdentifier(in MedlineField field)
    {
        if (field.Value.Length == 0)
        {
            // The grammar reports it; an empty identifier is no identifier.
            Parse(field, FieldGrammar.ParseAuthorIdentifier(field.Value));
            return;
        }

        var identifier = Parse(field, FieldGrammar.ParseAuthorIdentifier(field.Value), keepUnparsed: false)
            ?? new AuthorIdentifier { Raw = field.Value, Value = field.Value };
        if (_person is not null)
        {
            _person.Identifiers.Add(identifier);
        }
        else if (_group is not null)
        {
            (_group.Identifiers ??= []).Add(identifier);
        }
        else
        {
            Report(field, DiagnosticSeverity.Warning, DiagnosticCodes.UnattachedField, 0,
                "AUID with no author, corporate author or investigator before it; kept in OtherFields");
            Other(field);
        }
    }

    private void AddAffiliation(in MedlineField field, bool investigator)
    {
        if (field.Value.Length == 0)
        {
            Text(field);
            return;
        }

        var person = _person;
        if (investigator)
        {
            if (person is { Role: PersonRole.Investigator })
            {
                person.Affiliations.Add(field.Value);
                return;
            }

            Report(field, DiagnosticSeverity.Warning, DiagnosticCodes.UnattachedField, 0,
                "IRAD with no investigator before it; kept in OtherFields");
            Other(field);
            return;
        }

        _adCount++;
        if (person is { Role: PersonRole.Author })
        {
            person.Affiliations.Add(field.Value);
        }
        else if (_group is not null)
        {
            (_group.Affiliations ??= []).Add(field.Value);
        }
        else
        {
            // An AD before any author (old and third-party files) describes the record.
            AddTo(ref _affiliations, field.Value);
        }
    }

    private void ClosePeople()
    {
        ClosePerson();
        _group = CloseGroup(_group);
    }

    private void ClosePerson()
    {
        if (_person is not { } person)
        {
            return;
        }

        var author = person.ToAuthor();
        switch (person.Role)
        {
            case PersonRole.Author: (_authors ??= []).Add(author); break;
            case PersonRole.Investigator: (_investigators ??= []).Add(author); break;
            case PersonRole.Editor: (_editors ??= []).Add(author); break;
            default: (_subjects ??= []).Add(author); break;
        }

        _person = null;
        _sparePerson = person;
    }

    private CorporateBuilder? CloseGroup(CorporateBuilder? group)
    {
        if (group is not null)
        {
            (_corporate ??= []).Add(new CorporateAuthor
            {
                Name = group.Name,
                Affiliations = group.Affiliations,
                Identifiers = group.Identifiers,
                Position = group.Position,
            });
        }

        return null;
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
        ClosePeople();
        Report(field, DiagnosticSeverity.Warning, DiagnosticCodes.RepeatedField, 0,
            $"{field.Tag} occurs more than once; the first is used and this one is kept in OtherFields");
        Other(field);
    }

    private MedlineCitation Finish()
    {
        ClosePeople();
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

        // Before late 2014 a record has one AD, after its first author: it describes that author, and often all of
        // them (format §3.1), so it is also given as the record's affiliation.
        var affiliations = _affiliations;
        if (_adCount == 1 && affiliations is null && _authors is { Count: > 1 } && _authors[0].Affiliations.Count == 1)
        {
            affiliations = [_authors[0].Affiliations[0]];
        }

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
            Authors = _authors,
            AuthorListIncomplete = _authorListIncomplete,
            CorporateAuthors = _corporate,
            Affiliations = affiliations,
            Investigators = _investigators,
            Editors = _editors,
            PersonalNameSubjects = _subjects,
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
    private T? Parse<T>(in MedlineField field, ParseOutcome<T> outcome, bool keepUnparsed = true)
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
    private string? Text(in MedlineField field)
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
    private void Other(in MedlineField field)
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

    private enum PersonRole
    {
        Author,
        Investigator,
        Editor,
        Subject,
    }

    private sealed class PersonBuilder
    {
        public PersonBuilder(PersonRole role, in MedlineField field, NameParts name, bool full, int position) =>
            Reset(role, field, name, full, position);

        public PersonRole Role { get; private set; }

        public int Position { get; private set; }

        /// <summary>Starts the next person in this builder (one is reused per citation: people are read one at a time).</summary>
        public void Reset(PersonRole role, in MedlineField field, NameParts name, bool full, int position)
        {
            Role = role;
            Position = position;
            FullName = ShortName = null;
            Full = Short = default;
            Affiliations.Clear();
            Identifiers.Clear();
            Set(field, name, full);
        }

        public string? FullName { get; private set; }

        public string? ShortName { get; private set; }

        public NameParts Full { get; private set; }

        public NameParts Short { get; private set; }

        /// <summary>Scratch, reused from person to person: the author gets a list of exactly these.</summary>
        public List<string> Affiliations { get; } = [];

        /// <summary>Scratch, reused from person to person: the author gets a list of exactly these.</summary>
        public List<AuthorIdentifier> Identifiers { get; } = [];

        /// <summary>
        /// Whether a name of the other form completes this person. In the usual order a short name (AU) completes
        /// the person its full name (FAU) started, whatever the family name (a mismatch is reported). Where the
        /// record gives the short form first (investigators in some exports: IR then FIR; persons as subject in
        /// either order, format §3.4), the other form completes the person only when the two names agree.
        /// </summary>
        public bool Pairs(NameParts name, bool full, bool shortFirst)
        {
            if (Role == PersonRole.Subject || shortFirst)
            {
                var open = full ? FullName is null && ShortName is not null : ShortName is null && FullName is not null;
                return open && Agree(full ? name : Full, full ? Short : name);
            }

            return !full && FullName is not null && ShortName is null;
        }

        /// <summary>Whether a full and a short name can be one person: same family name, same first initial.</summary>
        internal static bool Agree(NameParts full, NameParts brief)
        {
            if (!full.HasValue || !brief.HasValue || !full.LastNameSpan.Equals(brief.LastNameSpan, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var fore = full.ForeName;
            var initials = brief.Initials;
            return string.IsNullOrEmpty(fore) || string.IsNullOrEmpty(initials) ||
                char.ToUpperInvariant(fore[0]) == char.ToUpperInvariant(initials[0]);
        }

        public void Complete(in MedlineField field, NameParts name, bool full, CitationBuilder owner)
        {
            Set(field, name, full);
            if (Full.HasValue && Short.HasValue && !Full.LastNameSpan.Equals(Short.LastNameSpan, StringComparison.OrdinalIgnoreCase) &&
                ShortInitialsAfter(Full.LastNameSpan) is null)
            {
                owner.Report(field, DiagnosticSeverity.Warning, DiagnosticCodes.NameMismatch, 0,
                    $"{field.Tag} '{field.Value}' does not share the family name of '{(full ? ShortName : FullName)}'; paired by position");
            }
        }

        private void Set(in MedlineField field, NameParts name, bool full)
        {
            if (full)
            {
                FullName = field.Value;
                Full = name;
            }
            else
            {
                ShortName = field.Value;
                Short = name;
            }
        }

        public Author ToAuthor()
        {
            var full = Full;
            var brief = Short;
            var foreName = full.ForeName ?? brief.ForeName; // ERIC writes AU as "Last, First"
            var initials = brief.Initials;
            if (full.HasValue && brief.HasValue && !full.LastNameSpan.Equals(brief.LastNameSpan, StringComparison.OrdinalIgnoreCase))
            {
                // The full name knows where the family name ends: "Santos-Fortuna Ede L" after "Santos-Fortuna, …".
                initials = ShortInitialsAfter(full.LastNameSpan) ?? initials;
            }

            return new Author
            {
                FullName = FullName,
                ShortName = ShortName,
                LastName = full.HasValue ? full.LastName : brief.HasValue ? brief.LastName : null,
                ForeName = foreName,
                Initials = initials ?? full.Initials ?? FieldGrammar.DeriveInitials(foreName),
                Suffix = full.Suffix ?? brief.Suffix,
                Affiliations = Snapshot(Affiliations),
                Identifiers = Snapshot(Identifiers),
                Position = Position,
            };
        }

        /// <summary>The person's own list of what the scratch list holds now.</summary>
        private static ValueList<T> Snapshot<T>(List<T> scratch)
        {
            if (scratch.Count == 0)
            {
                return ValueList<T>.Empty;
            }

            var list = new ValueList<T>(scratch.Count);
            foreach (var item in scratch)
            {
                list.Add(item);
            }

            return list;
        }

        /// <summary>What follows the family name in the short name (<c>Ede L</c>), when the short name starts with it.</summary>
        private string? ShortInitialsAfter(ReadOnlySpan<char> lastName) =>
            ShortName is { } brief && brief.Length > lastName.Length + 1 && brief[lastName.Length] == ' ' &&
            brief.StartsWith(lastName, StringComparison.OrdinalIgnoreCase)
                ? brief[(lastName.Length + 1)..]
                : null;
    }

    private sealed class CorporateBuilder(string name, int position)
    {
        public string Name { get; } = name;

        public int Position { get; } = position;

        public List<string>? Affiliations { get; set; }

        public List<AuthorIdentifier>? Identifiers { get; set; }
    }

    /// <summary>One bit per known tag: which non-repeatable tags were seen (no array per citation).</summary>
    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct TagSet
    {
        private ulong _bits;

        public readonly bool Contains(int tag) => (this[tag >> 6] & (1UL << tag)) != 0;

        public void Add(int tag) => this[tag >> 6] |= 1UL << tag;
    }
}
