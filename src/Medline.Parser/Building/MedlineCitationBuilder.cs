using System.Globalization;
using Medline.Parser.Grammar;
using Medline.Parser.Model;

namespace Medline.Parser.Building;

/// <summary>
/// Builds a <see cref="MedlineCitation"/> in code, fluently: <c>MedlineCitation.Build("32756149").Title("…")
/// .Author("Liang", "Bing", a => a.Affiliation("…")).Mesh("Humans").Build()</c>. Names, initials and byline positions
/// are filled in as the reader fills them, and every value's text is formatted from its parts, so a built citation
/// equals the citation read back from its MEDLINE text. What is derived (DOI, retraction and erratum flags, ISSN and
/// ORCID checks) is computed by the citation itself, for built and read citations alike.
/// </summary>
/// <remarks>
/// A <see langword="null"/> argument throws at once. A value that cannot be written as MEDLINE text (a PMID that is
/// not digits, month 13, <c>Feb 30</c>, an unknown season, a value with a line break) is collected and
/// <see cref="Build"/> throws an <see cref="ArgumentException"/> naming every such value.
/// </remarks>
public sealed class MedlineCitationBuilder
{
    private readonly List<string> _problems = [];
    private readonly List<ArticleIdentifier> _articleIds = [], _locationIds = [];
    private readonly List<string> _manuscriptIds = [], _otherCopyrights = [], _notes = [], _languages = [], _types = [];
    private readonly List<string> _affiliations = [], _concepts = [], _subsets = [], _genes = [], _missions = [];
    private readonly List<OtherId> _otherIds = [];
    private readonly List<HistoryDate> _history = [];
    private readonly List<Issn> _issns = [];
    private readonly List<OtherAbstract> _otherAbstracts = [];
    private readonly List<Func<int, object>> _byline = [];
    private readonly List<AuthorBuilder> _investigators = [], _editors = [], _subjects = [];
    private readonly List<MeshHeading> _mesh = [];
    private readonly List<Chemical> _chemicals = [];
    private readonly List<Keyword> _keywords = [];
    private readonly List<SecondarySourceId> _secondaryIds = [];
    private readonly List<Grant> _grants = [];
    private readonly List<CommentCorrection> _links = [];
    private MedlineCitation _citation = new();
    private Journal? _journal;
    private BookBuilder? _book;

    /// <summary>Starts an empty citation.</summary>
    public MedlineCitationBuilder()
    {
    }

    // ------------------------------------------------------------------ identifiers and status

    /// <summary>The PubMed identifier (PMID): digits only.</summary>
    /// <param name="pmid">The PMID.</param>
    public MedlineCitationBuilder Pmid(string pmid)
    {
        var text = Text(pmid, "the PMID");
        if (text.Length > 0 && !FieldGrammar.ParsePmid(text).IsSuccess)
        {
            _problems.Add($"PMID '{text}': expected digits only");
        }

        return Set(_citation with { Pmid = text });
    }

    /// <summary>The PubMed Central identifier (PMC): <c>PMC7402800</c>.</summary>
    /// <param name="pmcId">The PMC identifier.</param>
    public MedlineCitationBuilder PmcId(string pmcId)
    {
        var text = Text(pmcId, "the PMC identifier");
        if (!FieldGrammar.ParsePmcId(text).IsSuccess)
        {
            _problems.Add($"PMC identifier '{text}': expected 'PMC' and digits (PMC1234567)");
        }

        return Set(_citation with { PmcId = text });
    }

    /// <summary>Adds the DOI as an article identifier (AID <c>… [doi]</c>); <see cref="MedlineCitation.Doi"/> derives from it.</summary>
    /// <param name="doi">The DOI (<c>10.1097/MD.0000000000021429</c>).</param>
    public MedlineCitationBuilder Doi(string doi) => ArticleId(doi, "doi");

    /// <summary>Adds a publisher item identifier (AID <c>… [pii]</c>).</summary>
    /// <param name="pii">The PII.</param>
    public MedlineCitationBuilder Pii(string pii) => ArticleId(pii, "pii");

    /// <summary>Adds an article identifier (AID) of any type (<c>doi</c>, <c>pii</c>, <c>bookaccession</c>…).</summary>
    /// <param name="value">The identifier.</param>
    /// <param name="type">The type written in brackets, or <see langword="null"/> for a bare value.</param>
    public MedlineCitationBuilder ArticleId(string value, string? type) => Add(_articleIds, Identifier(value, type));

    /// <summary>Adds a location identifier (LID): an electronic location used instead of pages.</summary>
    /// <param name="value">The identifier.</param>
    /// <param name="type">The type written in brackets (<c>doi</c>, <c>pii</c>), or <see langword="null"/> for a bare value.</param>
    public MedlineCitationBuilder LocationId(string value, string? type = null) => Add(_locationIds, Identifier(value, type));

    /// <summary>Adds an author-manuscript identifier (MID): <c>NIHMS1773706</c>.</summary>
    /// <param name="id">The identifier.</param>
    public MedlineCitationBuilder ManuscriptId(string id) => Add(_manuscriptIds, Text(id, "a manuscript identifier"));

    /// <summary>Adds an other identifier (OID): <c>NLM: PMC38908</c>.</summary>
    /// <param name="value">The identifier.</param>
    /// <param name="source">The source before <c>: </c> (<c>NLM</c>), or <see langword="null"/>.</param>
    public MedlineCitationBuilder OtherId(string value, string? source = null) =>
        Add(_otherIds, new OtherId { Value = Text(value, "an other identifier"), Source = OptionalText(source, "an identifier source") });

    /// <summary>The owner (OWN): <c>NLM</c>, <c>NOTNLM</c>….</summary>
    /// <param name="owner">The owner.</param>
    public MedlineCitationBuilder Owner(string owner) => Set(_citation with { Owner = Text(owner, "the owner") });

    /// <summary>The NLM processing status (STAT): <c>MEDLINE</c>, <c>PubMed-not-MEDLINE</c>….</summary>
    /// <param name="status">The status.</param>
    public MedlineCitationBuilder Status(string status) => Set(_citation with { Status = Text(status, "the status") });

    /// <summary>The publication status (PST): <c>ppublish</c>, <c>epublish</c>, <c>aheadofprint</c>.</summary>
    /// <param name="status">The publication status.</param>
    public MedlineCitationBuilder PublicationStatus(string status) => Set(_citation with { PublicationStatus = Text(status, "the publication status") });

    /// <summary>The publishing model (PUBM): <c>Print</c>, <c>Electronic</c>, <c>Print-Electronic</c>….</summary>
    /// <param name="model">The publishing model.</param>
    public MedlineCitationBuilder PublishingModel(string model) => Set(_citation with { PublishingModel = Text(model, "the publishing model") });

    // ------------------------------------------------------------------ dates

    /// <summary>The date of publication (DP): a year, a month or a day (<c>2020 Jul 31</c>).</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month (1–12), or <see langword="null"/>.</param>
    /// <param name="day">The day, or <see langword="null"/>; needs a month.</param>
    public MedlineCitationBuilder Published(int year, int? month = null, int? day = null) =>
        Published(new PublicationDate
        {
            Year = year,
            Month = month,
            Day = day,
            Precision = day is not null ? DatePrecision.Day : month is not null ? DatePrecision.Month : DatePrecision.Year,
        });

    /// <summary>The date of publication (DP) as a season: <c>2019 Winter</c>.</summary>
    /// <param name="year">The year.</param>
    /// <param name="season">The season (<c>Winter</c>, <c>Spring</c>, <c>Summer</c>, <c>Fall</c>, <c>Autumn</c>).</param>
    public MedlineCitationBuilder Published(int year, string season) =>
        Published(new PublicationDate { Year = year, Season = Text(season, "a season"), Precision = DatePrecision.Season });

    /// <summary>
    /// The date of publication (DP) as a range of years, months or days: <c>1995-1997</c>, <c>2020 Jul-Aug</c>,
    /// <c>2019 Dec-2020 Jan</c>, <c>2020 Jul 31-Aug 2</c>. The end takes the same parts as the start.
    /// </summary>
    /// <param name="year">The year of the start.</param>
    /// <param name="month">The month of the start, or <see langword="null"/> for a range of years.</param>
    /// <param name="day">The day of the start, or <see langword="null"/>.</param>
    /// <param name="endYear">The year of the end.</param>
    /// <param name="endMonth">The month of the end (when the start has one).</param>
    /// <param name="endDay">The day of the end (when the start has one).</param>
    public MedlineCitationBuilder PublishedRange(int year, int? month, int? day, int endYear, int? endMonth = null, int? endDay = null) =>
        Published(new PublicationDate
        {
            Year = year,
            Month = month,
            Day = day,
            EndYear = endYear,
            EndMonth = endMonth,
            EndDay = endDay,
            Precision = DatePrecision.Range,
        });

    /// <summary>The date of publication (DP) as a range of seasons: <c>2019 Winter-Spring</c>, <c>2019 Winter-2020 Spring</c>.</summary>
    /// <param name="year">The year of the start.</param>
    /// <param name="season">The season of the start.</param>
    /// <param name="endYear">The year of the end.</param>
    /// <param name="endSeason">The season of the end.</param>
    public MedlineCitationBuilder PublishedRange(int year, string season, int endYear, string endSeason) =>
        Published(new PublicationDate
        {
            Year = year,
            Season = Text(season, "a season"),
            EndYear = endYear,
            EndSeason = Text(endSeason, "a season"),
            Precision = DatePrecision.Range,
        });

    /// <summary>
    /// The date of publication (DP) from its parts (any shape the reader gives). It must be writable: its text must
    /// read back as the same parts.
    /// </summary>
    /// <param name="date">The date.</param>
    public MedlineCitationBuilder Published(PublicationDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        CheckDate(date);
        return Set(_citation with { PublicationDate = date });
    }

    /// <summary>The date indexing was completed (DCOM).</summary>
    /// <param name="date">The date.</param>
    public MedlineCitationBuilder DateCompleted(DateOnly date) => Set(_citation with { DateCompleted = Compact(date) });

    /// <summary>The date the citation was last revised (LR).</summary>
    /// <param name="date">The date.</param>
    public MedlineCitationBuilder DateRevised(DateOnly date) => Set(_citation with { DateRevised = Compact(date) });

    /// <summary>The date the citation was created (DA, legacy).</summary>
    /// <param name="date">The date.</param>
    public MedlineCitationBuilder DateCreated(DateOnly date) => Set(_citation with { DateCreated = Compact(date) });

    /// <summary>The date of electronic publication (DEP).</summary>
    /// <param name="date">The date.</param>
    public MedlineCitationBuilder ElectronicPublicationDate(DateOnly date) => Set(_citation with { ElectronicPublicationDate = Compact(date) });

    /// <summary>The date the citation entered PubMed (EDAT), to the minute.</summary>
    /// <param name="time">The date and time (NLM local time).</param>
    public MedlineCitationBuilder EntrezDate(DateTime time) => Set(_citation with { EntrezDate = Stamp(time) });

    /// <summary>The date MeSH headings were added (MHDA), to the minute.</summary>
    /// <param name="time">The date and time.</param>
    public MedlineCitationBuilder MeshDate(DateTime time) => Set(_citation with { MeshDate = Stamp(time) });

    /// <summary>The date the citation record was created (CRDT), to the minute.</summary>
    /// <param name="time">The date and time.</param>
    public MedlineCitationBuilder CreateDate(DateTime time) => Set(_citation with { CreateDate = Stamp(time) });

    /// <summary>The date the PMC copy becomes public (PMCR), a day without a time.</summary>
    /// <param name="date">The date.</param>
    public MedlineCitationBuilder PmcReleaseDate(DateOnly date) => Set(_citation with { PmcReleaseDate = new Timestamp { Date = date } });

    /// <summary>Adds a publication history date (PHST) to the minute: <c>2020/08/07 06:00 [entrez]</c>.</summary>
    /// <param name="status">The status (<c>received</c>, <c>accepted</c>, <c>entrez</c>, <c>pubmed</c>, <c>medline</c>…).</param>
    /// <param name="time">The date and time.</param>
    public MedlineCitationBuilder History(string status, DateTime time) =>
        Add(_history, new HistoryDate { Status = Text(status, "a history status"), Date = Stamp(time) });

    /// <summary>Adds a publication history date (PHST) without a time: <c>2017/10/17 [received]</c>.</summary>
    /// <param name="status">The status.</param>
    /// <param name="date">The date.</param>
    public MedlineCitationBuilder History(string status, DateOnly date) =>
        Add(_history, new HistoryDate { Status = Text(status, "a history status"), Date = new Timestamp { Date = date } });

    // ------------------------------------------------------------------ journal and text

    /// <summary>The journal (JT, TA, JID, VI, IP, PL); ISSNs are added with <see cref="Issn"/>.</summary>
    /// <param name="title">The full title (JT).</param>
    /// <param name="abbreviation">The NLM title abbreviation (TA).</param>
    /// <param name="nlmId">The NLM unique identifier (JID).</param>
    /// <param name="volume">The volume (VI).</param>
    /// <param name="issue">The issue (IP).</param>
    /// <param name="country">The place of publication (PL).</param>
    public MedlineCitationBuilder Journal(string? title, string? abbreviation = null, string? nlmId = null, string? volume = null, string? issue = null, string? country = null)
    {
        _journal = new Journal
        {
            Title = OptionalText(title, "a journal title"),
            Abbreviation = OptionalText(abbreviation, "a journal abbreviation"),
            NlmId = OptionalText(nlmId, "an NLM unique identifier"),
            Volume = OptionalText(volume, "a volume"),
            Issue = OptionalText(issue, "an issue"),
            Country = OptionalText(country, "a place of publication"),
        };
        return this;
    }

    /// <summary>Adds an ISSN of the journal (IS): <c>1536-5964 (Electronic)</c>.</summary>
    /// <param name="value">The ISSN.</param>
    /// <param name="type">The medium, or <see cref="IssnType.Unknown"/> for a bare value.</param>
    public MedlineCitationBuilder Issn(string value, IssnType type = IssnType.Unknown) =>
        Add(_issns, new Issn { Value = Text(value, "an ISSN"), Type = type });

    /// <summary>The pagination (PG): first and last page, written in full (<c>1439-1441</c>).</summary>
    /// <param name="firstPage">The first page (<c>e21429</c>, <c>111</c>).</param>
    /// <param name="lastPage">The last page, or <see langword="null"/> for a single page.</param>
    public MedlineCitationBuilder Pages(string firstPage, string? lastPage = null)
    {
        var first = Text(firstPage, "a first page");
        return Set(_citation with { Pagination = new Pagination { FirstPage = first, LastPage = OptionalText(lastPage, "a last page") ?? first } });
    }

    /// <summary>The source (SO): the composite citation string.</summary>
    /// <param name="source">The source.</param>
    public MedlineCitationBuilder Source(string source) => Set(_citation with { Source = Text(source, "the source") });

    /// <summary>The title (TI).</summary>
    /// <param name="title">The title.</param>
    public MedlineCitationBuilder Title(string title) => Set(_citation with { Title = Text(title, "the title") });

    /// <summary>The title in the original language (TT).</summary>
    /// <param name="title">The title.</param>
    public MedlineCitationBuilder VernacularTitle(string title) => Set(_citation with { VernacularTitle = Text(title, "the vernacular title") });

    /// <summary>The abstract (AB) and its copyright (CI); a structured abstract's sections are split from its labels.</summary>
    /// <param name="text">The abstract text (<c>BACKGROUND: … RESULTS: …</c>).</param>
    /// <param name="copyright">The copyright statement, or <see langword="null"/>.</param>
    public MedlineCitationBuilder Abstract(string text, string? copyright = null) =>
        Set(_citation with { Abstract = new Abstract { Text = Text(text, "the abstract"), Copyright = OptionalText(copyright, "a copyright") } });

    /// <summary>Adds an other abstract (OAB) with its type and language (OABL).</summary>
    /// <param name="text">The abstract text.</param>
    /// <param name="type">The type (<c>Publisher</c>, <c>AAMC</c>), or <see langword="null"/>.</param>
    /// <param name="language">The language code (<c>ger</c>), or <see langword="null"/>.</param>
    public MedlineCitationBuilder OtherAbstract(string text, string? type = null, string? language = null) =>
        Add(_otherAbstracts, new OtherAbstract
        {
            Text = Text(text, "an other abstract"),
            Type = OptionalText(type, "an abstract type"),
            Language = OptionalText(language, "a language"),
        });

    /// <summary>Adds an other copyright statement (OCI).</summary>
    /// <param name="copyright">The statement.</param>
    public MedlineCitationBuilder OtherCopyright(string copyright) => Add(_otherCopyrights, Text(copyright, "a copyright"));

    /// <summary>The conflict of interest statement (COIS).</summary>
    /// <param name="statement">The statement.</param>
    public MedlineCitationBuilder ConflictOfInterest(string statement) =>
        Set(_citation with { ConflictOfInterest = Text(statement, "the conflict of interest statement") });

    /// <summary>Adds a general note (GN).</summary>
    /// <param name="note">The note.</param>
    public MedlineCitationBuilder GeneralNote(string note) => Add(_notes, Text(note, "a general note"));

    /// <summary>The number of references (RF), as written.</summary>
    /// <param name="count">The number.</param>
    public MedlineCitationBuilder NumberOfReferences(string count) => Set(_citation with { NumberOfReferences = Text(count, "the number of references") });

    /// <summary>Adds a language (LA): <c>eng</c>.</summary>
    /// <param name="language">The language code.</param>
    public MedlineCitationBuilder Language(string language) => Add(_languages, Text(language, "a language"));

    /// <summary>Adds a publication type (PT): <c>Journal Article</c>, <c>Retracted Publication</c>….</summary>
    /// <param name="type">The publication type.</param>
    public MedlineCitationBuilder PublicationType(string type) => Add(_types, Text(type, "a publication type"));

    // ------------------------------------------------------------------ people

    /// <summary>
    /// Adds an author (FAU/AU) in the next byline position (corporate authors count too). The full and short names
    /// are formatted from the parts; the initials are derived from the given names unless given.
    /// </summary>
    /// <param name="lastName">The family name (<c>Liang</c>, <c>van Raaij</c>).</param>
    /// <param name="foreName">The given names (<c>Bing</c>), or <see langword="null"/>.</param>
    /// <param name="configure">Adds initials, a suffix, affiliations and identifiers, or <see langword="null"/>.</param>
    public MedlineCitationBuilder Author(string lastName, string? foreName = null, Action<AuthorBuilder>? configure = null)
    {
        var person = Person(lastName, foreName, configure);
        _byline.Add(person.Build);
        return this;
    }

    /// <summary>Adds a corporate author (CN) in the next byline position.</summary>
    /// <param name="name">The group's name (<c>STRATIS Investigators</c>).</param>
    /// <param name="configure">Adds affiliations and identifiers, or <see langword="null"/>.</param>
    public MedlineCitationBuilder CorporateAuthor(string name, Action<CorporateAuthorBuilder>? configure = null)
    {
        var group = new CorporateAuthorBuilder(this, name);
        configure?.Invoke(group);
        _byline.Add(group.Build);
        return this;
    }

    /// <summary>Marks the author list as incomplete (<c>et al.</c>).</summary>
    public MedlineCitationBuilder AuthorListIncomplete() => Set(_citation with { AuthorListIncomplete = true });

    /// <summary>Adds an affiliation that precedes every author (an AD before the first author).</summary>
    /// <param name="affiliation">The affiliation.</param>
    public MedlineCitationBuilder Affiliation(string affiliation) => Add(_affiliations, Text(affiliation, "an affiliation"));

    /// <summary>Adds an investigator (FIR/IR, with IRAD affiliations), positioned in the investigators' own list.</summary>
    /// <param name="lastName">The family name.</param>
    /// <param name="foreName">The given names, or <see langword="null"/>.</param>
    /// <param name="configure">Adds initials, a suffix, affiliations and identifiers, or <see langword="null"/>.</param>
    public MedlineCitationBuilder Investigator(string lastName, string? foreName = null, Action<AuthorBuilder>? configure = null) =>
        Add(_investigators, Person(lastName, foreName, configure));

    /// <summary>Adds an editor (FED/ED) of a book, positioned in the editors' own list.</summary>
    /// <param name="lastName">The family name.</param>
    /// <param name="foreName">The given names, or <see langword="null"/>.</param>
    /// <param name="configure">Adds initials, a suffix, affiliations and identifiers, or <see langword="null"/>.</param>
    public MedlineCitationBuilder Editor(string lastName, string? foreName = null, Action<AuthorBuilder>? configure = null) =>
        Add(_editors, Person(lastName, foreName, configure));

    /// <summary>Adds a person the article is about (FPS/PS).</summary>
    /// <param name="lastName">The family name.</param>
    /// <param name="foreName">The given names, or <see langword="null"/>.</param>
    /// <param name="configure">Adds initials, a suffix and identifiers, or <see langword="null"/>.</param>
    public MedlineCitationBuilder PersonalNameSubject(string lastName, string? foreName = null, Action<AuthorBuilder>? configure = null) =>
        Add(_subjects, Person(lastName, foreName, configure));

    // ------------------------------------------------------------------ indexing

    /// <summary>Adds a MeSH heading (MH) with its major-topic flag and qualifiers.</summary>
    /// <param name="descriptor">The descriptor (<c>Pneumonia, Viral</c>), without <c>*</c>.</param>
    /// <param name="major">Whether the descriptor is a major topic.</param>
    /// <param name="qualifiers">Adds qualifiers, or <see langword="null"/>.</param>
    public MedlineCitationBuilder Mesh(string descriptor, bool major = false, Action<MeshHeadingBuilder>? qualifiers = null)
    {
        var name = MeshName(descriptor, "a MeSH descriptor");
        var heading = new MeshHeadingBuilder(this);
        qualifiers?.Invoke(heading);
        return Add(_mesh, new MeshHeading { Descriptor = name, MajorTopic = major, Qualifiers = heading.Build() });
    }

    /// <summary>Adds a chemical (RN): <c>W0B22ISQ1C (Thymalfasin)</c>; <c>0</c> when NLM has no number.</summary>
    /// <param name="registryNumber">The UNII, CAS or EC number, or <see langword="null"/> for a bare name.</param>
    /// <param name="name">The substance name, or <see langword="null"/> for a bare number.</param>
    public MedlineCitationBuilder Chemical(string? registryNumber, string? name)
    {
        if (registryNumber is null && name is null)
        {
            throw new ArgumentException("A chemical needs a registry number or a name.", nameof(name));
        }

        return Add(_chemicals, new Chemical
        {
            RegistryNumber = OptionalText(registryNumber, "a registry number"),
            Name = OptionalText(name, "a substance name"),
        });
    }

    /// <summary>Adds a supplementary concept name (NM).</summary>
    /// <param name="name">The name.</param>
    public MedlineCitationBuilder SupplementaryConcept(string name) => Add(_concepts, Text(name, "a supplementary concept"));

    /// <summary>Adds a keyword (OT) with the owner of its list (OTO).</summary>
    /// <param name="text">The keyword, without <c>*</c>.</param>
    /// <param name="owner">The list's owner (<c>NOTNLM</c>), or <see langword="null"/>.</param>
    /// <param name="major">Whether the keyword is a major topic (KIE, PIP, NASA terms).</param>
    public MedlineCitationBuilder Keyword(string text, string? owner = "NOTNLM", bool major = false) =>
        Add(_keywords, new Keyword(Text(text, "a keyword"), OptionalText(owner, "a keyword owner"), major));

    /// <summary>Adds a citation subset (SB): <c>IM</c>.</summary>
    /// <param name="subset">The subset.</param>
    public MedlineCitationBuilder Subset(string subset) => Add(_subsets, Text(subset, "a subset"));

    /// <summary>Adds a secondary source identifier (SI): <c>ClinicalTrials.gov/NCT02239640</c>.</summary>
    /// <param name="databank">The databank (no <c>/</c>).</param>
    /// <param name="accessionNumber">The accession number.</param>
    public MedlineCitationBuilder SecondarySourceId(string databank, string accessionNumber)
    {
        var bank = Text(databank, "a databank");
        if (bank.Contains('/', StringComparison.Ordinal))
        {
            _problems.Add($"databank '{bank}': expected no '/' (it ends at the first '/')");
        }

        return Add(_secondaryIds, new SecondarySourceId { Databank = bank, AccessionNumber = Text(accessionNumber, "an accession number") });
    }

    /// <summary>Adds a gene symbol (GS).</summary>
    /// <param name="symbol">The symbol.</param>
    public MedlineCitationBuilder GeneSymbol(string symbol) => Add(_genes, Text(symbol, "a gene symbol"));

    /// <summary>Adds a grant (GR): <c>R01 CA183444/CA/NCI NIH HHS/United States</c>.</summary>
    /// <param name="number">The grant number, or <see langword="null"/>.</param>
    /// <param name="acronym">The institute acronym (<c>CA</c>), or <see langword="null"/>.</param>
    /// <param name="agency">The funding agency.</param>
    /// <param name="country">The agency's country, or <see langword="null"/>.</param>
    public MedlineCitationBuilder Grant(string? number, string? acronym, string agency, string? country = null) =>
        Add(_grants, new Grant
        {
            GrantId = OptionalText(number, "a grant number"),
            Acronym = OptionalText(acronym, "a grant acronym"),
            Agency = Text(agency, "a funding agency"),
            Country = OptionalText(country, "a country"),
        });

    /// <summary>Adds a space flight mission (SFM).</summary>
    /// <param name="mission">The mission.</param>
    public MedlineCitationBuilder SpaceFlightMission(string mission) => Add(_missions, Text(mission, "a space flight mission"));

    // ------------------------------------------------------------------ links and book

    /// <summary>Adds a comment/correction link (CON, CIN, EIN, RIN…): <c>Stroke. 2014 May;45(5):e86. PMID: 24627111</c>.</summary>
    /// <param name="type">The kind of link.</param>
    /// <param name="refSource">The cited item's source text.</param>
    /// <param name="pmid">The cited item's PMID, or <see langword="null"/>.</param>
    public MedlineCitationBuilder Link(CommentCorrectionType type, string refSource, string? pmid = null)
    {
        var linked = OptionalText(pmid, "a linked PMID");
        if (linked is { Length: > 0 } && !FieldGrammar.ParsePmid(linked).IsSuccess)
        {
            _problems.Add($"linked PMID '{linked}': expected digits only");
        }

        return Add(_links, new CommentCorrection { Type = type, RefSource = Text(refSource, "a linked source"), Pmid = linked });
    }

    /// <summary>Adds a retraction notice link (RIN); the citation then reads as retracted.</summary>
    /// <param name="refSource">The notice's source text.</param>
    /// <param name="pmid">The notice's PMID, or <see langword="null"/>.</param>
    public MedlineCitationBuilder RetractionIn(string refSource, string? pmid = null) => Link(CommentCorrectionType.RetractionIn, refSource, pmid);

    /// <summary>Adds an erratum link (EIN); the citation then has an erratum.</summary>
    /// <param name="refSource">The erratum's source text.</param>
    /// <param name="pmid">The erratum's PMID, or <see langword="null"/>.</param>
    public MedlineCitationBuilder ErratumIn(string refSource, string? pmid = null) => Link(CommentCorrectionType.ErratumIn, refSource, pmid);

    /// <summary>The book and chapter fields of a Bookshelf record.</summary>
    /// <param name="configure">Sets the book fields.</param>
    public MedlineCitationBuilder Book(Action<BookBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _book ??= new BookBuilder(this);
        configure(_book);
        return this;
    }

    // ------------------------------------------------------------------ build

    /// <summary>
    /// The citation: byline positions numbered in call order (authors and corporate authors together), other people
    /// in their own lists. The builder can go on and build again; citations already built do not change.
    /// </summary>
    /// <exception cref="ArgumentException">A value cannot be written as MEDLINE text; the message names every such value.</exception>
    public MedlineCitation Build()
    {
        if (_problems.Count > 0)
        {
            throw new ArgumentException(
                "The citation cannot be written as MEDLINE text: " + string.Join("; ", _problems) + ".");
        }

        var authors = new List<Author>();
        var groups = new List<CorporateAuthor>();
        for (var position = 0; position < _byline.Count; position++)
        {
            switch (_byline[position](position))
            {
                case Author author: authors.Add(author); break;
                case CorporateAuthor group: groups.Add(group); break;
            }
        }

        return _citation with
        {
            ArticleIds = _articleIds,
            LocationIds = _locationIds,
            ManuscriptIds = _manuscriptIds,
            OtherIds = _otherIds,
            History = _history,
            Journal = _journal is null && _issns.Count == 0 ? null : (_journal ?? new Journal()) with { Issns = _issns },
            OtherAbstracts = _otherAbstracts,
            OtherCopyrights = _otherCopyrights,
            GeneralNotes = _notes,
            Languages = _languages,
            PublicationTypes = _types,
            Authors = authors,
            CorporateAuthors = groups,
            Affiliations = Mapping.PeopleGrouping.RecordAffiliationsOf(_affiliations, AdCount(authors, groups), authors),
            Investigators = Numbered(_investigators),
            Editors = Numbered(_editors),
            PersonalNameSubjects = Numbered(_subjects),
            MeshHeadings = _mesh,
            Chemicals = _chemicals,
            SupplementaryConcepts = _concepts,
            Keywords = _keywords,
            Subsets = _subsets,
            SecondarySourceIds = _secondaryIds,
            GeneSymbols = _genes,
            Grants = _grants,
            CommentsCorrections = _links,
            Book = _book?.Build(),
        };
    }

    /// <summary>How many AD lines the citation's text will hold: the record's own, then each author's and group's.</summary>
    private int AdCount(List<Author> authors, List<CorporateAuthor> groups)
    {
        var count = _affiliations.Count;
        foreach (var author in authors)
        {
            count += author.Affiliations.Count;
        }

        foreach (var group in groups)
        {
            count += group.Affiliations.Count;
        }

        return count;
    }

    // ------------------------------------------------------------------ shared checks (one place for every builder)

    /// <summary>A required text: not <see langword="null"/> (throws), and writable on a MEDLINE line (else a problem).</summary>
    internal string Text(string value, string what)
    {
        ArgumentNullException.ThrowIfNull(value, what);
        if (value.Length == 0 || value.AsSpan().ContainsAny('\r', '\n') || value.Trim().Length != value.Length)
        {
            _problems.Add($"{what} '{value}': expected text on one line, not empty, without spaces at either end");
        }

        return value;
    }

    /// <summary>Records a value that cannot be written; <see cref="Build"/> throws naming it.</summary>
    internal void Problem(string problem) => _problems.Add(problem);

    /// <summary>An optional text: <see langword="null"/> stays absent, anything else is checked as <see cref="Text"/>.</summary>
    internal string? OptionalText(string? value, string what) => value is null ? null : Text(value, what);

    /// <summary>A MeSH name: a <c>/</c> would start a qualifier and a leading <c>*</c> would read as the major flag.</summary>
    internal string MeshName(string value, string what)
    {
        var name = Text(value, what);
        if (name.Contains('/', StringComparison.Ordinal) || name.StartsWith('*'))
        {
            _problems.Add($"{what} '{name}': expected no '/' and no leading '*' (they mark qualifiers and major topics)");
        }

        return name;
    }

    /// <summary>An author identifier; an ORCID in any spelling is normalised as the reader normalises it.</summary>
    internal AuthorIdentifier AuthorIdentifier(string? source, string value)
    {
        var text = Text(value, "an author identifier");
        var isOrcid = string.Equals(source, "ORCID", StringComparison.OrdinalIgnoreCase);
        return new AuthorIdentifier
        {
            Source = OptionalText(source, "an identifier source"),
            Value = isOrcid ? FieldGrammar.NormalizeOrcid(text) ?? text : text,
        };
    }

    internal static CompactDate Compact(DateOnly date) => new() { Date = date, Precision = DatePrecision.Day };

    private static Timestamp Stamp(DateTime time) =>
        new() { Date = DateOnly.FromDateTime(time), Time = new TimeOnly(time.Hour, time.Minute) };

    private ArticleIdentifier Identifier(string value, string? type) =>
        new() { Value = Text(value, "an article identifier"), Type = OptionalText(type, "an identifier type") };

    private AuthorBuilder Person(string lastName, string? foreName, Action<AuthorBuilder>? configure)
    {
        ArgumentNullException.ThrowIfNull(lastName);
        var person = new AuthorBuilder(this, lastName, foreName);
        configure?.Invoke(person);
        return person;
    }

    private static List<Author> Numbered(List<AuthorBuilder> people) => [.. people.Select(static (p, i) => p.Build(i))];

    /// <summary>Checks the parts of a DP one by one (for a clear message), then that its text reads back as the same parts.</summary>
    private void CheckDate(PublicationDate date)
    {
        var before = _problems.Count;
        if (date.Year is not (>= 1000 and <= 9999))
        {
            _problems.Add($"publication year {date.Year?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}: expected four digits");
        }

        CheckPoint(date.Year ?? 0, date.Month, date.Day, date.Season, "publication date");
        if (date.Precision == DatePrecision.Range)
        {
            CheckPoint(date.EndYear ?? date.Year ?? 0, date.EndMonth, date.EndDay, date.EndSeason, "end of the publication date");
        }

        if (_problems.Count == before && FieldGrammar.ParsePublicationDate(date.Raw).Value != date)
        {
            _problems.Add($"publication date '{date.Raw}': its parts do not read back as given ({date})");
        }
    }

    private void CheckPoint(int year, int? month, int? day, string? season, string what)
    {
        if (month is { } m && m is < 1 or > 12)
        {
            _problems.Add($"{what}: month {m} is not 1 to 12");
        }
        else if (day is { } d && (month is null || !FieldGrammar.IsValidDay(year, month.Value, d)))
        {
            _problems.Add(month is null
                ? $"{what}: day {d} needs a month"
                : $"{what}: {year:D4}-{month:D2} has no day {d}");
        }

        if (season is not null && !FieldGrammar.IsSeason(season))
        {
            _problems.Add($"{what}: '{season}' is not a season (Winter, Spring, Summer, Fall, Autumn)");
        }
    }

    private MedlineCitationBuilder Set(MedlineCitation citation)
    {
        _citation = citation;
        return this;
    }

    private MedlineCitationBuilder Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return this;
    }
}
