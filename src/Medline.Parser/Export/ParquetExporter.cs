using Medline.Parser.Export.Tables;
using Parquet;
using Parquet.Schema;

namespace Medline.Parser.Export;

/// <summary>
/// Apache Parquet: the tables of <see cref="ExportTables"/> with typed columns, the citations table to the exporter's
/// stream and each long table to its own (<see cref="ExportOptions.TableStream"/>). A batch becomes one row group of
/// each table; batches smaller than <see cref="OwnRowGroupCitations"/> are gathered until
/// <see cref="GatheredRowGroupCitations"/> citations (and at <see cref="CitationExporter.Complete"/>), so memory holds
/// one row group per table. The streams need not be seekable.
/// </summary>
internal sealed class ParquetExporter : CitationExporter
{
    /// <summary>A batch of this many citations is a row group of its own (the CLI's 64 KiB chunks hold about a dozen: they are gathered).</summary>
    internal const int OwnRowGroupCitations = 100;

    /// <summary>
    /// Smaller batches (the CLI's chunks, one citation at a time from <see cref="CitationExporter.Write"/>) are gathered
    /// to this many: the gathered rows are held in memory until written (docs/performance.md: peak 107 MB at 1,000 on
    /// 1 GiB, 87 MB at 500).
    /// </summary>
    internal const int GatheredRowGroupCitations = 500;

    private readonly ParquetTable[] _tables;
    private ParquetBatch? _gathered;

    public ParquetExporter(Stream output, ExportOptions options, bool leaveOpen)
        : base(output, leaveOpen)
    {
        ArgumentNullException.ThrowIfNull(options);
        var definitions = ExportTables.Selected(options.Tables);
        _tables = new ParquetTable[definitions.Count];
        try
        {
            for (var i = 0; i < definitions.Count; i++)
            {
                var definition = definitions[i];
                _tables[i] = definition.Table == ExportTable.Citations
                    ? definition.Accept(new TableFactory(output, ownsStream: false))
                    : definition.Accept(new TableFactory(ExportTables.OpenStream(options, definition.Table), ownsStream: !leaveOpen));
            }
        }
        catch
        {
            DisposeTables();
            throw;
        }
    }

    public override ExportFormat Format => ExportFormat.Parquet;

    private protected override ExportBatch PrepareCore(IReadOnlyList<MedlineCitation> citations)
    {
        var items = new BibliographicItem[citations.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = BibliographicItem.From(citations[i]);
        }

        var batch = new ParquetBatch(items.Length, new ParquetRows[_tables.Length]);
        try
        {
            for (var t = 0; t < _tables.Length; t++)
            {
                batch.Tables[t] = _tables[t].Prepare(items);
            }
        }
        catch
        {
            batch.Dispose();
            throw;
        }

        return batch;
    }

    private protected override void AppendCore(ExportBatch batch)
    {
        var parquet = (ParquetBatch)batch;
        if (parquet.Count >= OwnRowGroupCitations)
        {
            WriteGathered();
            WriteRowGroups(parquet);
            return;
        }

        if (_gathered is null)
        {
            _gathered = new ParquetBatch(0, new ParquetRows[_tables.Length]);
            for (var t = 0; t < _tables.Length; t++)
            {
                _gathered.Tables[t] = _tables[t].Prepare([]);
            }
        }

        _gathered.Add(parquet);
        if (_gathered.Count >= GatheredRowGroupCitations)
        {
            WriteGathered();
        }
    }

    private protected override void CompleteCore()
    {
        WriteGathered();
        foreach (var table in _tables)
        {
            table.Complete();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gathered?.Dispose();
            _gathered = null;
            DisposeTables();
        }

        base.Dispose(disposing);
    }

    private void WriteGathered()
    {
        if (_gathered is { Count: > 0 })
        {
            WriteRowGroups(_gathered);
            _gathered.Clear();
        }
    }

    private void WriteRowGroups(ParquetBatch batch)
    {
        for (var t = 0; t < _tables.Length; t++)
        {
            _tables[t].WriteRowGroup(batch.Tables[t]);
        }
    }

    private void DisposeTables()
    {
        foreach (var table in _tables)
        {
            table?.Dispose();
        }
    }

    /// <summary>The rows of each table for some citations, as columns.</summary>
    private sealed class ParquetBatch(int count, ParquetRows[] tables) : ExportBatch
    {
        private int _count = count;

        public override int Count => _count;

        public ParquetRows[] Tables { get; } = tables;

        public void Add(ParquetBatch other)
        {
            for (var t = 0; t < Tables.Length; t++)
            {
                Tables[t].AddFrom(other.Tables[t]);
            }

            _count += other.Count;
        }

        public void Clear()
        {
            foreach (var rows in Tables)
            {
                rows.Clear();
            }

            _count = 0;
        }

        protected override void Dispose(bool disposing)
        {
            foreach (var rows in Tables)
            {
                rows?.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private sealed class TableFactory(Stream stream, bool ownsStream) : ITableVisitor<ParquetTable>
    {
        public ParquetTable Visit<TRow>(TableDefinition<TRow> table) => new ParquetTable<TRow>(table, stream, ownsStream);
    }
}

/// <summary>Some rows of one table, column by column.</summary>
internal sealed class ParquetRows(ParquetColumn[] columns) : IDisposable
{
    public ParquetColumn[] Columns { get; } = columns;

    public int Count { get; set; }

    public void AddFrom(ParquetRows other)
    {
        for (var c = 0; c < Columns.Length; c++)
        {
            Columns[c].AddFrom(other.Columns[c]);
        }

        Count += other.Count;
    }

    public void Clear()
    {
        foreach (var column in Columns)
        {
            column.Clear();
        }

        Count = 0;
    }

    public void Dispose()
    {
        foreach (var column in Columns)
        {
            column.Dispose();
        }
    }
}

/// <summary>One table's Parquet file: its schema, writer and stream.</summary>
internal abstract class ParquetTable : IDisposable
{
    public abstract ParquetRows Prepare(ReadOnlySpan<BibliographicItem> items);

    public abstract void WriteRowGroup(ParquetRows rows);

    /// <summary>Writes the footer (the schema and where each row group is).</summary>
    public abstract void Complete();

    public abstract void Dispose();
}

internal sealed class ParquetTable<TRow> : ParquetTable
{
    private readonly TableDefinition<TRow> _definition;
    private readonly DataField[] _leaves;
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private ParquetWriter? _writer;

    public ParquetTable(TableDefinition<TRow> definition, Stream stream, bool ownsStream)
    {
        _definition = definition;
        _stream = stream;
        _ownsStream = ownsStream;
        var fields = new Field[definition.Columns.Count];
        for (var c = 0; c < fields.Length; c++)
        {
            fields[c] = ParquetColumn.FieldOf(definition.Columns[c]);
        }

        var schema = new ParquetSchema(fields);
        _leaves = schema.GetDataFields();

        // Parquet.Net writes through its async API; the exporter is synchronous and runs on no synchronization context.
        _writer = ParquetWriter.CreateAsync(schema, stream, CreateOptions()).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Parquet.Net's defaults, but: a column whose first values are mostly distinct (titles, abstracts) skips the
    /// dictionary without hashing every value, and its stream pools keep little once a row group is written.
    /// </summary>
    private static ParquetOptions CreateOptions() => new()
    {
        DictionaryEncodingSampleSize = 256,
        MaximumSmallPoolFreeBytes = 2 << 20,
        MaximumLargePoolFreeBytes = 8 << 20,
    };

    public override ParquetRows Prepare(ReadOnlySpan<BibliographicItem> items)
    {
        var rows = new List<TRow>(items.Length);
        foreach (var item in items)
        {
            _definition.AddRows(item, rows);
        }

        var columns = _definition.TypedColumns;
        var buffers = new ParquetColumn<TRow>[columns.Count];
        var result = new ParquetRows(buffers) { Count = rows.Count };
        for (var c = 0; c < buffers.Length; c++)
        {
            var buffer = ParquetColumn.For(columns[c], rows.Count);
            buffers[c] = buffer;
            foreach (var row in rows)
            {
                buffer.Add(row);
            }
        }

        return result;
    }

    public override void WriteRowGroup(ParquetRows rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var writer = _writer ?? throw new ObjectDisposedException(nameof(ParquetTable));
        using var rowGroup = writer.CreateRowGroup();
        for (var c = 0; c < _leaves.Length; c++)
        {
            rows.Columns[c].WriteAsync(rowGroup, _leaves[c]).GetAwaiter().GetResult();
        }

        rowGroup.CompleteValidate();
    }

    public override void Complete()
    {
        if (_writer is { } writer)
        {
            _writer = null;
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _stream.Flush();
        }
    }

    public override void Dispose()
    {
        // Without Complete the file has no footer: a reader refuses it rather than taking it for the whole output.
        _writer = null;
        if (_ownsStream)
        {
            _stream.Dispose();
        }
    }
}
