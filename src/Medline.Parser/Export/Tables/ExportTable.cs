namespace Medline.Parser.Export;

/// <summary>
/// The tables a table format (<see cref="ExportFormat.Csv"/>, <see cref="ExportFormat.Parquet"/>) writes: one row per
/// citation, and long tables keyed by PMID so that bibliometric counts are a group-by.
/// </summary>
[Flags]
public enum ExportTable
{
    /// <summary>No table.</summary>
    None = 0,

    /// <summary>One row per citation (written to the exporter's own stream).</summary>
    Citations = 1,

    /// <summary>One row per author and affiliation, in byline order (an author without affiliation has one row).</summary>
    Authors = 2,

    /// <summary>One row per MeSH descriptor and one per qualifier, each with its major-topic flag.</summary>
    Mesh = 4,

    /// <summary>One row per grant.</summary>
    Grants = 8,

    /// <summary>One row per comment/correction link (retractions, errata, comments, updates…).</summary>
    Links = 16,
}
