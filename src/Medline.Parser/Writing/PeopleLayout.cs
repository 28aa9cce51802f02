using Medline.Parser.Grammar;
using Medline.Parser.Model;

namespace Medline.Parser.Writing;

/// <summary>
/// The people of a citation in the grouping the reader expects (format §3): each person's full name, short name,
/// identifiers and affiliations together; authors and corporate authors in byline order.
/// </summary>
internal static class PeopleLayout
{
    /// <summary>
    /// The author block: the record's own affiliations (an AD before any author), the editors, the authors and
    /// corporate authors by <see cref="Author.Position"/> (<c>et al.</c> after them when the list is incomplete),
    /// then the persons as subject.
    /// </summary>
    public static void WriteAuthorBlock(TextBuffer buffer, MedlineCitation c)
    {
        if (!IsDerivedAffiliation(c))
        {
            CitationLayout.Texts(buffer, "AD", c.Affiliations);
        }

        WritePeople(buffer, c.Editors, "FED", "ED", null);

        var authors = c.Authors;
        var groups = c.CorporateAuthors;
        int a = 0, g = 0;
        while (a < authors.Count || g < groups.Count)
        {
            if (g >= groups.Count || (a < authors.Count && authors[a].Position <= groups[g].Position))
            {
                WritePerson(buffer, authors[a++], "FAU", "AU", "AD");
            }
            else
            {
                var group = groups[g++];
                CitationLayout.Text(buffer, "CN", group.Name);
                Identifiers(buffer, group.Identifiers);
                CitationLayout.Texts(buffer, "AD", group.Affiliations);
            }
        }

        if (c.AuthorListIncomplete)
        {
            buffer.AppendField("AU", "et al.");
        }

        WritePeople(buffer, c.PersonalNameSubjects, "FPS", "PS", null);
    }

    /// <summary>People of one role, each with its identifiers and (when the role has a tag for them) affiliations.</summary>
    public static void WritePeople(TextBuffer buffer, IReadOnlyList<Author> people, string fullTag, string shortTag, string? affiliationTag)
    {
        foreach (var person in people)
        {
            WritePerson(buffer, person, fullTag, shortTag, affiliationTag);
        }
    }

    private static void WritePerson(TextBuffer buffer, Author person, string fullTag, string shortTag, string? affiliationTag)
    {
        if (person.FullName is null && person.ShortName is null)
        {
            // Built in code from parts: the full form when there are given names, the short form always.
            if (!string.IsNullOrEmpty(person.LastName))
            {
                if (!string.IsNullOrEmpty(person.ForeName))
                {
                    buffer.AppendField(fullTag, FieldGrammar.FormatFullName(person.LastName, person.ForeName, person.Suffix));
                }

                buffer.AppendField(shortTag, FieldGrammar.FormatShortName(person.LastName, person.Initials, person.Suffix));
            }
        }
        else
        {
            CitationLayout.Text(buffer, fullTag, person.FullName);
            CitationLayout.Text(buffer, shortTag, person.ShortName);
        }

        Identifiers(buffer, person.Identifiers);
        if (affiliationTag is not null)
        {
            CitationLayout.Texts(buffer, affiliationTag, person.Affiliations);
        }
    }

    private static void Identifiers(TextBuffer buffer, IReadOnlyList<AuthorIdentifier> identifiers)
    {
        foreach (var identifier in identifiers)
        {
            CitationLayout.Text(buffer, "AUID", identifier.Raw);
        }
    }

    /// <summary>
    /// Whether <see cref="MedlineCitation.Affiliations"/> is the one the reader derives: a record with a single AD,
    /// after its first of several authors, gives that AD as the record's affiliation too (format §3.1). It is written
    /// once, under the author; an AD before the authors would read back as a second one.
    /// </summary>
    private static bool IsDerivedAffiliation(MedlineCitation c)
    {
        if (c.Affiliations.Count != 1 || c.Authors.Count < 2 || c.Authors[0].Affiliations.Count != 1 ||
            !string.Equals(c.Affiliations[0], c.Authors[0].Affiliations[0], StringComparison.Ordinal))
        {
            return false;
        }

        var count = 0;
        foreach (var author in c.Authors)
        {
            count += author.Affiliations.Count;
        }

        foreach (var group in c.CorporateAuthors)
        {
            count += group.Affiliations.Count;
        }

        return count == 1;
    }
}
