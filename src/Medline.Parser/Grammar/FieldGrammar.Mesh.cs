using System.Text;
using Medline.Parser.Model;
using Sprache;

namespace Medline.Parser.Grammar;

internal static partial class FieldGrammar
{
    // ---------------------------------------------------------------- MH: Descriptor[/qualifier]*, '*' marks major
    internal static readonly Parser<string> MeshName =
        Parse.CharExcept(new[] { '/', '*' }).AtLeastOnce().Text().Named("MeSH name");

    internal static readonly Parser<MeshQualifier> MeshPart =
        from star in Parse.Char('*').Optional()
        from name in MeshName
        select new MeshQualifier(name, star.IsDefined);

    internal static readonly Parser<(MeshQualifier Descriptor, IEnumerable<MeshQualifier> Qualifiers)> MeshGrammar =
        (from descriptor in MeshPart
         from qualifiers in Parse.Char('/').Then(_ => MeshPart).XMany()
         select (descriptor, qualifiers)).End();

    /// <summary>Parses an MH value: <c>Coronavirus Infections/drug therapy/*therapy/virology</c>, <c>*Betacoronavirus</c>.</summary>
    internal static ParseOutcome<MeshHeading> ParseMeshHeading(string value) => ParseMeshHeading(value, GrammarPath.Auto);

    internal static ParseOutcome<MeshHeading> ParseMeshHeading(string value, GrammarPath path)
    {
        if (path == GrammarPath.Auto && TryFastMeshHeading(value, out var fast))
        {
            return ParseOutcome<MeshHeading>.Ok(fast, value);
        }

        var result = MeshGrammar.TryParse(value);
        if (!result.WasSuccessful)
        {
            return FailFrom<MeshHeading, (MeshQualifier, IEnumerable<MeshQualifier>)>(
                value, result, DiagnosticCodes.InvalidMeshHeading, DiagnosticSeverity.Error);
        }

        var (descriptor, qualifiers) = result.Value;
        return ParseOutcome<MeshHeading>.Ok(
            new MeshHeading
            {
                Raw = value,
                Descriptor = descriptor.Name,
                MajorTopic = descriptor.MajorTopic,
                Qualifiers = qualifiers.ToArray(),
            },
            value);
    }

    private static bool TryFastMeshHeading(string value, out MeshHeading heading)
    {
        heading = null!;
        var s = value.AsSpan();
        var slash = s.IndexOf('/');
        var first = slash < 0 ? s : s[..slash];
        var major = first.Length > 0 && first[0] == '*';
        var descriptorLength = first.Length - (major ? 1 : 0);
        if (descriptorLength == 0 || first[(major ? 1 : 0)..].Contains('*'))
        {
            return false;
        }

        var descriptor = slash < 0 && !major ? value : first[(major ? 1 : 0)..].ToString();
        if (slash < 0)
        {
            heading = new MeshHeading { Raw = value, Descriptor = descriptor, MajorTopic = major };
            return true;
        }

        var count = s.Count('/');
        var qualifiers = new MeshQualifier[count];
        var rest = s[(slash + 1)..];
        for (var q = 0; q < count; q++)
        {
            var next = rest.IndexOf('/');
            var part = next < 0 ? rest : rest[..next];
            var star = part.Length > 0 && part[0] == '*';
            var name = star ? part[1..] : part;
            if (name.IsEmpty || name.Contains('*'))
            {
                return false;
            }

            qualifiers[q] = new MeshQualifier(name.ToString(), star);
            rest = next < 0 ? default : rest[(next + 1)..];
        }

        heading = new MeshHeading { Raw = value, Descriptor = descriptor, MajorTopic = major, Qualifiers = qualifiers };
        return true;
    }

    /// <summary>An MH value: <c>*Pneumonia, Viral/drug therapy/*virology</c> (a star marks a major topic).</summary>
    internal static string Format(MeshHeading heading)
    {
        if (heading.Qualifiers.Count == 0)
        {
            return heading.MajorTopic ? "*" + heading.Descriptor : heading.Descriptor;
        }

        var text = new System.Text.StringBuilder(heading.MajorTopic ? "*" : "").Append(heading.Descriptor);
        foreach (var qualifier in heading.Qualifiers)
        {
            text.Append(qualifier.MajorTopic ? "/*" : "/").Append(qualifier.Name);
        }

        return text.ToString();
    }
}
