using Medline.Parser.Grammar;
using Medline.Parser.Model;

namespace Medline.Parser.Building;

/// <summary>
/// The details of one person of a built citation (an author, investigator, editor or person as subject): initials,
/// suffix, affiliations and identifiers. Handed to the configure action of <see cref="MedlineCitationBuilder.Author"/>.
/// </summary>
public sealed class AuthorBuilder
{
    private readonly MedlineCitationBuilder _owner;
    private readonly string _lastName;
    private readonly string? _foreName;
    private readonly List<string> _affiliations = [];
    private readonly List<AuthorIdentifier> _identifiers = [];
    private string? _initials;
    private string? _suffix;

    internal AuthorBuilder(MedlineCitationBuilder owner, string lastName, string? foreName)
    {
        _owner = owner;
        _lastName = owner.Text(lastName, "a family name");
        _foreName = owner.OptionalText(foreName, "given names");
    }

    /// <summary>The initials (<c>MJ</c>); when not given they are derived from the given names as the reader does.</summary>
    /// <param name="initials">The initials.</param>
    public AuthorBuilder Initials(string initials)
    {
        _initials = _owner.Text(initials, "initials");
        return this;
    }

    /// <summary>A generational suffix (<c>Jr</c>, <c>3rd</c>, <c>II</c>).</summary>
    /// <param name="suffix">The suffix.</param>
    public AuthorBuilder Suffix(string suffix)
    {
        _suffix = _owner.Text(suffix, "a name suffix");
        if (_foreName is null)
        {
            // "Cruz, Jr" would read back with Jr as the given name.
            _owner.Problem($"name suffix '{suffix}' of {_lastName}: needs given names (without them it reads as given names)");
        }

        return this;
    }

    /// <summary>Adds an affiliation (AD, or IRAD for an investigator).</summary>
    /// <param name="affiliation">The affiliation.</param>
    public AuthorBuilder Affiliation(string affiliation)
    {
        _affiliations.Add(_owner.Text(affiliation, "an affiliation"));
        return this;
    }

    /// <summary>
    /// Adds an ORCID (AUID <c>ORCID: …</c>), normalised to <c>0000-0002-9533-1384</c> when it is one; a value with a
    /// wrong check character is kept (its <see cref="AuthorIdentifier.IsValid"/> is <see langword="false"/>).
    /// </summary>
    /// <param name="orcid">The ORCID, hyphenated, compact or as a URL.</param>
    public AuthorBuilder Orcid(string orcid) => Identifier("ORCID", orcid);

    /// <summary>Adds an identifier (AUID <c>source: value</c>); an ORCID is normalised.</summary>
    /// <param name="source">The source (<c>ORCID</c>, <c>ISNI</c>), or <see langword="null"/> for a bare value.</param>
    /// <param name="value">The identifier.</param>
    public AuthorBuilder Identifier(string? source, string value)
    {
        _identifiers.Add(_owner.AuthorIdentifier(source, value));
        return this;
    }

    internal Author Build(int position)
    {
        var initials = _initials ?? FieldGrammar.DeriveInitials(_foreName);
        return new Author
        {
            FullName = FieldGrammar.FormatFullName(_lastName, _foreName, _suffix),
            ShortName = FieldGrammar.FormatShortName(_lastName, initials, _suffix),
            LastName = _lastName,
            ForeName = _foreName,
            Initials = initials,
            Suffix = _suffix,
            Affiliations = _affiliations,
            Identifiers = _identifiers,
            Position = position,
        };
    }
}

/// <summary>The affiliations and identifiers of a corporate author (CN) of a built citation.</summary>
public sealed class CorporateAuthorBuilder
{
    private readonly MedlineCitationBuilder _owner;
    private readonly string _name;
    private readonly List<string> _affiliations = [];
    private readonly List<AuthorIdentifier> _identifiers = [];

    internal CorporateAuthorBuilder(MedlineCitationBuilder owner, string name)
    {
        _owner = owner;
        _name = owner.Text(name, "a corporate author's name");
    }

    /// <summary>Adds an affiliation (AD) of the group.</summary>
    /// <param name="affiliation">The affiliation.</param>
    public CorporateAuthorBuilder Affiliation(string affiliation)
    {
        _affiliations.Add(_owner.Text(affiliation, "an affiliation"));
        return this;
    }

    /// <summary>Adds an identifier (AUID <c>source: value</c>) of the group.</summary>
    /// <param name="source">The source (<c>ROR</c>, <c>ISNI</c>), or <see langword="null"/> for a bare value.</param>
    /// <param name="value">The identifier.</param>
    public CorporateAuthorBuilder Identifier(string? source, string value)
    {
        _identifiers.Add(_owner.AuthorIdentifier(source, value));
        return this;
    }

    internal CorporateAuthor Build(int position) =>
        new() { Name = _name, Affiliations = _affiliations, Identifiers = _identifiers, Position = position };
}

/// <summary>The qualifiers (subheadings) of a MeSH heading of a built citation.</summary>
public sealed class MeshHeadingBuilder
{
    private readonly MedlineCitationBuilder _owner;
    private readonly List<MeshQualifier> _qualifiers = [];

    internal MeshHeadingBuilder(MedlineCitationBuilder owner) => _owner = owner;

    /// <summary>Adds a qualifier (<c>drug therapy</c>), starred when it is a major topic.</summary>
    /// <param name="name">The qualifier name, without <c>*</c>.</param>
    /// <param name="major">Whether the qualifier is a major topic.</param>
    public MeshHeadingBuilder Qualifier(string name, bool major = false)
    {
        _qualifiers.Add(new MeshQualifier(_owner.MeshName(name, "a MeSH qualifier"), major));
        return this;
    }

    internal List<MeshQualifier> Build() => _qualifiers;
}

/// <summary>The book and chapter fields (BTI, CTI, VTI, CP, EN, ISBN, PB, PL, CTDT, DRDT) of a built citation.</summary>
public sealed class BookBuilder
{
    private readonly MedlineCitationBuilder _owner;
    private readonly List<string> _collectionTitles = [];
    private readonly List<string> _isbns = [];
    private Book _book = new();

    internal BookBuilder(MedlineCitationBuilder owner) => _owner = owner;

    /// <summary>The book title (BTI).</summary>
    /// <param name="title">The title.</param>
    public BookBuilder Title(string title) => Set(_book with { Title = _owner.Text(title, "a book title") });

    /// <summary>Adds a collection (series) title (CTI).</summary>
    /// <param name="title">The title.</param>
    public BookBuilder CollectionTitle(string title)
    {
        _collectionTitles.Add(_owner.Text(title, "a collection title"));
        return this;
    }

    /// <summary>The volume title (VTI).</summary>
    /// <param name="title">The title.</param>
    public BookBuilder VolumeTitle(string title) => Set(_book with { VolumeTitle = _owner.Text(title, "a volume title") });

    /// <summary>The chapter (CP).</summary>
    /// <param name="chapter">The chapter.</param>
    public BookBuilder Chapter(string chapter) => Set(_book with { Chapter = _owner.Text(chapter, "a chapter") });

    /// <summary>The edition (EN).</summary>
    /// <param name="edition">The edition.</param>
    public BookBuilder Edition(string edition) => Set(_book with { Edition = _owner.Text(edition, "an edition") });

    /// <summary>Adds an ISBN (ISBN), as written.</summary>
    /// <param name="isbn">The ISBN.</param>
    public BookBuilder Isbn(string isbn)
    {
        _isbns.Add(_owner.Text(isbn, "an ISBN"));
        return this;
    }

    /// <summary>The publisher (PB).</summary>
    /// <param name="publisher">The publisher.</param>
    public BookBuilder Publisher(string publisher) => Set(_book with { Publisher = _owner.Text(publisher, "a publisher") });

    /// <summary>The place of publication (PL): <c>Bethesda (MD)</c>.</summary>
    /// <param name="place">The place.</param>
    public BookBuilder Place(string place) => Set(_book with { Place = _owner.Text(place, "a place of publication") });

    /// <summary>The contribution date (CTDT).</summary>
    /// <param name="date">The date.</param>
    public BookBuilder ContributionDate(DateOnly date) => Set(_book with { ContributionDate = MedlineCitationBuilder.Compact(date) });

    /// <summary>The date the book was revised (DRDT).</summary>
    /// <param name="date">The date.</param>
    public BookBuilder DateRevised(DateOnly date) => Set(_book with { DateRevised = MedlineCitationBuilder.Compact(date) });

    internal Book Build() => _book with { CollectionTitles = _collectionTitles, Isbns = _isbns };

    private BookBuilder Set(Book book)
    {
        _book = book;
        return this;
    }
}
