using Medline.Parser.Grammar;
using Medline.Parser.Model;

namespace Medline.Parser.Mapping;

/// <summary>
/// The people of a citation (format §3): authors (FAU/AU), corporate authors (CN), investigators (FIR/IR/IRAD),
/// editors (FED/ED) and persons as subject (FPS/PS), each with the identifiers (AUID) and affiliations (AD) that follow
/// its name. A person is open until a tag that is not a people tag closes it; <see cref="CitationBuilder"/> hands every
/// people field here and reads the lists back when the record ends. A struct inside the builder, so that
/// grouping costs no object per citation; the builder (<c>owner</c>) takes the diagnostics and the fields kept aside.
/// </summary>
internal struct PeopleGrouping
{
    private int _shortFirst; // bit per PersonRole
    private int _roleSeen; // bit per PersonRole: its first name was read

    // The person or group being read. AUID and AD attach to it; any tag other than a people tag closes it (format §3).
    private PersonBuilder? _person;
    private PersonBuilder? _sparePerson;
    private CorporateBuilder? _group;
    private int _bylinePosition;
    private int _adCount;
    private ValueList<string>? _affiliations;
    private ValueList<Author>? _authors, _investigators, _editors, _subjects;
    private ValueList<CorporateAuthor>? _corporate;

    /// <summary>Whether a field of this target belongs to the people (and so does not close the open person).</summary>
    public static bool Handles(TagTarget target) =>
        target is >= TagTarget.Authors_FullName and <= TagTarget.PersonalNameSubjects_ShortName;

    public readonly ValueList<Author>? Authors => _authors;

    public bool AuthorListIncomplete { get; private set; }

    public readonly ValueList<CorporateAuthor>? CorporateAuthors => _corporate;

    public readonly ValueList<Author>? Investigators => _investigators;

    public readonly ValueList<Author>? Editors => _editors;

    public readonly ValueList<Author>? PersonalNameSubjects => _subjects;

    /// <summary>
    /// The record's affiliations: an AD before any author (old and third-party files). Before late 2014 a record has
    /// one AD, after its first author: it describes that author, and often all of them (format §3.1), so it is also
    /// given as the record's affiliation.
    /// </summary>
    public readonly IReadOnlyList<string>? RecordAffiliations => RecordAffiliationsOf(_affiliations, _adCount, _authors);

    /// <summary>
    /// The record's own affiliations (format §3.1): those before any author; or, when the record's only AD follows the
    /// first of several authors (records before late 2014), that AD, which describes the record as much as the author.
    /// One rule for citations read and built (<see cref="Building.MedlineCitationBuilder"/>), so the two agree.
    /// </summary>
    internal static IReadOnlyList<string>? RecordAffiliationsOf(IReadOnlyList<string>? beforeAuthors, int adCount, IReadOnlyList<Author>? authors) =>
        adCount == 1 && (beforeAuthors is null || beforeAuthors.Count == 0) && authors is { Count: > 1 } && authors[0].Affiliations.Count == 1
            ? [authors[0].Affiliations[0]]
            : beforeAuthors;

    /// <summary>Reads one people field: <paramref name="target"/> is its tag's row's target (<see cref="Handles"/>).</summary>
    public void Add(CitationBuilder owner, in MedlineField field, int fieldIndex, TagTarget target)
    {
        switch (target)
        {
            case TagTarget.Authors_Identifiers: AddIdentifier(owner, field); break;
            case TagTarget.Authors_Affiliations: AddAffiliation(owner, field, investigator: false); break;
            case TagTarget.Investigators_Affiliations: AddAffiliation(owner, field, investigator: true); break;
            case TagTarget.CorporateAuthors_Name: StartGroup(owner, field); break;
            default:
                if (TryGetNameRole(target, out var role, out var full))
                {
                    StartPerson(owner, field, fieldIndex, role, full);
                }

                break;
        }
    }

    /// <summary>
    /// Finds whether this record writes the short name first (IR then FIR) for the role of the name at
    /// <paramref name="first"/>, the role's first name, which is a short one: its next name is a full one that agrees
    /// with it. Most records write FAU then AU, and then nothing is looked up.
    /// </summary>
    private void DetectShortFirst(CitationBuilder owner, PersonRole role, int first)
    {
        var fields = owner.Record.Fields;
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
            if (TryGetNameRole(MedlineTags.GetTarget(fields[j].KnownTag), out var nextRole, out full) && nextRole == role)
            {
                return j;
            }
        }

        full = false;
        return -1;
    }

    private static bool TryGetNameRole(TagTarget target, out PersonRole role, out bool full)
    {
        (role, full) = target switch
        {
            TagTarget.Authors_FullName => (PersonRole.Author, true),
            TagTarget.Authors_ShortName => (PersonRole.Author, false),
            TagTarget.Investigators_FullName => (PersonRole.Investigator, true),
            TagTarget.Investigators_ShortName => (PersonRole.Investigator, false),
            TagTarget.Editors_FullName => (PersonRole.Editor, true),
            TagTarget.Editors_ShortName => (PersonRole.Editor, false),
            TagTarget.PersonalNameSubjects_FullName => (PersonRole.Subject, true),
            TagTarget.PersonalNameSubjects_ShortName => (PersonRole.Subject, false),
            _ => ((PersonRole)(-1), false),
        };
        return (int)role >= 0;
    }


    private void StartPerson(CitationBuilder owner, in MedlineField field, int fieldIndex, PersonRole role, bool full)
    {
        var roleBit = 1 << (int)role;
        if ((_roleSeen & roleBit) == 0)
        {
            _roleSeen |= roleBit;
            if (!full)
            {
                DetectShortFirst(owner, role, fieldIndex);
            }
        }

        if (!(full ? FieldGrammar.TryFastFullName(field.Value, out var name) : FieldGrammar.TryFastShortName(field.Value, out name)))
        {
            var outcome = full ? FieldGrammar.ParseFullName(field.Value) : FieldGrammar.ParseShortName(field.Value);
            if (!full && outcome.Problem is { Code: DiagnosticCodes.TruncatedAuthorList })
            {
                // Told (MED2013, info) wherever it stands; an author list records it, another role keeps the line aside.
                owner.Parse(field, outcome, keepUnparsed: role != PersonRole.Author);
                AuthorListIncomplete |= role == PersonRole.Author;
                return;
            }

            if (owner.Parse(field, outcome) is not { } parsed)
            {
                // No name, no person: the value is kept in OtherFields and the next name starts the next person.
                return;
            }

            name = NameParts.From(parsed);
        }

        if (_person is { } current && current.Role == role && current.Pairs(name, full, (_shortFirst & (1 << (int)role)) != 0))
        {
            current.Complete(field, name, full, owner);
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

    private readonly int NextPosition(PersonRole role) => role switch
    {
        PersonRole.Investigator => _investigators?.Count ?? 0,
        PersonRole.Editor => _editors?.Count ?? 0,
        _ => _subjects?.Count ?? 0,
    };

    private void StartGroup(CitationBuilder owner, in MedlineField field)
    {
        ClosePerson();
        _group = CloseGroup(_group);
        if (owner.Text(field) is { } name)
        {
            _group = new CorporateBuilder(name, _bylinePosition++);
        }
    }

    private void AddIdentifier(CitationBuilder owner, in MedlineField field)
    {
        if (field.Value.Length == 0)
        {
            // The grammar reports it; an empty identifier is no identifier.
            owner.Parse(field, FieldGrammar.ParseAuthorIdentifier(field.Value));
            return;
        }

        var identifier = owner.Parse(field, FieldGrammar.ParseAuthorIdentifier(field.Value), keepUnparsed: false)
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
            owner.Report(field, DiagnosticSeverity.Warning, DiagnosticCodes.UnattachedField, 0,
                "AUID with no author, corporate author or investigator before it; kept in OtherFields");
            owner.Other(field);
        }
    }

    private void AddAffiliation(CitationBuilder owner, in MedlineField field, bool investigator)
    {
        if (field.Value.Length == 0)
        {
            owner.Text(field);
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

            owner.Report(field, DiagnosticSeverity.Warning, DiagnosticCodes.UnattachedField, 0,
                "IRAD with no investigator before it; kept in OtherFields");
            owner.Other(field);
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
            (_affiliations ??= []).Add(field.Value);
        }
    }

    public void Close()
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
}
