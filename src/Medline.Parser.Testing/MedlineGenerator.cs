using System.Globalization;
using System.Text;
using Medline.Parser.Building;
using Medline.Parser.Model;
using static Medline.Parser.Testing.GeneratorVocabulary;

namespace Medline.Parser.Testing;

/// <summary>
/// Makes valid, realistic MEDLINE citations and whole exports from a seed, with the public builder
/// (<see cref="MedlineCitationBuilder"/>) and <see cref="MedlineWriter"/>. The same seed and options give the same
/// citations and the same bytes on every run and runtime (SplitMix64, no clock, no hash order). PMIDs increase through
/// the stream and are never repeated; dates, status and history agree (a MEDLINE record has DCOM, an In-Process one
/// not; PHST holds the EDAT, MHDA and CRDT stamps); a retracted or corrected article is followed by its notice, and
/// the two name each other by PMID.
/// </summary>
/// <remarks>
/// One generator is one stream: <see cref="NextRecord"/>, <see cref="NextCitation"/>, <see cref="Records"/> and the
/// <c>WriteExport</c> methods all take the next records of it. Records are made one at a time, so an export of any
/// size is written in bounded memory.
/// </remarks>
public sealed class MedlineGenerator
{
    // PMIDs start between 10 and 18 million and grow by 1 to 4 a record, so MaxRecordCount of them stay 8 digits.
    private const int FirstPmidLow = 10_000_000, FirstPmidHigh = 18_000_000, PmidStepMax = 4;

    /// <summary>
    /// The most records one generator makes (20 million, 38 GB of text): its PMIDs must stay unique 8-digit numbers.
    /// </summary>
    public const long MaxRecordCount = 20_000_000;
    private static readonly MedlineFixtureKind[] s_allKinds = Enum.GetValues<MedlineFixtureKind>();
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly SeededChoice _random;
    private readonly SeededChoice _damageRandom;
    private readonly MedlineFixtureKind[] _kinds;
    private readonly double _damageRate;
    private GeneratedRecord? _pendingNotice;
    private int _pmid;
    private long _made;

    /// <summary>Starts the stream of <paramref name="seed"/>.</summary>
    /// <param name="seed">Chooses everything; the same seed and options give the same records.</param>
    /// <param name="options">Which kinds, how much damage; <see langword="null"/> for <see cref="MedlineGeneratorOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A kind in the options is not a defined <see cref="MedlineFixtureKind"/>.</exception>
    public MedlineGenerator(long seed, MedlineGeneratorOptions? options = null)
    {
        options ??= MedlineGeneratorOptions.Default;
        foreach (var kind in options.Kinds)
        {
            if (!Enum.IsDefined(kind))
            {
                throw new ArgumentOutOfRangeException(nameof(options), kind, "not a defined MedlineFixtureKind");
            }
        }

        _random = new SeededChoice(seed);
        // A stream of its own, so that the damage rate changes no citation.
        _damageRandom = new SeededChoice(seed ^ 0x5DEECE66DL);
        _kinds = options.Kinds.Count == 0 ? s_allKinds : [.. options.Kinds.Distinct().Order()];
        _damageRate = options.DamageRate;
        _pmid = _random.Between(FirstPmidLow, FirstPmidHigh);
    }

    /// <summary>The citation of the next record (see <see cref="NextRecord"/>).</summary>
    /// <exception cref="InvalidOperationException">The generator made <see cref="MaxRecordCount"/> records already.</exception>
    public MedlineCitation NextCitation() => NextRecord().Citation;

    /// <summary>The next record: a kind drawn from the options, its citation, its text, maybe a defect.</summary>
    /// <exception cref="InvalidOperationException">The generator made <see cref="MaxRecordCount"/> records already.</exception>
    public GeneratedRecord NextRecord() => Next(allowPair: true);

    /// <summary>The next <paramref name="count"/> records, made as they are enumerated (enumerate once).</summary>
    /// <param name="count">How many records; a pair drawn for the last one is made without its notice's PMID.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or over <see cref="MaxRecordCount"/>.</exception>
    public IEnumerable<GeneratedRecord> Records(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxRecordCount);
        return Take(count);

        IEnumerable<GeneratedRecord> Take(long n)
        {
            for (var i = 0L; i < n; i++)
            {
                yield return Next(allowPair: i + 1 < n);
            }
        }
    }

    /// <summary>The citations of the next <paramref name="count"/> records (see <see cref="Records"/>).</summary>
    /// <param name="count">How many citations.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public IEnumerable<MedlineCitation> Citations(long count) => Records(count).Select(r => r.Citation);

    /// <summary>Writes the next <paramref name="count"/> records as one export: their texts, a blank line between two.</summary>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="count">How many records.</param>
    /// <param name="cancellationToken">Stops the writing between two records.</param>
    /// <returns>How many records were damaged.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public long WriteExport(TextWriter writer, long count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var damaged = 0L;
        var first = true;
        foreach (var record in Records(count))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!first)
            {
                writer.Write('\n');
            }

            writer.Write(record.Text);
            first = false;
            damaged += record.Damage is null ? 0 : 1;
        }

        writer.Flush();
        return damaged;
    }

    /// <summary>Writes the next <paramref name="count"/> records as one UTF-8 export (no byte order mark).</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="count">How many records.</param>
    /// <param name="cancellationToken">Stops the writing between two records.</param>
    /// <returns>How many records were damaged.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public long WriteExport(Stream stream, long count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, s_utf8, bufferSize: 1 << 16, leaveOpen: true);
        return WriteExport(writer, count, cancellationToken);
    }

    /// <summary>Writes the next <paramref name="count"/> records as one UTF-8 export file (replaced if it exists).</summary>
    /// <param name="path">The file.</param>
    /// <param name="count">How many records.</param>
    /// <param name="cancellationToken">Stops the writing between two records.</param>
    /// <returns>How many records were damaged.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public long WriteExport(string path, long count, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.Create(path);
        return WriteExport(stream, count, cancellationToken);
    }

    private GeneratedRecord Next(bool allowPair)
    {
        if (_pendingNotice is { } notice)
        {
            _pendingNotice = null;
            return notice;
        }

        var kind = _random.Pick(_kinds);
        var (first, second) = kind switch
        {
            MedlineFixtureKind.RetractedArticle or MedlineFixtureKind.RetractionNotice =>
                Pair(retraction: true, allowPair),
            MedlineFixtureKind.CorrectedArticle or MedlineFixtureKind.ErratumNotice =>
                Pair(retraction: false, allowPair),
            _ => (Single(kind), null),
        };
        _pendingNotice = second is null ? null : Finish(second.Value.Kind, second.Value.Citation);
        return Finish(first.Kind, first.Citation);
    }

    private (MedlineFixtureKind Kind, MedlineCitation Citation) Single(MedlineFixtureKind kind) => kind switch
    {
        MedlineFixtureKind.Book => (kind, Book()),
        MedlineFixtureKind.BookChapter => (kind, BookChapter()),
        MedlineFixtureKind.Eric => (kind, Eric()),
        _ => (kind, Article(kind, NextPmid()).Build()),
    };

    // The article, then (when there is room) its notice; the two name each other by PMID.
    private ((MedlineFixtureKind Kind, MedlineCitation Citation), (MedlineFixtureKind Kind, MedlineCitation Citation)?) Pair(bool retraction, bool allowPair)
    {
        var articleKind = retraction ? MedlineFixtureKind.RetractedArticle : MedlineFixtureKind.CorrectedArticle;
        var noticeKind = retraction ? MedlineFixtureKind.RetractionNotice : MedlineFixtureKind.ErratumNotice;
        var articlePmid = NextPmid();
        var article = Article(articleKind, articlePmid);
        var articleSource = _articleSource;
        var noticePmid = allowPair ? NextPmid() : null;
        var notice = Article(noticeKind, noticePmid, after: _lastYear);
        var noticeSource = _articleSource;
        if (retraction)
        {
            article.PublicationType("Retracted Publication").RetractionIn(noticeSource, noticePmid);
            notice.PublicationType("Retraction of Publication").Link(CommentCorrectionType.RetractionOf, articleSource, articlePmid);
        }
        else
        {
            article.ErratumIn(noticeSource, noticePmid);
            notice.PublicationType("Published Erratum").Link(CommentCorrectionType.ErratumFor, articleSource, articlePmid);
        }

        return ((articleKind, article.Build()), allowPair ? (noticeKind, notice.Build()) : null);
    }

    // The source text of the last article made, which a link to it names.
    private string _articleSource = "";
    private int _lastYear;

    private string NextPmid()
    {
        if (++_made > MaxRecordCount)
        {
            throw new InvalidOperationException($"a generator makes at most {MaxRecordCount} records (its PMIDs stay 8 digits)");
        }

        _pmid += _random.Between(1, PmidStepMax);

        return _pmid.ToString(CultureInfo.InvariantCulture);
    }

    private GeneratedRecord Finish(MedlineFixtureKind kind, MedlineCitation citation)
    {
        var text = MedlineWriter.ToText([citation]);
        IReadOnlyList<ExpectedDiagnostic> expected = [];
        if (kind == MedlineFixtureKind.PmcFirst)
        {
            // PMC's MEDLARS exports put PMC first; the canonical layout puts PMID first.
            var start = text.IndexOf("\nPMC - ", StringComparison.Ordinal) + 1;
            var end = text.IndexOf('\n', start) + 1;
            text = text[start..end] + text[..start] + text[end..];
            expected = MedlineFixtures.PmcFirst.ExpectedDiagnostics;
        }
        else if (kind == MedlineFixtureKind.Eric)
        {
            expected = MedlineFixtures.Eric.ExpectedDiagnostics;
        }
        else if (citation.AuthorListIncomplete)
        {
            // The reader tells a truncated author list (MED2013, info) at its `AU  - et al.` line, value column.
            var at = text.IndexOf("\nAU  - et al.\n", StringComparison.Ordinal);
            var line = 2 + text.AsSpan(0, at).Count('\n');
            expected = [new ExpectedDiagnostic(DiagnosticCodes.TruncatedAuthorList, DiagnosticSeverity.Info, line, 7)];
        }

        // Always drawn, so that the rate decides whether a record is damaged, never which records are made.
        var damaged = _damageRandom.Chance(_damageRate);
        var first = _damageRandom.Next(MedlineGeneratorOptions.RecordDamageKinds.Count);
        var seed = _damageRandom.Next(int.MaxValue);
        if (damaged)
        {
            for (var i = 0; i < MedlineGeneratorOptions.RecordDamageKinds.Count; i++)
            {
                var damageKind = MedlineGeneratorOptions.RecordDamageKinds[(first + i) % MedlineGeneratorOptions.RecordDamageKinds.Count];
                if (MedlineDamage.TryApply(text, expected, damageKind, seed) is { } damage)
                {
                    return new GeneratedRecord(kind, citation, damage.Text, damage, damage.ExpectedDiagnostics);
                }
            }
        }

        return new GeneratedRecord(kind, citation, text, null, expected);
    }

    // ------------------------------------------------------------------ journal articles

    // A notice (after: the article's year) comes out in the same year or the next two.
    private MedlineCitationBuilder Article(MedlineFixtureKind kind, string? pmid, int? after = null)
    {
        var builder = pmid is null ? new MedlineCitationBuilder() : MedlineCitation.Build(pmid);
        var journal = _random.Pick(Journals);
        var old = kind == MedlineFixtureKind.EtAlAuthorList;
        var year = after is { } articleYear ? articleYear + _random.Between(0, 2)
            : old ? _random.Between(1966, 1989) : _random.Between(1995, 2025);
        _lastYear = year;
        var month = _random.Between(1, 12);
        var day = _random.Between(1, DateTime.DaysInMonth(year, month));
        var published = new DateOnly(year, month, day);
        var volume = _random.Between(1, 420).ToString(CultureInfo.InvariantCulture);
        var issue = _random.Between(1, 12).ToString(CultureInfo.InvariantCulture);
        var firstPage = _random.Between(1, 2400);
        var lastPage = firstPage + _random.Between(0, 14);
        var doi = string.Create(CultureInfo.InvariantCulture, $"10.5555/{journal.NlmId.ToLowerInvariant()}.{year}.{_random.Between(1000, 99999)}");
        var publisherRecord = kind == MedlineFixtureKind.Publisher;
        var inProcess = kind == MedlineFixtureKind.InProcess;
        var pmcFirst = kind == MedlineFixtureKind.PmcFirst;

        if (!pmcFirst)
        {
            builder.Owner("NLM").Status(publisherRecord ? "Publisher" : inProcess ? "In-Process" : "MEDLINE");
        }

        builder.Journal(journal.Title, journal.Abbreviation, journal.NlmId,
                publisherRecord ? null : volume, publisherRecord ? null : issue, journal.Country)
            .Issn(journal.Issn, _random.OneIn(2) ? IssnType.Electronic : IssnType.Print)
            .Issn(journal.Issn, IssnType.Linking)
            .Title(TitleText())
            .Language("eng");
        if (publisherRecord)
        {
            builder.Published(year, month, day).PublicationStatus("aheadofprint").ElectronicPublicationDate(published);
        }
        else
        {
            PublicationDate(builder, year, month, day);
            builder.Pages(firstPage.ToString(CultureInfo.InvariantCulture),
                lastPage == firstPage ? null : lastPage.ToString(CultureInfo.InvariantCulture));
            builder.PublicationStatus(_random.OneIn(3) ? "epublish" : "ppublish");
        }

        builder.Doi(doi).LocationId(doi, "doi");
        if (pmcFirst)
        {
            builder.PmcId(string.Create(CultureInfo.InvariantCulture, $"PMC{_random.Between(1_000_000, 11_999_999)}"))
                .OtherAbstract("Abstract available from the publisher.", "Publisher");
        }
        else
        {
            builder.Abstract(AbstractText(), _random.OneIn(2) ? string.Create(CultureInfo.InvariantCulture, $"(c) {year}. The Author(s).") : null);
        }

        Authors(builder, kind, old ? _random.Between(3, 6) : _random.Between(1, 8));
        builder.PublicationType("Journal Article");
        if (_random.OneIn(3))
        {
            builder.PublicationType("Research Support, Non-U.S. Gov't");
        }

        for (var i = _random.Between(0, 3); i > 0; i--)
        {
            var agency = _random.Pick(Agencies);
            builder.Grant(string.Create(CultureInfo.InvariantCulture, $"R01 {agency.Acronym.TrimEnd('_')}{_random.Between(100000, 999999)}"),
                agency.Acronym, agency.Agency, agency.Country);
        }

        Dates(builder, published, medline: !publisherRecord && !inProcess && !pmcFirst);
        if (!publisherRecord && !inProcess && !pmcFirst)
        {
            Indexing(builder);
        }

        _articleSource = string.Create(CultureInfo.InvariantCulture, $"{journal.Abbreviation}. {year};{volume}({issue}):{firstPage}.");
        builder.Source(publisherRecord
            ? string.Create(CultureInfo.InvariantCulture, $"{journal.Abbreviation}. {year} {Month(month)} {day}. doi: {doi}. Online ahead of print.")
            : _articleSource);
        return builder;
    }

    private void PublicationDate(MedlineCitationBuilder builder, int year, int month, int day)
    {
        switch (_random.Next(6))
        {
            case 0: builder.Published(year); break;
            case 1: builder.Published(year, month); break;
            case 2: builder.Published(year, _random.Pick(Seasons)); break;
            case 3:
                var end = new DateOnly(year, month, 1).AddMonths(1);
                builder.PublishedRange(year, month, null, end.Year, end.Month);
                break;
            default: builder.Published(year, month, day); break;
        }
    }

    // EDAT, CRDT and MHDA, and PHST holding the same stamps, around the day of publication; DCOM/LR for MEDLINE records.
    private void Dates(MedlineCitationBuilder builder, DateOnly published, bool medline)
    {
        var received = published.AddDays(-_random.Between(90, 300));
        var accepted = received.AddDays(_random.Between(20, 80));
        var created = published.AddDays(-_random.Between(0, 10)).ToDateTime(new TimeOnly(_random.Between(0, 23), _random.Between(0, 59)));
        var entrez = created.Date.AddDays(1).AddHours(6);
        builder.History("received", received).History("accepted", accepted);
        builder.CreateDate(created).EntrezDate(entrez);
        DateTime indexed;
        if (medline)
        {
            var completed = published.AddDays(_random.Between(20, 200));
            indexed = completed.ToDateTime(new TimeOnly(_random.Between(0, 23), _random.Between(0, 59)));
            builder.DateCompleted(completed).DateRevised(completed.AddDays(_random.Between(1, 400)));
        }
        else
        {
            indexed = entrez; // not indexed yet: MHDA is EDAT, as PubMed shows
        }

        builder.MeshDate(indexed)
            .History("medline", indexed).History("pubmed", entrez).History("entrez", created);
    }

    private void Indexing(MedlineCitationBuilder builder)
    {
        builder.Subset("IM");
        var start = _random.Next(Mesh.Length);
        var count = _random.Between(3, 9);
        for (var i = 0; i < count; i++)
        {
            var (descriptor, qualifiers) = Mesh[(start + i) % Mesh.Length];
            var major = qualifiers.Length == 0 && _random.OneIn(4);
            builder.Mesh(descriptor, major, q =>
            {
                if (qualifiers.Length > 0)
                {
                    var take = _random.Between(0, qualifiers.Length);
                    for (var j = 0; j < take; j++)
                    {
                        q.Qualifier(qualifiers[j], _random.OneIn(3));
                    }
                }
            });
        }

        if (_random.OneIn(2))
        {
            var chemical = _random.Pick(Chemicals);
            builder.Chemical(chemical.Number, chemical.Name);
        }
    }

    private void Authors(MedlineCitationBuilder builder, MedlineFixtureKind kind, int count)
    {
        var groupAt = kind == MedlineFixtureKind.CorporateAuthor ? _random.Between(0, count) : -1;
        var firstAffiliations = 0;
        for (var i = 0; i < count; i++)
        {
            if (i == groupAt)
            {
                builder.CorporateAuthor(_random.Pick(Groups));
            }

            // One AD in all, on the first of several authors, reads as the record's affiliation too (format §3.1),
            // which a built citation does not have: the last author then gets one as well.
            var affiliations = i == count - 1 && count > 1 && firstAffiliations == 1 ? _random.Between(1, 2) : (int?)null;
            var added = Person(builder.Author, withOrcid: kind is not (MedlineFixtureKind.EtAlAuthorList or MedlineFixtureKind.Eric), affiliations: affiliations);
            firstAffiliations = i == 0 ? added : firstAffiliations;
        }

        if (groupAt == count)
        {
            builder.CorporateAuthor(_random.Pick(Groups));
        }

        if (groupAt >= 0)
        {
            for (var i = _random.Between(1, 4); i > 0; i--)
            {
                Person(builder.Investigator, withOrcid: false);
            }
        }

        if (kind == MedlineFixtureKind.EtAlAuthorList)
        {
            builder.AuthorListIncomplete();
        }
    }

    // Adds a person through one of the builder's person methods (author, investigator, editor).
    // Returns how many affiliations it gave the person.
    private int Person(Func<string, string?, Action<AuthorBuilder>?, MedlineCitationBuilder> add, bool withOrcid, bool withAffiliations = true, int? affiliations = null)
    {
        var last = _random.Pick(LastNames);
        var fore = _random.OneIn(12) ? null : _random.Pick(ForeNames);
        var suffix = fore is not null && _random.OneIn(15) ? _random.Pick(Suffixes) : null;
        var affiliationCount = affiliations ?? (withAffiliations ? _random.Between(0, 2) : 0);
        var affiliation = Affiliation();
        var orcid = withOrcid && _random.OneIn(3) ? Orcid() : null;
        add(last, fore, a =>
        {
            if (suffix is not null)
            {
                a.Suffix(suffix);
            }

            if (orcid is not null)
            {
                a.Orcid(orcid);
            }

            for (var i = 0; i < affiliationCount; i++)
            {
                a.Affiliation(i == 0 ? affiliation : Affiliation());
            }
        });
        return affiliationCount;
    }

    private string Affiliation() => $"{_random.Pick(Departments)}, {_random.Pick(Institutions)}.";

    // An ORCID with its ISO 7064 MOD 11-2 check character.
    private string Orcid()
    {
        Span<char> digits = stackalloc char[15];
        var total = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = i < 3 ? 0 : _random.Next(10);
            digits[i] = (char)('0' + digit);
            total = (total + digit) * 2;
        }

        var check = (12 - (total % 11)) % 11;
        var all = new string(digits) + (check == 10 ? "X" : check.ToString(CultureInfo.InvariantCulture));
        return $"{all[..4]}-{all[4..8]}-{all[8..12]}-{all[12..]}";
    }

    private string TitleText() =>
        $"{Capital(_random.Pick(Topics))} and {_random.Pick(Outcomes)} in {_random.Pick(Populations)}: {_random.Pick(Designs)}.";

    private string AbstractText()
    {
        var topic = _random.Pick(Topics);
        var outcome = _random.Pick(Outcomes);
        var n = _random.Between(120, 48000);
        var effect = _random.Between(5, 60);
        return string.Create(CultureInfo.InvariantCulture,
            $"BACKGROUND: Whether {topic} is associated with {outcome} in {_random.Pick(Populations)} is uncertain. " +
            $"METHODS: We studied {n:N0} participants recruited in {_random.Between(2, 40)} centres. " +
            $"RESULTS: Over a median follow-up of {_random.Between(1, 12)}.{_random.Between(0, 9)} years, higher {topic} was " +
            $"associated with a {effect}% lower risk of {outcome} (95% CI {effect - 4}-{effect + 4}). " +
            $"CONCLUSIONS: {Capital(topic)} may be a modifiable factor for {outcome}.");
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Month(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month);

    // ------------------------------------------------------------------ books and ERIC

    private MedlineCitation Book()
    {
        var (publisher, place) = _random.Pick(Publishers);
        var year = _random.Between(1995, 2025);
        var stamp = new DateOnly(year, _random.Between(1, 12), _random.Between(1, 28)).ToDateTime(TimeOnly.MinValue);
        var builder = MedlineCitation.Build(NextPmid()).Status("Publisher")
            .Book(b => b.Title($"{Capital(_random.Pick(Topics))} and {_random.Pick(Outcomes)}: Evidence and Options")
                .Publisher(publisher).Place(place)
                .Isbn(Isbn()))
            .Published(year)
            .Abstract(AbstractText(), string.Create(CultureInfo.InvariantCulture, $"Copyright © {year}, {publisher}. All rights reserved."));
        for (var i = _random.Between(1, 3); i > 0; i--)
        {
            Person(builder.Editor, withOrcid: false, withAffiliations: false); // ED has no affiliation tag
        }

        return builder.Language("eng").PublicationType("Review").PublicationType("Book")
            .EntrezDate(stamp).MeshDate(stamp)
            .ArticleId(string.Create(CultureInfo.InvariantCulture, $"NBK{_random.Between(1000, 599999)}"), "bookaccession")
            .Build();
    }

    private MedlineCitation BookChapter()
    {
        var (publisher, place) = _random.Pick(Publishers);
        var year = _random.Between(1993, 2020);
        var contributed = new DateOnly(year, _random.Between(1, 12), _random.Between(1, 28));
        var stamp = contributed.ToDateTime(TimeOnly.MinValue);
        var builder = MedlineCitation.Build(NextPmid()).Status("Publisher")
            .Book(b => b.Title("GeneReviews(®)").CollectionTitle("GeneReviews(®)")
                .Publisher(publisher).Place(place)
                .ContributionDate(contributed).DateRevised(contributed.AddDays(_random.Between(30, 1500))))
            .Published(year)
            .Title($"{Capital(_random.Pick(Outcomes))} in {_random.Pick(Populations)}")
            .Abstract(AbstractText());
        for (var i = _random.Between(1, 3); i > 0; i--)
        {
            Person(builder.Editor, withOrcid: false, withAffiliations: false); // ED has no affiliation tag
        }

        Authors(builder, MedlineFixtureKind.BookChapter, _random.Between(1, 4));
        return builder.Language("eng").PublicationType("Review").PublicationType("Book Chapter")
            .EntrezDate(stamp).MeshDate(stamp)
            .ArticleId(string.Create(CultureInfo.InvariantCulture, $"NBK{_random.Between(1000, 599999)}"), "bookaccession")
            .Build();
    }

    private string Isbn()
    {
        // ISBN-13 with its check digit.
        Span<int> digits = stackalloc int[12];
        digits[0] = 9;
        digits[1] = 7;
        digits[2] = 8;
        var total = 9 + (7 * 3) + 8;
        for (var i = 3; i < 12; i++)
        {
            digits[i] = _random.Next(10);
            total += digits[i] * (i % 2 == 0 ? 1 : 3);
        }

        var check = (10 - (total % 10)) % 10;
        var text = new StringBuilder(17);
        foreach (var d in digits)
        {
            text.Append((char)('0' + d));
        }

        var all = text.Append((char)('0' + check)).ToString();
        return $"{all[..3]}-{all[3]}-{all[4..7]}-{all[7..12]}-{all[12]}";
    }

    private MedlineCitation Eric()
    {
        var year = _random.Between(1995, 2025);
        var journal = _random.Pick(Journals);
        var id = string.Create(CultureInfo.InvariantCulture, $"EJ{_random.Between(1_000_000, 1_499_999)}");
        var volume = _random.Between(1, 60);
        var issue = _random.Between(1, 6);
        var first = _random.Between(1, 400);
        var last = first + _random.Between(5, 30);
        var builder = new MedlineCitationBuilder().Owner("ERIC")
            .Title($"{Capital(_random.Pick(EricTerms))} in {_random.Pick(Populations)}: {_random.Pick(Designs)}")
            .Journal(journal.Title, null, null, volume.ToString(CultureInfo.InvariantCulture), issue.ToString(CultureInfo.InvariantCulture))
            .Source(string.Create(CultureInfo.InvariantCulture, $"v{volume} n{issue} p{first}-{last} {year}"))
            .OtherId(id)
            .Pages(first.ToString(CultureInfo.InvariantCulture), last.ToString(CultureInfo.InvariantCulture))
            .Published(year)
            .LocationId("http://eric.ed.gov/?id=" + id)
            .Abstract(AbstractText());
        Authors(builder, MedlineFixtureKind.Eric, _random.Between(1, 3));
        var start = _random.Next(EricTerms.Length);
        for (var i = _random.Between(2, 5); i > 0; i--)
        {
            builder.Keyword(EricTerms[(start + i) % EricTerms.Length], owner: null);
        }

        return builder.Language("eng").PublicationType("Journal Articles").PublicationType("Reports - Research").Build();
    }
}
