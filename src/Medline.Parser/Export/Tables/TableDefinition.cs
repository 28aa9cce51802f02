namespace Medline.Parser.Export.Tables;

/// <summary>
/// A table of the table formats, independent of any format: its name, its columns and how a citation becomes rows.
/// A writer handles every table through <see cref="Accept{TResult}"/>, which hands it the typed definition.
/// </summary>
internal abstract class TableDefinition(ExportTable table, string name, string description)
{
    /// <summary>Which table this is.</summary>
    public ExportTable Table { get; } = table;

    /// <summary>The table's name (<c>authors</c>): the file name's infix (<c>out.authors.csv</c>).</summary>
    public string Name { get; } = name;

    /// <summary>What a row is, one line.</summary>
    public string Description { get; } = description;

    /// <summary>The columns, in order.</summary>
    public abstract IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Calls <paramref name="visitor"/> with the typed definition.</summary>
    public abstract TResult Accept<TResult>(ITableVisitor<TResult> visitor);
}

/// <summary>What a writer does with a typed table definition (makes its writer for that row type).</summary>
internal interface ITableVisitor<out TResult>
{
    public TResult Visit<TRow>(TableDefinition<TRow> table);
}

/// <summary>A table whose rows are <typeparamref name="TRow"/>.</summary>
internal sealed class TableDefinition<TRow>(
    ExportTable table, string name, string description, TableColumn<TRow>[] columns, Action<BibliographicItem, List<TRow>> addRows)
    : TableDefinition(table, name, description)
{
    /// <summary>The typed columns, in order.</summary>
    public IReadOnlyList<TableColumn<TRow>> TypedColumns { get; } = columns;

    public override IReadOnlyList<TableColumn> Columns => TypedColumns;

    /// <summary>Adds the rows of one citation to a list (cleared by the caller, reused across citations).</summary>
    public void AddRows(BibliographicItem item, List<TRow> rows) => addRows(item, rows);

    public override TResult Accept<TResult>(ITableVisitor<TResult> visitor) => visitor.Visit(this);
}
