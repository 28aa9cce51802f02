using System.Buffers;
using System.Runtime.CompilerServices;
using Medline.Parser.Export.Tables;
using Parquet;
using Parquet.Schema;

namespace Medline.Parser.Export;

/// <summary>A growable array over the shared pool: one column's values (or levels) of one row group.</summary>
internal sealed class ParquetBuffer<T> : IDisposable
{
    private T[] _items;

    public ParquetBuffer(int capacity) => _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    public ReadOnlyMemory<T> Memory => _items.AsMemory(0, Count);

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Grow(Count + 1);
        }

        _items[Count++] = item;
    }

    public void AddRange(ReadOnlySpan<T> items)
    {
        if (Count + items.Length > _items.Length)
        {
            Grow(Count + items.Length);
        }

        items.CopyTo(_items.AsSpan(Count));
        Count += items.Length;
    }

    /// <summary>Forgets the values, keeping the array for the next row group.</summary>
    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            _items.AsSpan(0, Count).Clear();
        }

        Count = 0;
    }

    public void Dispose()
    {
        ArrayPool<T>.Shared.Return(_items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        _items = [];
        Count = 0;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(needed, _items.Length * 2));
        _items.AsSpan(0, Count).CopyTo(larger);
        ArrayPool<T>.Shared.Return(_items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        _items = larger;
    }
}

/// <summary>
/// One column of a table, in Parquet: its schema field (from the column's logical type) and the values of some rows,
/// filled on the preparing thread and written as one column chunk of a row group.
/// </summary>
internal abstract class ParquetColumn : IDisposable
{
    /// <summary>The schema field of a column: nullable where the value may be missing, lists as LIST of required strings.</summary>
    public static Field FieldOf(TableColumn column) => column.Type switch
    {
        ColumnType.Text => new DataField<string>(column.Name, nullable: true),
        ColumnType.Integer => new DataField<int?>(column.Name),
        ColumnType.Boolean => new DataField<bool>(column.Name),
        ColumnType.Date => new DataField<DateOnly?>(column.Name),
        ColumnType.TextList => new ListField(column.Name, new DataField<string>(ListField.ElementName, nullable: false)),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "no Parquet type for this column type"),
    };

    /// <summary>An empty column of rows of <typeparamref name="TRow"/> for <paramref name="column"/>.</summary>
    public static ParquetColumn<TRow> For<TRow>(TableColumn<TRow> column, int capacity) => column.Type switch
    {
        ColumnType.Text => new TextColumn<TRow>(column.Text!, capacity),
        ColumnType.Integer => new ValueColumn<TRow, int>(column.Integer!, capacity),
        ColumnType.Boolean => new BooleanColumn<TRow>(column.Boolean!, capacity),
        ColumnType.Date => new ValueColumn<TRow, DateOnly>(column.Date!, capacity),
        ColumnType.TextList => new ListColumn<TRow>(column.List!, capacity),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "no Parquet type for this column type"),
    };

    /// <summary>Adds the values of another column of the same kind (small batches gathered into one row group).</summary>
    public abstract void AddFrom(ParquetColumn other);

    /// <summary>Writes the values as the next column chunk of <paramref name="rowGroup"/>.</summary>
    /// <param name="rowGroup">The row group being written.</param>
    /// <param name="field">The column's leaf field in the file's schema.</param>
    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup, DataField field);

    public abstract void Clear();

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}

/// <summary>A column reading its values from rows of <typeparamref name="TRow"/>.</summary>
internal abstract class ParquetColumn<TRow> : ParquetColumn
{
    public abstract void Add(TRow row);
}

internal sealed class TextColumn<TRow>(Func<TRow, string?> getter, int capacity) : ParquetColumn<TRow>
{
    private readonly ParquetBuffer<ReadOnlyMemory<char>?> _values = new(capacity);

    // Typed null: a bare null would convert through char[] to an empty ReadOnlyMemory, writing "" for a missing value.
    public override void Add(TRow row) => _values.Add(getter(row) is { } text ? text.AsMemory() : (ReadOnlyMemory<char>?)null);

    public override void AddFrom(ParquetColumn other) => _values.AddRange(((TextColumn<TRow>)other)._values.Memory.Span);

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, DataField field) => rowGroup.WriteAsync(field, _values.Memory);

    public override void Clear() => _values.Clear();

    protected override void Dispose(bool disposing) => _values.Dispose();
}

internal sealed class ValueColumn<TRow, T>(Func<TRow, T?> getter, int capacity) : ParquetColumn<TRow>
    where T : struct
{
    private readonly ParquetBuffer<T?> _values = new(capacity);

    public override void Add(TRow row) => _values.Add(getter(row));

    public override void AddFrom(ParquetColumn other) => _values.AddRange(((ValueColumn<TRow, T>)other)._values.Memory.Span);

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, DataField field) => rowGroup.WriteAsync(field, _values.Memory);

    public override void Clear() => _values.Clear();

    protected override void Dispose(bool disposing) => _values.Dispose();
}

internal sealed class BooleanColumn<TRow>(Func<TRow, bool> getter, int capacity) : ParquetColumn<TRow>
{
    private readonly ParquetBuffer<bool> _values = new(capacity);

    public override void Add(TRow row) => _values.Add(getter(row));

    public override void AddFrom(ParquetColumn other) => _values.AddRange(((BooleanColumn<TRow>)other)._values.Memory.Span);

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, DataField field) => rowGroup.WriteAsync(field, _values.Memory);

    public override void Clear() => _values.Clear();

    protected override void Dispose(bool disposing) => _values.Dispose();
}

/// <summary>
/// A list of strings, in Parquet's three-level LIST: the strings of every row one after another, a repetition level
/// per slot (0 starts a row) and a definition level per slot (an empty list is one slot saying "list, no element").
/// </summary>
internal sealed class ListColumn<TRow>(Func<TRow, IReadOnlyList<string>> getter, int capacity) : ParquetColumn<TRow>
{
    // The list is optional (level 1), its repeated group adds 1, the element is required: 2 is an element, 1 an empty list.
    private const int EmptyList = 1;
    private const int Element = 2;

    private readonly ParquetBuffer<ReadOnlyMemory<char>> _values = new(capacity);
    private readonly ParquetBuffer<int> _definitions = new(capacity);
    private readonly ParquetBuffer<int> _repetitions = new(capacity);

    public override void Add(TRow row)
    {
        var list = getter(row);
        if (list.Count == 0)
        {
            _definitions.Add(EmptyList);
            _repetitions.Add(0);
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            _values.Add(list[i].AsMemory());
            _definitions.Add(Element);
            _repetitions.Add(i == 0 ? 0 : 1);
        }
    }

    public override void AddFrom(ParquetColumn other)
    {
        var list = (ListColumn<TRow>)other;
        _values.AddRange(list._values.Memory.Span);
        _definitions.AddRange(list._definitions.Memory.Span);
        _repetitions.AddRange(list._repetitions.Memory.Span);
    }

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, DataField field)
    {
        if (field.MaxDefinitionLevel != Element || field.MaxRepetitionLevel != 1)
        {
            throw new InvalidOperationException($"list column {field.Name} has levels {field.MaxDefinitionLevel}/{field.MaxRepetitionLevel}, not {Element}/1");
        }

        return rowGroup.WriteAllPartsAsync(field, _values.Memory, _definitions.Memory, _repetitions.Memory, CancellationToken.None);
    }

    public override void Clear()
    {
        _values.Clear();
        _definitions.Clear();
        _repetitions.Clear();
    }

    protected override void Dispose(bool disposing)
    {
        _values.Dispose();
        _definitions.Dispose();
        _repetitions.Dispose();
    }
}
