using Medline.Parser.Model;

namespace Medline.Parser.Export.Tables;

/// <summary>One name of a byline: a person or a group (<c>CN</c>), never both.</summary>
internal readonly record struct BylineEntry(Author? Person, CorporateAuthor? Group)
{
    /// <summary>The name as PubMed lists it: <c>Liang B</c> (AU, else FAU), or the group's name.</summary>
    public string Name => Group?.Name ?? Person?.ShortName ?? Person?.FullName ?? Person?.LastName ?? "";
}

/// <summary>
/// The authors of a citation with their model objects (affiliations, identifiers), in byline order: the one merge of
/// persons and groups that the tables and <see cref="BibliographicItem.Authors"/> both use.
/// </summary>
internal static class Byline
{
    /// <summary>Adds the byline of <paramref name="citation"/> to <paramref name="entries"/>.</summary>
    public static void Fill(MedlineCitation citation, List<BylineEntry> entries)
    {
        var persons = citation.Authors;
        var groups = citation.CorporateAuthors;
        int p = 0, g = 0;
        while (p < persons.Count || g < groups.Count)
        {
            // Both lists carry their byline position; a group listed before the next person comes first.
            if (g < groups.Count && (p == persons.Count || groups[g].Position < persons[p].Position))
            {
                entries.Add(new BylineEntry(null, groups[g++]));
            }
            else
            {
                entries.Add(new BylineEntry(persons[p++], null));
            }
        }
    }
}
