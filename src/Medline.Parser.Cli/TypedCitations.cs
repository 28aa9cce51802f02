using System.Text.Json;
using Medline.Parser.Cli.Stats;

namespace Medline.Parser.Cli;

/// <summary>
/// The one seam between the CLI and the library's typed layer (<c>MedlineCitation</c>, <c>MedlineJson</c>): convert
/// without <c>--raw</c>, validate's value checks and stats go through here, so wiring the typed citations is local.
/// </summary>
internal static class TypedCitations
{
    /// <summary>Whether this build has the library's typed citations.</summary>
    public static bool Available => false;

    public const string NotAvailableMessage =
        "typed citations are not in this build of the library yet; use --raw for the lossless records";

    /// <summary>Writes the typed citation of <paramref name="record"/>; returns its diagnostics (reader's and values').</summary>
    public static IReadOnlyList<MedlineDiagnostic> Write(Utf8JsonWriter writer, MedlineRecord record) =>
        throw new CliException(ExitCodes.Usage, NotAvailableMessage);

    /// <summary>Parses the values of <paramref name="record"/>; returns all its diagnostics (reader's and values').</summary>
    public static IReadOnlyList<MedlineDiagnostic> Validate(MedlineRecord record) => record.Diagnostics;

    /// <summary>What stats needs of the citation of <paramref name="record"/>, and its diagnostics.</summary>
    public static (StatsRecord Stats, IReadOnlyList<MedlineDiagnostic> Diagnostics) ToStats(MedlineRecord record) =>
        throw new CliException(ExitCodes.Usage, NotAvailableMessage);
}
