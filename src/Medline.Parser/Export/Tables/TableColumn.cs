namespace Medline.Parser.Export.Tables;

/// <summary>The logical type of a table column, which each table format maps to its own (CSV text, Parquet types).</summary>
internal enum ColumnType
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A 32-bit integer.</summary>
    Integer,

    /// <summary>true or false; never missing.</summary>
    Boolean,

    /// <summary>A full calendar date (<see cref="DateOnly"/>).</summary>
    Date,

    /// <summary>A list of strings (empty, never missing).</summary>
    TextList,
}

/// <summary>A column of a table: its name, logical type and a line saying what it holds (for docs/exports.md).</summary>
internal abstract class TableColumn(string name, ColumnType type, string description)
{
    /// <summary>The column's name, snake_case.</summary>
    public string Name { get; } = name;

    /// <summary>The logical type; the one getter of that type is set.</summary>
    public ColumnType Type { get; } = type;

    /// <summary>What the column holds, one line.</summary>
    public string Description { get; } = description;
}

/// <summary>A column of rows of type <typeparamref name="TRow"/>, with the getter of its <see cref="TableColumn.Type"/>.</summary>
internal sealed class TableColumn<TRow> : TableColumn
{
    private TableColumn(string name, ColumnType type, string description)
        : base(name, type, description)
    {
    }

    public Func<TRow, string?>? Text { get; private init; }

    public Func<TRow, int?>? Integer { get; private init; }

    public Func<TRow, bool>? Boolean { get; private init; }

    public Func<TRow, DateOnly?>? Date { get; private init; }

    public Func<TRow, IReadOnlyList<string>>? List { get; private init; }

    public static TableColumn<TRow> ForText(string name, string description, Func<TRow, string?> getter) =>
        new(name, ColumnType.Text, description) { Text = getter };

    public static TableColumn<TRow> ForInteger(string name, string description, Func<TRow, int?> getter) =>
        new(name, ColumnType.Integer, description) { Integer = getter };

    public static TableColumn<TRow> ForBoolean(string name, string description, Func<TRow, bool> getter) =>
        new(name, ColumnType.Boolean, description) { Boolean = getter };

    public static TableColumn<TRow> ForDate(string name, string description, Func<TRow, DateOnly?> getter) =>
        new(name, ColumnType.Date, description) { Date = getter };

    public static TableColumn<TRow> ForList(string name, string description, Func<TRow, IReadOnlyList<string>> getter) =>
        new(name, ColumnType.TextList, description) { List = getter };
}
