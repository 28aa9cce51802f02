using Medline.Parser.Model;

namespace Medline.Parser.Writing;

/// <summary>
/// A person's names formatted from their parts, for a person built in code without the names as written: the inverse
/// of the name grammars (FieldGrammar.ParseFullName, ParseShortName).
/// </summary>
internal static class NameFormat
{
    /// <summary><c>Last, Fore</c> (<c>Last, Fore Suffix</c>); <see langword="null"/> without a family name and given names.</summary>
    public static string? FullName(Author person)
    {
        if (string.IsNullOrEmpty(person.LastName) || string.IsNullOrEmpty(person.ForeName))
        {
            return null;
        }

        return string.IsNullOrEmpty(person.Suffix)
            ? string.Concat(person.LastName, ", ", person.ForeName)
            : string.Concat(person.LastName, ", ", person.ForeName, " " + person.Suffix);
    }

    /// <summary><c>Last Initials</c> (<c>Last Initials Suffix</c>), or the family name alone; <see langword="null"/> without one.</summary>
    public static string? ShortName(Author person)
    {
        if (string.IsNullOrEmpty(person.LastName))
        {
            return null;
        }

        var name = string.IsNullOrEmpty(person.Initials) ? person.LastName : string.Concat(person.LastName, " ", person.Initials);
        return string.IsNullOrEmpty(person.Suffix) ? name : string.Concat(name, " ", person.Suffix);
    }
}
