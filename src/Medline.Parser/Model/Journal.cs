namespace Medline.Parser.Model;

/// <summary>The journal an article appeared in, and where in it.</summary>
public sealed record Journal
{
    /// <summary>The full journal title from the NLM Catalog (JT).</summary>
    public string? Title { get; init; }

    /// <summary>The NLM title abbreviation (TA), such as <c>Medicine (Baltimore)</c>.</summary>
    public string? Abbreviation { get; init; }

    /// <summary>The journal's NLM unique identifier (JID), such as <c>2985248R</c>.</summary>
    public string? NlmId { get; init; }

    /// <summary>The ISSNs (IS) with their kinds, in record order.</summary>
    public IReadOnlyList<Issn> Issns { get; init => field = value ?? []; } = [];

    /// <summary>The volume (VI), as printed: <c>99</c>, <c>12 Suppl</c>.</summary>
    public string? Volume { get; init; }

    /// <summary>The issue (IP), as printed: <c>31</c>, <c>Suppl 1</c>, <c>7-8</c>.</summary>
    public string? Issue { get; init; }

    /// <summary>The place of publication (PL): a country for journals, a city for books.</summary>
    public string? Country { get; init; }
}

/// <summary>The abstract: its flat text, its labelled sections when it is structured, and its copyright.</summary>
public sealed record Abstract
{
    /// <summary>The whole abstract (AB) as one text.</summary>
    public required string Text { get; init; }

    private readonly bool _splitOnDemand;
    private IReadOnlyList<AbstractSection>? _sections;

    /// <summary>Default constructor (object initializers set the members).</summary>
    public Abstract()
    {
    }

    /// <summary>
    /// The copy of a <c>with</c> expression: the sections are taken as they are now, so a copy with another
    /// <see cref="Text"/> keeps the original's sections (as when they were split eagerly).
    /// </summary>
    /// <param name="original">The abstract copied.</param>
    private Abstract(Abstract original)
    {
        Text = original.Text;
        Copyright = original.Copyright;
        _sections = original.Sections;
    }

    /// <summary>
    /// The sections of a structured abstract (<c>BACKGROUND</c>, <c>RESULTS</c>…); empty when unstructured. For a
    /// citation read from MEDLINE text they are split from <see cref="Text"/> on first use.
    /// </summary>
    public IReadOnlyList<AbstractSection> Sections
    {
        get => _sections ??= _splitOnDemand ? Grammar.AbstractSplitter.Split(Text) : [];
        init => _sections = value ?? [];
    }

    /// <summary>The copyright statement (CI).</summary>
    public string? Copyright { get; init; }

    /// <summary>Whether <see cref="Sections"/> are to be split from <see cref="Text"/> on first use (set by the citation builder).</summary>
    internal bool SplitOnDemand
    {
        init => _splitOnDemand = value;
    }

    /// <summary>Whether the sections are still to be split (the JSON writer then writes them from spans of the text).</summary>
    internal bool SectionsPending => _sections is null && _splitOnDemand;

    /// <summary>Equal text, copyright and section list (lists compare by reference, as elsewhere in the model).</summary>
    /// <param name="other">The other abstract.</param>
    public bool Equals(Abstract? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Text == other.Text && Copyright == other.Copyright && ReferenceEquals(Sections, other.Sections)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text, Copyright, Sections);
}

/// <summary>A keyword (OT) with the owner of its list (OTO).</summary>
/// <param name="Text">The keyword, without a leading major-topic <c>*</c>.</param>
/// <param name="Owner">The list's owner (<c>NOTNLM</c>, <c>NLM</c>, <c>KIE</c>…), when an OTO line precedes it.</param>
/// <param name="MajorTopic">Whether the keyword was marked major with a leading <c>*</c> (KIE, PIP, NASA terms).</param>
public sealed record Keyword(string Text, string? Owner, bool MajorTopic);

/// <summary>Book and chapter data (Bookshelf records).</summary>
public sealed record Book
{
    /// <summary>The book title (BTI).</summary>
    public string? Title { get; init; }

    /// <summary>The collection (series) titles (CTI).</summary>
    public IReadOnlyList<string> CollectionTitles { get; init => field = value ?? []; } = [];

    /// <summary>The volume title (VTI).</summary>
    public string? VolumeTitle { get; init; }

    /// <summary>The chapter (CP).</summary>
    public string? Chapter { get; init; }

    /// <summary>The edition (EN).</summary>
    public string? Edition { get; init; }

    /// <summary>The ISBNs (ISBN).</summary>
    public IReadOnlyList<string> Isbns { get; init => field = value ?? []; } = [];

    /// <summary>The publisher (PB).</summary>
    public string? Publisher { get; init; }

    /// <summary>The place of publication (PL) of a book: a city with its state or country, <c>Bethesda (MD)</c>.</summary>
    public string? Place { get; init; }

    /// <summary>The contribution date (CTDT).</summary>
    public CompactDate? ContributionDate { get; init; }

    /// <summary>The date the book was revised (DRDT).</summary>
    public CompactDate? DateRevised { get; init; }
}

/// <summary>
/// A field the typed model has no place for, kept as it was read: an unknown or legacy tag, a malformed line, a
/// repeated single-valued tag, or a value its grammar could not parse.
/// </summary>
/// <param name="Tag">The tag as written; empty for a malformed or orphan line.</param>
/// <param name="Value">The value, continuation lines joined.</param>
/// <param name="Line">The 1-based line where the field starts.</param>
public sealed record OtherField(string Tag, string Value, int Line);
