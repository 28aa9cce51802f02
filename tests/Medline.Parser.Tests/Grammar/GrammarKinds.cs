using Medline.Parser.Grammar;
using Medline.Parser.Model;
using static Medline.Parser.Grammar.FieldGrammar;

namespace Medline.Parser.Tests.Grammar;

/// <summary>One value kind: its tags and its entry point (with the path switch, when it has a fast path).</summary>
internal sealed record GrammarKind(string Name, string[] Tags, bool HasFastPath, Func<string, GrammarPath, GrammarKind.Outcome> Parse)
{
    /// <summary>A type-erased <see cref="ParseOutcome{T}"/>.</summary>
    internal readonly record struct Outcome(object? Value, string Raw, ValueProblem? Problem);

    private static Outcome O<T>(ParseOutcome<T> o)
        where T : class => new(o.Value, o.Raw, o.Problem);

    public static readonly GrammarKind[] All =
    [
        new("DP", ["DP"], true, (v, p) => O(ParsePublicationDate(v, p))),
        new("Timestamp", ["EDAT", "MHDA", "CRDT", "PMCR", "CDAT"], true, (v, p) => O(ParseTimestamp(v, p))),
        new("CompactDate", ["DCOM", "LR", "DA", "DEP", "CTDT", "DRDT"], true, (v, p) => O(ParseCompactDate(v, p))),
        new("PHST", ["PHST"], true, (v, p) => O(ParseHistoryDate(v, p))),
        new("ArticleId", ["AID", "LID"], true, (v, p) => O(ParseArticleIdentifier(v, p))),
        new("IS", ["IS", "ISSN"], true, (v, p) => O(ParseIssn(v, p))),
        new("RN", ["RN"], true, (v, p) => O(ParseChemical(v, p))),
        new("MH", ["MH"], true, (v, p) => O(ParseMeshHeading(v, p))),
        new("AUID", ["AUID"], true, (v, p) => O(ParseAuthorIdentifier(v, p))),
        new("FullName", ["FAU", "FIR", "FED", "FPS"], true, (v, p) => O(ParseFullName(v, p))),
        new("ShortName", ["AU", "IR", "ED", "PS"], true, (v, p) => O(ParseShortName(v, p))),
        new("GR", ["GR"], true, (v, p) => O(ParseGrant(v, p))),
        new("PG", ["PG"], true, (v, p) => O(ParsePagination(v, p))),
        new("CommentCorrection", CommentCorrectionTags, true, (v, p) => O(ParseCommentCorrection(CommentCorrectionType.CommentIn, v, p))),
        new("SI", ["SI"], false, (v, _) => O(ParseSecondarySourceId(v))),
        new("OID", ["OID"], false, (v, _) => O(ParseOtherId(v))),
        new("OAB", ["OAB"], false, (v, _) => O(ParseOtherAbstract(v))),
        new("PMID", ["PMID"], false, (v, _) => O(ParsePmid(v))),
        new("PMC", ["PMC"], false, (v, _) => O(ParsePmcId(v))),
        new("JID", ["JID"], false, (v, _) => O(ParseNlmUniqueId(v))),
        new("RF", ["RF"], false, (v, _) => O(ParseReferenceCount(v))),
        new("Language", ["LA", "OABL"], false, (v, _) => O(ParseLanguage(v))),
        new("PST", ["PST"], false, (v, _) => O(ParsePublicationStatus(v))),
        new("STAT", ["STAT"], false, (v, _) => O(ParseStatus(v))),
        new("OWN", ["OWN"], false, (v, _) => O(ParseOwner(v))),
        new("PUBM", ["PUBM"], false, (v, _) => O(ParsePublishingModel(v))),
        new("SB", ["SB"], false, (v, _) => O(ParseSubset(v))),
        new("ISBN", ["ISBN"], false, (v, _) => O(ParseIsbn(v))),
    ];

    public static GrammarKind Named(string name) => All.Single(k => k.Name == name);

    public IEnumerable<(string Tag, string Value)> CorpusValues() =>
        Tags.SelectMany(t => Grammar.CorpusValues.Of(t).Select(v => (t, v)));
}
