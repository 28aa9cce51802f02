using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Medline.Parser.Grammar;
using Medline.Parser.Model;
using Medline.Parser.Tests.Building;
using static Medline.Parser.Grammar.FieldGrammar;

namespace Medline.Parser.Tests.Grammar;

/// <summary>
/// Issue 10 §1(d): every value kind has format and parse side by side, and parse(format(v)) == v. A value made from its
/// parts formats its Raw lazily, so <c>Parse(v.Raw)</c> is parse(format(v)); both grammar paths are checked where there are two.
/// </summary>
public sealed class FormatParseProperties
{
    private static Property RoundTrips<T>(Gen<T> values, Func<string, GrammarPath, ParseOutcome<T>> parse, Func<T, string> raw)
        where T : class =>
        Prop.ForAll(values.ToArbitrary(), value =>
        {
            var text = raw(value);
            var fast = parse(text, GrammarPath.Auto);
            var slow = parse(text, GrammarPath.SpracheOnly);
            return (Equals(fast.Value, value) && Equals(slow.Value, value) && fast.Problem?.Severity != DiagnosticSeverity.Error)
                .Label($"'{text}' read back as {fast.Value} / {slow.Value}, problem {fast.Problem}");
        });

    [Property(MaxTest = 500)]
    public Property Publication_dates_of_every_precision_read_back_equal() =>
        RoundTrips(CitationGenerators.PublicationDate, ParsePublicationDate, v => v.Raw);

    [Property]
    public Property Timestamps_with_and_without_time_read_back_equal() =>
        RoundTrips(CitationGenerators.Timestamp, ParseTimestamp, v => v.Raw);

    [Property]
    public Property Compact_dates_of_day_and_month_read_back_equal() =>
        RoundTrips(CitationGenerators.CompactDate, ParseCompactDate, v => v.Raw);

    [Property]
    public Property History_dates_read_back_equal() =>
        RoundTrips(CitationGenerators.HistoryDate, ParseHistoryDate, v => v.Raw);

    [Property(MaxTest = 300)]
    public Property Mesh_headings_with_qualifiers_read_back_equal() =>
        RoundTrips(CitationGenerators.MeshHeading, ParseMeshHeading, v => v.Raw);

    [Property(MaxTest = 500)]
    public Property Grants_with_and_without_acronym_and_country_read_back_equal() =>
        RoundTrips(CitationGenerators.Grant, ParseGrant, v => v.Raw);

    [Property]
    public Property Article_identifiers_read_back_equal() =>
        RoundTrips(CitationGenerators.ArticleIdentifier, ParseArticleIdentifier, v => v.Raw);

    [Property]
    public Property Issns_of_every_medium_read_back_equal() =>
        RoundTrips(CitationGenerators.Issn, ParseIssn, v => v.Raw);

    [Property]
    public Property Author_identifiers_read_back_equal() =>
        RoundTrips(CitationGenerators.AuthorIdentifier, ParseAuthorIdentifier, v => v.Raw);

    [Property]
    public Property Chemicals_read_back_equal() =>
        RoundTrips(CitationGenerators.Chemical, ParseChemical, v => v.Raw);

    // The type comes from the tag, not the value: every value is read here as a CIN.
    [Property]
    public Property Links_with_and_without_pmid_read_back_equal() =>
        RoundTrips(CitationGenerators.CommentCorrection.Select(c => c with { Type = CommentCorrectionType.CommentIn }), (text, path) => ParseCommentCorrection(CommentCorrectionType.CommentIn, text, path), v => v.Raw);

    [Property]
    public Property Pagination_reads_back_equal() =>
        RoundTrips(CitationGenerators.Pagination, ParsePagination, v => v.Raw);

    [Property]
    public Property Secondary_source_ids_read_back_equal() =>
        RoundTrips(CitationGenerators.SecondarySourceId, (text, _) => ParseSecondarySourceId(text), v => v.Raw);

    [Property]
    public Property Other_ids_read_back_equal() =>
        RoundTrips(CitationGenerators.OtherId, (text, _) => ParseOtherId(text), v => v.Raw);

    [Property]
    public Property Other_abstracts_read_back_equal() =>
        RoundTrips(CitationGenerators.OtherAbstract, (text, _) => ParseOtherAbstract(text), v => v.Raw);

    [Property]
    public Property Full_and_short_names_with_particles_and_suffixes_read_back_as_their_parts() =>
        Prop.ForAll(CitationGenerators.Name.ToArbitrary(), name =>
        {
            var initials = DeriveInitials(name.Fore);
            var full = ParseFullName(FormatFullName(name.Last, name.Fore, name.Suffix)).Value;
            var brief = ParseShortName(FormatShortName(name.Last, initials, name.Suffix)).Value;
            return (full is not null && full.LastName == name.Last && full.ForeName == name.Fore && full.Suffix == name.Suffix &&
                    brief is not null && brief.Suffix == name.Suffix && (name.Last.Contains(' ', StringComparison.Ordinal) || brief.LastName == name.Last))
                .Label($"{full} / {brief}");
        });
}
