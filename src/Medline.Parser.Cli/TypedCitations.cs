using System.Text.Json;
using Medline.Parser.Cli.Stats;
using Medline.Parser.Serialization;

namespace Medline.Parser.Cli;

/// <summary>
/// The one seam between the CLI and the library's typed layer (<see cref="MedlineCitation"/>, <see cref="MedlineJson"/>):
/// convert without <c>--raw</c>, validate's value checks and stats go through here.
/// </summary>
internal static class TypedCitations
{
    /// <summary>Parses the values of <paramref name="record"/> (on the reading thread of the pipeline).</summary>
    public static MedlineCitation Prepare(MedlineRecord record) => MedlineCitation.FromRecord(record);

    /// <summary>Writes a typed citation (empty lists too with <paramref name="options"/>); returns its diagnostics (reader's and values').</summary>
    public static IReadOnlyList<MedlineDiagnostic> Write(Utf8JsonWriter writer, MedlineCitation citation, MedlineJsonOptions options)
    {
        MedlineJson.Write(writer, citation, options);
        return citation.Diagnostics;
    }

    /// <summary>Writes the lossless record, <c>{"fields":[{"tag":…,"value":…,"line":…},…]}</c>.</summary>
    public static IReadOnlyList<MedlineDiagnostic> WriteRaw(Utf8JsonWriter writer, MedlineRecord record)
    {
        MedlineJson.WriteRecord(writer, record);
        return record.Diagnostics;
    }

    /// <summary>Parses the values of <paramref name="record"/>; returns all its diagnostics (reader's and values').</summary>
    public static IReadOnlyList<MedlineDiagnostic> Validate(MedlineRecord record) =>
        MedlineCitation.FromRecord(record).Diagnostics;

    /// <summary>What stats needs of the citation of <paramref name="record"/>, and its diagnostics.</summary>
    public static (StatsRecord Stats, IReadOnlyList<MedlineDiagnostic> Diagnostics) ToStats(MedlineRecord record) =>
        ToStats(MedlineCitation.FromRecord(record));

    /// <summary>What stats needs of <paramref name="citation"/> (one read from JSON, say), and its diagnostics.</summary>
    public static (StatsRecord Stats, IReadOnlyList<MedlineDiagnostic> Diagnostics) ToStats(MedlineCitation citation)
    {
        var hasOrcid = false;
        foreach (var author in citation.Authors)
        {
            hasOrcid |= author.Orcid is not null;
        }

        var descriptors = new string[citation.MeshHeadings.Count];
        for (var i = 0; i < descriptors.Length; i++)
        {
            descriptors[i] = citation.MeshHeadings[i].Descriptor;
        }

        var stats = new StatsRecord
        {
            Status = citation.Status,
            Year = citation.PublicationDate?.Year,
            Journal = citation.Journal?.Abbreviation ?? citation.Journal?.Title,
            MeshDescriptors = descriptors,
            AuthorCount = citation.Authors.Count,
            HasDoi = citation.Doi is not null,
            HasAbstract = citation.Abstract is not null,
            HasOrcid = hasOrcid,
        };
        return (stats, citation.Diagnostics);
    }
}
