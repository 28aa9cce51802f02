using System.Globalization;
using Medline.Parser.Grammar;
using Medline.Parser.Model;

namespace Medline.Parser.Serialization;

// The shape check (Checking.cs) says whether a value is of the right kind; this says whether it can be what its
// property says. Each value that keeps its text ('raw') is parsed again with the grammar the MEDLINE reader uses and
// must come out equal to the parts read; identifiers must pass their grammar. One rule, one place: the grammar.
public sealed partial class MedlineJsonReader
{
    /// <summary>The problems with the values of a citation read from <paramref name="root"/>, as messages naming their JSON path.</summary>
    internal static List<string> CheckValues(MedlineCitation citation, string root)
    {
        var problems = new List<string>();
        Valid(problems, root + ".pmid", citation.Pmid, FieldGrammar.ParsePmid);
        Valid(problems, root + ".pmcId", citation.PmcId, FieldGrammar.ParsePmcId);
        Agree(problems, root + ".publicationDate", citation.PublicationDate, static d => d.Raw, FieldGrammar.ParsePublicationDate);
        Agree(problems, root + ".pagination", citation.Pagination, static p => p.Raw, FieldGrammar.ParsePagination);
        Each(problems, root + ".history", citation.History, static h => h.Raw, FieldGrammar.ParseHistoryDate);
        Each(problems, root + ".articleIds", citation.ArticleIds, static i => i.Raw, FieldGrammar.ParseArticleIdentifier);
        Each(problems, root + ".locationIds", citation.LocationIds, static i => i.Raw, FieldGrammar.ParseArticleIdentifier);
        Each(problems, root + ".otherIds", citation.OtherIds, static i => i.Raw, FieldGrammar.ParseOtherId);
        Each(problems, root + ".meshHeadings", citation.MeshHeadings, static m => m.Raw, FieldGrammar.ParseMeshHeading);
        Each(problems, root + ".chemicals", citation.Chemicals, static c => c.Raw, FieldGrammar.ParseChemical);
        Each(problems, root + ".grants", citation.Grants, static g => g.Raw, FieldGrammar.ParseGrant);
        Each(problems, root + ".secondarySourceIds", citation.SecondarySourceIds, static s => s.Raw, FieldGrammar.ParseSecondarySourceId);
        if (citation.Journal is { } journal)
        {
            Each(problems, root + ".journal.issns", journal.Issns, static i => i.Raw, FieldGrammar.ParseIssn);
        }

        foreach (var (name, people) in (ReadOnlySpan<(string, IReadOnlyList<Author>)>)
            [("authors", citation.Authors), ("investigators", citation.Investigators), ("editors", citation.Editors), ("personalNameSubjects", citation.PersonalNameSubjects)])
        {
            for (var i = 0; i < people.Count; i++)
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"{root}.{name}[{i}]");
                if (people[i] is { FullName: null, ShortName: null, LastName: null })
                {
                    problems.Add($"{path}: a person with no name; expected 'fullName', 'shortName' or 'lastName'");
                }

                Each(problems, path + ".identifiers", people[i].Identifiers, static a => a.Raw, FieldGrammar.ParseAuthorIdentifier);
            }
        }

        return problems;
    }

    private static void Valid(List<string> problems, string path, string? value, Func<string, ParseOutcome<string>> parse)
    {
        if (value is not null && parse(value) is { IsSuccess: false, Problem: { } problem })
        {
            problems.Add($"{path}: '{value}' is not valid: {problem.Message}");
        }
    }

    private static void Each<T>(List<string> problems, string path, IReadOnlyList<T> values, Func<T, string> raw, Func<string, ParseOutcome<T>> parse)
        where T : class
    {
        for (var i = 0; i < values.Count; i++)
        {
            Agree(problems, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), values[i], raw, parse);
        }
    }

    private static void Agree<T>(List<string> problems, string path, T? value, Func<T, string> raw, Func<string, ParseOutcome<T>> parse)
        where T : class
    {
        if (value is null)
        {
            return;
        }

        string text;
        try
        {
            text = raw(value); // formatted from the parts when the JSON has no 'raw'
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            problems.Add($"{path}: the parts cannot be written as MEDLINE text: {e.Message}");
            return;
        }

        var outcome = parse(text);
        if (outcome.Value is null)
        {
            problems.Add($"{path}: 'raw' \"{text}\" is not valid: {outcome.Problem?.Message}");
        }
        else if (!outcome.Value.Equals(value))
        {
            problems.Add($"{path}: the parts do not match 'raw' \"{text}\": give the parts it reads as, or leave 'raw' out");
        }
    }
}
