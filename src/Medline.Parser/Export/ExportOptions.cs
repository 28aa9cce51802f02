using Medline.Parser.Export.Tables;

namespace Medline.Parser.Export;

/// <summary>How a <see cref="CitationExporter"/> writes.</summary>
public sealed record ExportOptions
{
    /// <summary>The default options.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>
    /// The tables a table format (CSV, Parquet) writes: the citations table always (to the exporter's stream), and
    /// the long tables selected here (<see cref="ExportTable.Authors"/>, <see cref="ExportTable.Mesh"/>,
    /// <see cref="ExportTable.Grants"/>, <see cref="ExportTable.Links"/>), each to its own stream from
    /// <see cref="TableStream"/>. Other formats ignore it.
    /// </summary>
    public ExportTable Tables { get; init; } = ExportTable.Citations;

    /// <summary>
    /// Opens the stream of a long table; the exporter disposes it, unless it was made with <c>leaveOpen</c>. <see cref="CitationExporter.ToFile"/> sets it
    /// when <see langword="null"/>: <c>out.csv</c> gets <c>out.authors.csv</c>, <c>out.mesh.csv</c>….
    /// </summary>
    public Func<ExportTable, Stream>? TableStream { get; init; }

    /// <summary>The file of a long table beside <paramref name="path"/>: <c>out.csv</c> gives <c>out.authors.csv</c>.</summary>
    /// <param name="path">The citations table's file.</param>
    /// <param name="table">One long table.</param>
    public static string TablePath(string path, ExportTable table)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ExportTables.SiblingPath(path, table);
    }

    /// <summary>These options writing long tables beside <paramref name="path"/>, unless they say where already.</summary>
    internal ExportOptions ForFile(string path) =>
        (Tables & ~ExportTable.Citations) == ExportTable.None || TableStream is not null
            ? this
            : this with { TableStream = table => new FileStream(TablePath(path, table), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16) };
}
