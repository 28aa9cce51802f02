namespace Medline.Parser.Export.Tables;

/// <summary>Every table of the table formats, in the order they are listed and written.</summary>
internal static class ExportTables
{
    public static IReadOnlyList<TableDefinition> All { get; } =
        [CitationsTable.Definition, LongTables.Authors, LongTables.Mesh, LongTables.Grants, LongTables.Links];

    /// <summary>The tables <paramref name="tables"/> selects, citations always first.</summary>
    public static List<TableDefinition> Selected(ExportTable tables)
    {
        var selected = new List<TableDefinition>(All.Count);
        foreach (var table in All)
        {
            if (table.Table == ExportTable.Citations || tables.HasFlag(table.Table))
            {
                selected.Add(table);
            }
        }

        return selected;
    }

    /// <summary>The file of a long table beside the citations file: <c>out.csv</c> gives <c>out.authors.csv</c>.</summary>
    public static string SiblingPath(string path, ExportTable table)
    {
        var extension = Path.GetExtension(path);
        return string.Concat(path.AsSpan(0, path.Length - extension.Length), ".", Get(table).Name, extension);
    }

    public static TableDefinition Get(ExportTable table)
    {
        foreach (var definition in All)
        {
            if (definition.Table == table)
            {
                return definition;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(table), table, "not one table");
    }

    /// <summary>Opens the stream of a long table through <see cref="ExportOptions.TableStream"/>.</summary>
    public static Stream OpenStream(ExportOptions options, ExportTable table) =>
        options.TableStream is { } open
            ? open(table) ?? throw new InvalidOperationException($"ExportOptions.TableStream gave no stream for the {Get(table).Name} table")
            : throw new ArgumentException(
                $"ExportOptions.Tables selects the {Get(table).Name} table but ExportOptions.TableStream is null: give it a stream for each long table, or write with CitationExporter.ToFile",
                nameof(options));
}
