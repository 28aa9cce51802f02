using Medline.Parser.Model;

namespace Medline.Parser.Export.Tables;

/// <summary>A row of the authors table: one affiliation of one name of the byline (or the name alone, with none).</summary>
internal readonly record struct AuthorRow(string? Pmid, int Position, BylineEntry Entry, int? AffiliationIndex, string? Affiliation);

/// <summary>A row of the mesh table: a descriptor (<see cref="Qualifier"/> null) or one of its qualifiers.</summary>
internal readonly record struct MeshRow(string? Pmid, string Descriptor, string? Qualifier, bool Major);

/// <summary>A row of the grants table.</summary>
internal readonly record struct GrantRow(string? Pmid, Grant Grant);

/// <summary>A row of the links table.</summary>
internal readonly record struct LinkRow(string? Pmid, CommentCorrection Link);

/// <summary>The long tables, keyed by PMID: authors, mesh, grants, links.</summary>
internal static class LongTables
{
    private static readonly string[] s_linkTypeNames = Enum.GetNames<CommentCorrectionType>();

    public static TableDefinition<AuthorRow> Authors { get; } = new(
        ExportTable.Authors,
        "authors",
        "one row per affiliation of each name of the byline; a name without affiliation has one row",
        [
            TableColumn<AuthorRow>.ForText("pmid", "the citation's PMID", r => r.Pmid),
            TableColumn<AuthorRow>.ForInteger("position", "place in the byline, 1-based, groups counted", r => r.Position),
            TableColumn<AuthorRow>.ForText("name", "the name as in the citations table's authors (AU, or CN for a group)", r => r.Entry.Name),
            TableColumn<AuthorRow>.ForText("last_name", "family name", r => r.Entry.Person?.LastName),
            TableColumn<AuthorRow>.ForText("fore_name", "given names", r => r.Entry.Person?.ForeName),
            TableColumn<AuthorRow>.ForText("initials", "initials as PubMed writes them (`JA`)", r => r.Entry.Person?.Initials),
            TableColumn<AuthorRow>.ForText("suffix", "generational suffix (`Jr`)", r => r.Entry.Person?.Suffix),
            TableColumn<AuthorRow>.ForText("collective_name", "a group author's name (CN); empty for a person", r => r.Entry.Group?.Name),
            TableColumn<AuthorRow>.ForText("orcid", "ORCID, when the record gives a valid one", r => r.Entry.Person?.Orcid),
            TableColumn<AuthorRow>.ForInteger("affiliation_index", "which of the name's affiliations, 1-based; empty when it has none", r => r.AffiliationIndex),
            TableColumn<AuthorRow>.ForText("affiliation", "the affiliation (AD) as written", r => r.Affiliation),
        ],
        static (item, rows) =>
        {
            var byline = new List<BylineEntry>(item.Authors.Count);
            Byline.Fill(item.Citation, byline);
            for (var i = 0; i < byline.Count; i++)
            {
                var affiliations = byline[i].Person?.Affiliations ?? byline[i].Group!.Affiliations;
                if (affiliations.Count == 0)
                {
                    rows.Add(new AuthorRow(item.Pmid, i + 1, byline[i], null, null));
                }

                for (var a = 0; a < affiliations.Count; a++)
                {
                    rows.Add(new AuthorRow(item.Pmid, i + 1, byline[i], a + 1, affiliations[a]));
                }
            }
        });

    public static TableDefinition<MeshRow> Mesh { get; } = new(
        ExportTable.Mesh,
        "mesh",
        "one row per MeSH descriptor (qualifier empty) and one per qualifier of it",
        [
            TableColumn<MeshRow>.ForText("pmid", "the citation's PMID", r => r.Pmid),
            TableColumn<MeshRow>.ForText("descriptor", "the MeSH descriptor", r => r.Descriptor),
            TableColumn<MeshRow>.ForText("qualifier", "the qualifier (subheading); empty on the descriptor's own row", r => r.Qualifier),
            TableColumn<MeshRow>.ForBoolean("major", "whether this descriptor, or this qualifier of it, is starred as a major topic", r => r.Major),
        ],
        static (item, rows) =>
        {
            foreach (var heading in item.Citation.MeshHeadings)
            {
                rows.Add(new MeshRow(item.Pmid, heading.Descriptor, null, heading.MajorTopic));
                foreach (var qualifier in heading.Qualifiers)
                {
                    rows.Add(new MeshRow(item.Pmid, heading.Descriptor, qualifier.Name, qualifier.MajorTopic));
                }
            }
        });

    public static TableDefinition<GrantRow> Grants { get; } = new(
        ExportTable.Grants,
        "grants",
        "one row per grant (GR)",
        [
            TableColumn<GrantRow>.ForText("pmid", "the citation's PMID", r => r.Pmid),
            TableColumn<GrantRow>.ForText("grant_id", "the grant number", r => r.Grant.GrantId),
            TableColumn<GrantRow>.ForText("acronym", "the institute's acronym (`CA`)", r => r.Grant.Acronym),
            TableColumn<GrantRow>.ForText("agency", "the funding agency", r => r.Grant.Agency),
            TableColumn<GrantRow>.ForText("country", "the agency's country", r => r.Grant.Country),
        ],
        static (item, rows) =>
        {
            foreach (var grant in item.Citation.Grants)
            {
                rows.Add(new GrantRow(item.Pmid, grant));
            }
        });

    public static TableDefinition<LinkRow> Links { get; } = new(
        ExportTable.Links,
        "links",
        "one row per comment/correction link (CON, CIN, EIN, EFR, RIN, ROF, UIN, ECI…)",
        [
            TableColumn<LinkRow>.ForText("pmid", "the citation's PMID", r => r.Pmid),
            TableColumn<LinkRow>.ForText("type", "the link's type: CommentOn, ErratumIn, RetractionIn, RetractionOf, UpdateIn…", r => s_linkTypeNames[(int)r.Link.Type]),
            TableColumn<LinkRow>.ForText("reference", "the linked work's source as printed", r => r.Link.RefSource),
            TableColumn<LinkRow>.ForText("linked_pmid", "the linked work's PMID, when given", r => r.Link.Pmid),
        ],
        static (item, rows) =>
        {
            foreach (var link in item.Citation.CommentsCorrections)
            {
                rows.Add(new LinkRow(item.Pmid, link));
            }
        });
}
