using System.Collections.Frozen;

namespace Medline.Parser.Testing;

/// <summary>
/// The canned fixtures, one per <see cref="MedlineFixtureKind"/>. The linked pairs are separate fixtures that name each
/// other by PMID both ways: <see cref="RetractedArticle"/> (RIN) and <see cref="RetractionNotice"/> (ROF),
/// <see cref="CorrectedArticle"/> (EIN) and <see cref="ErratumNotice"/> (EFR).
/// </summary>
public static class MedlineFixtures
{
    private static readonly FrozenDictionary<MedlineFixtureKind, MedlineFixture> s_byKind =
        Enum.GetValues<MedlineFixtureKind>().ToFrozenDictionary(kind => kind, Load);

    /// <summary>Every fixture, in the order of <see cref="MedlineFixtureKind"/>.</summary>
    public static IReadOnlyList<MedlineFixture> All { get; } = [.. Enum.GetValues<MedlineFixtureKind>().Select(Get)];

    /// <summary>An indexed MEDLINE journal article with a structured abstract and non-ASCII names.</summary>
    public static MedlineFixture JournalArticle => Get(MedlineFixtureKind.JournalArticle);

    /// <summary>A group author between person authors, with the group's investigators.</summary>
    public static MedlineFixture CorporateAuthor => Get(MedlineFixtureKind.CorporateAuthor);

    /// <summary>A whole Bookshelf book with editors and an ISBN.</summary>
    public static MedlineFixture Book => Get(MedlineFixtureKind.Book);

    /// <summary>A Bookshelf book chapter with its authors and the book's editors.</summary>
    public static MedlineFixture BookChapter => Get(MedlineFixtureKind.BookChapter);

    /// <summary>An ERIC record (<c>OWN - ERIC</c>, no PMID).</summary>
    public static MedlineFixture Eric => Get(MedlineFixtureKind.Eric);

    /// <summary>A PMC MEDLARS record that starts with <c>PMC -</c>.</summary>
    public static MedlineFixture PmcFirst => Get(MedlineFixtureKind.PmcFirst);

    /// <summary>An In-Process record (no MeSH yet).</summary>
    public static MedlineFixture InProcess => Get(MedlineFixtureKind.InProcess);

    /// <summary>A publisher record ahead of print.</summary>
    public static MedlineFixture Publisher => Get(MedlineFixtureKind.Publisher);

    /// <summary>A retracted article, linked to <see cref="RetractionNotice"/>.</summary>
    public static MedlineFixture RetractedArticle => Get(MedlineFixtureKind.RetractedArticle);

    /// <summary>The retraction notice of <see cref="RetractedArticle"/>.</summary>
    public static MedlineFixture RetractionNotice => Get(MedlineFixtureKind.RetractionNotice);

    /// <summary>An article with an erratum, linked to <see cref="ErratumNotice"/>.</summary>
    public static MedlineFixture CorrectedArticle => Get(MedlineFixtureKind.CorrectedArticle);

    /// <summary>The erratum of <see cref="CorrectedArticle"/>.</summary>
    public static MedlineFixture ErratumNotice => Get(MedlineFixtureKind.ErratumNotice);

    /// <summary>A record whose author list ends with <c>AU - et al.</c>.</summary>
    public static MedlineFixture EtAlAuthorList => Get(MedlineFixtureKind.EtAlAuthorList);

    /// <summary>The fixture of <paramref name="kind"/>.</summary>
    /// <param name="kind">A record kind.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static MedlineFixture Get(MedlineFixtureKind kind) =>
        s_byKind.TryGetValue(kind, out var fixture)
            ? fixture
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a defined MedlineFixtureKind");

    // The file of each kind, and what the reader reports for it by design (most kinds: nothing).
    private static MedlineFixture Load(MedlineFixtureKind kind)
    {
        var (name, expected) = kind switch
        {
            MedlineFixtureKind.JournalArticle => ("journal-article", None),
            MedlineFixtureKind.CorporateAuthor => ("corporate-author", None),
            MedlineFixtureKind.Book => ("book", None),
            MedlineFixtureKind.BookChapter => ("book-chapter", None),
            MedlineFixtureKind.Eric => ("eric", [new(DiagnosticCodes.MissingPmid, DiagnosticSeverity.Warning, 1, 1)]),
            MedlineFixtureKind.PmcFirst => ("pmc-first", [new(DiagnosticCodes.RecordNotStartingWithPmid, DiagnosticSeverity.Info, 1, 1)]),
            MedlineFixtureKind.InProcess => ("in-process", None),
            MedlineFixtureKind.Publisher => ("publisher", None),
            MedlineFixtureKind.RetractedArticle => ("retracted-article", None),
            MedlineFixtureKind.RetractionNotice => ("retraction-notice", None),
            MedlineFixtureKind.CorrectedArticle => ("corrected-article", None),
            MedlineFixtureKind.ErratumNotice => ("erratum-notice", None),
            MedlineFixtureKind.EtAlAuthorList => ("et-al", [new(DiagnosticCodes.TruncatedAuthorList, DiagnosticSeverity.Info, 22, 7)]),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a defined MedlineFixtureKind"),
        };
        return new MedlineFixture(kind, name, ReadResource(name), expected);
    }

    private static ExpectedDiagnostic[] None => [];

    private static string ReadResource(string name)
    {
        var resource = $"Medline.Parser.Testing.Fixtures.{name}.txt";
        using var stream = typeof(MedlineFixtures).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded fixture '{resource}' is missing from {typeof(MedlineFixtures).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        // Line ends are LF by .gitattributes; a checkout that ignored it must not change what the fixtures are.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
