using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Medline.Parser.Model;
using Medline.Parser.Serialization;
using Medline.Parser.Tests.TestSupport;

namespace Medline.Parser.Tests.Raw;

/// <summary>The one tag table (issue 10 §5): each row is its tag's, names a real model property, and docs/mapping.md is its rendering.</summary>
public class TagTableTests
{
    [Fact]
    public void Every_row_describes_the_tag_at_its_index()
    {
        MedlineTags.GetInfo(MedlineTag.Unknown).MapsTo.Should().Be(TagTarget.OtherFields);
        foreach (var tag in MedlineTags.All)
        {
            var row = MedlineTags.GetInfo(tag);
            row.Tag.Should().Be(tag);
            row.Name.Should().Be(tag.ToString().ToUpperInvariant(), "the enum member is the tag's name, first letter upper case");
            (row.Kind == ValueKind.Raw).Should().Be(row.MapsTo == TagTarget.OtherFields, row.Name);
            (row.LinkType is not null).Should().Be(row.MapsTo == TagTarget.CommentsCorrections, row.Name);
            (row.Kind == ValueKind.CommentCorrection).Should().Be(row.LinkType is not null, row.Name);
        }

        // The mapper parses by target: tags that fill one property (IS and ISSN, OT and KW, COI and COIS) are read alike.
        MedlineTags.All.Where(t => MedlineTags.GetTarget(t) != TagTarget.OtherFields)
            .GroupBy(MedlineTags.GetTarget)
            .Where(g => g.Select(t => MedlineTags.GetInfo(t).Kind).Distinct().Count() > 1)
            .Select(g => g.Key).Should().BeEmpty();
    }

    [Fact]
    public void Link_tags_and_link_types_map_both_ways_from_the_one_table()
    {
        var types = Enum.GetValues<CommentCorrectionType>();
        types.Should().HaveCount(22);
        foreach (var type in types)
        {
            MedlineTags.GetLinkType(MedlineTags.GetLinkTag(type)).Should().Be(type);
        }

        MedlineTags.All.Count(t => MedlineTags.GetLinkType(t) is not null).Should().Be(22);
        MedlineTags.GetLinkTag(CommentCorrectionType.ErratumIn).Should().Be(MedlineTag.Ein);
        MedlineTags.GetLinkType(MedlineTag.Rin).Should().Be(CommentCorrectionType.RetractionIn);
        MedlineTags.GetLinkType(MedlineTag.Ti).Should().BeNull();
    }

    [Fact]
    public void Every_target_names_a_model_property_and_its_JSON_name_is_the_one_the_serializer_writes()
    {
        foreach (var target in Enum.GetValues<TagTarget>())
        {
            var type = typeof(MedlineCitation);
            var jsonSegments = MedlineTags.GetJsonPath(target).Split('.');
            var segments = MedlineTags.GetPropertyPath(target).Split('.');
            jsonSegments.Should().HaveSameCount(segments);
            for (var i = 0; i < segments.Length; i++)
            {
                var property = type.GetProperty(segments[i]);
                property.Should().NotBeNull($"{target} names {segments[i]} on {type.Name}");
                var serialized = MedlineJsonContext.Default.GetTypeInfo(type)!.Properties;
                serialized.Should().Contain(
                    p => p.Name == jsonSegments[i] && p.PropertyType == property!.PropertyType,
                    $"{type.Name}.{segments[i]} is written as '{jsonSegments[i]}'");
                type = ItemType(property!.PropertyType) ?? Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            }
        }

        MedlineTags.GetJsonName(TagTarget.Journal_Issns).Should().Be("issns");
        MedlineTags.GetJsonPath(TagTarget.Authors_Affiliations).Should().Be("authors.affiliations");
    }

    [Fact]
    public void ERIC_ISSN_is_a_known_tag_that_fills_the_journal_issns_like_IS()
    {
        MedlineTags.Parse("ISSN").Should().Be(MedlineTag.Issn);
        MedlineTags.GetTarget(MedlineTag.Issn).Should().Be(MedlineTags.GetTarget(MedlineTag.Is));
        var record = Read.Single("PMID- 1\nOWN - ERIC\nTI  - T.\nISSN - EISSN-2375-5636\n");

        record.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.IrregularTagLine);
        MedlineCitation.FromRecord(record).Journal!.Issns.Should().ContainSingle().Which.Raw.Should().Be("EISSN-2375-5636");
    }

    [Fact]
    public void Docs_mapping_md_is_the_tag_table_rendered()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "docs", "mapping.md");
        var actual = Render();
        if (Environment.GetEnvironmentVariable("MEDLINE_ACCEPT") == "1")
        {
            File.WriteAllText(path, actual);
        }

        if (actual != File.ReadAllText(path))
        {
            File.WriteAllText(path + ".actual", actual);
            Assert.Fail($"{path} is not the rendered tag table; see mapping.md.actual beside it (MEDLINE_ACCEPT=1 rewrites it).");
        }
    }

    private static string Render()
    {
        var meanings = Meanings();
        var text = new StringBuilder();
        text.Append("""
            # Tag mapping

            Generated from the tag table (`src/Medline.Parser/Raw/MedlineTags.cs`, one `TagInfo` row per tag) by
            `TagTableTests.Docs_mapping_md_is_the_tag_table_rendered`; `MEDLINE_ACCEPT=1` rewrites it. Do not edit by hand.

            The mapper (`CitationBuilder`) puts each value where its row says; the JSON names are the model's, camel-cased
            (docs/json.md). Rep: the tag may repeat in a record. Order: its place in PubMed's field order (format §1.5;
            255: legacy). Grouping (format §3, `PeopleGrouping`): `AD` and `AUID` after a `CN` go to that corporate author,
            an `AD` before any author to `affiliations`; `PL` is `book.place` in a record that describes a book, not a
            journal. Tags mapped to `OtherFields` are kept as read.

            | Tag | Meaning | Rep | Order | Value | Model property | JSON |
            |---|---|---|---:|---|---|---|

            """.ReplaceLineEndings("\n"));
        foreach (var tag in MedlineTags.All)
        {
            var row = MedlineTags.GetInfo(tag);
            var (property, json) = Paths(row.MapsTo);
            if (row.LinkType is { } link)
            {
                property += $" (Type = {link})";
                json += $" (type: {link})";
            }

            text.Append(CultureInfo.InvariantCulture,
                $"| `{row.Name}` | {meanings[tag]} | {(row.Repeatable ? "yes" : "no")} | {row.Order} | {row.Kind} | `{property}` | `{json}` |\n");
        }

        return text.ToString();
    }

    /// <summary>The property path with <c>[]</c> after each list (<c>Authors[].Affiliations</c>), and its JSON path.</summary>
    private static (string Property, string Json) Paths(TagTarget target)
    {
        var segments = MedlineTags.GetPropertyPath(target).Split('.');
        var json = MedlineTags.GetJsonPath(target).Split('.');
        var type = typeof(MedlineCitation);
        for (var i = 0; i < segments.Length; i++)
        {
            var property = type.GetProperty(segments[i])!;
            var item = ItemType(property.PropertyType);
            if (item is not null)
            {
                segments[i] += "[]";
                json[i] += "[]";
            }

            type = item ?? Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }

        return (string.Join('.', segments), string.Join('.', json));
    }

    private static Type? ItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    /// <summary>Each tag's meaning, from the XML documentation of its <see cref="MedlineTag"/> member (<c>&lt;c&gt;PMID&lt;/c&gt;: PubMed unique identifier.</c>).</summary>
    private static Dictionary<MedlineTag, string> Meanings()
    {
        var xml = Path.ChangeExtension(typeof(MedlineTag).Assembly.Location, ".xml");
        var members = XDocument.Load(xml).Descendants("member")
            .Where(m => ((string)m.Attribute("name")!).StartsWith("F:Medline.Parser.MedlineTag.", StringComparison.Ordinal))
            .ToDictionary(m => Enum.Parse<MedlineTag>(((string)m.Attribute("name")!)["F:Medline.Parser.MedlineTag.".Length..]));
        return MedlineTags.All.ToDictionary(t => t, t =>
        {
            var summary = string.Concat(members[t].Element("summary")!.Nodes().Select(n => n is XElement e ? (e.Name == "c" ? $"`{e.Value}`" : e.Value) : n.ToString()));
            summary = string.Join(' ', summary.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
            var colon = summary.IndexOf("`: ", StringComparison.Ordinal);
            return (colon >= 0 ? summary[(colon + 3)..] : summary).Replace("|", "\\|", StringComparison.Ordinal);
        });
    }
}
