using System.Buffers;
using System.Globalization;
using Medline.Parser.Export.Tables;
using nietras.SeparatedValues;

namespace Medline.Parser.Export;

/// <summary>
/// CSV (RFC 4180): UTF-8 without byte order mark, CRLF line ends, a header row, fields quoted by Sep only when they
/// hold a comma, a quote or a line break. The citations table goes to the exporter's stream, each long table
/// selected in <see cref="ExportOptions.Tables"/> to its own stream. A batch's rows are written on the preparing
/// thread into one buffer per table; appending copies them.
/// </summary>
internal sealed class CsvExporter : CitationExporter
{
    private readonly TableDefinition[] _tables;
    private readonly Stream[] _streams;
    private bool _started;

    public CsvExporter(Stream output, ExportOptions options, bool leaveOpen)
        : base(output, leaveOpen)
    {
        _tables = [.. ExportTables.Selected(options.Tables)];
        _streams = new Stream[_tables.Length];
        _streams[0] = output;
        try
        {
            for (var i = 1; i < _tables.Length; i++)
            {
                _streams[i] = ExportTables.OpenStream(options, _tables[i].Table);
            }
        }
        catch
        {
            DisposeTableStreams();
            throw;
        }
    }

    public override ExportFormat Format => ExportFormat.Csv;

    /// <summary>The separator between the items of a list column.</summary>
    internal const string ListSeparator = "; ";

    /// <summary>
    /// Joins a list column's items with <see cref="ListSeparator"/>. A space after a <c>;</c> inside an item is written
    /// as a no-break space (U+00A0), so that splitting the field on <c>"; "</c> always gives the items back.
    /// </summary>
    internal static int JoinList(IReadOnlyList<string> items, ref char[] scratch)
    {
        var length = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            Ensure(ref scratch, length + item.Length + ListSeparator.Length);
            if (i > 0)
            {
                ListSeparator.CopyTo(scratch.AsSpan(length));
                length += ListSeparator.Length;
            }

            for (var c = 0; c < item.Length; c++)
            {
                scratch[length++] = item[c] == ' ' && c > 0 && item[c - 1] == ';' ? '\u00A0' : item[c];
            }
        }

        return length;
    }

    private static void Ensure(ref char[] scratch, int length)
    {
        if (length > scratch.Length)
        {
            var grown = ArrayPool<char>.Shared.Rent(Math.Max(length, scratch.Length * 2));
            scratch.CopyTo(grown, 0);
            ArrayPool<char>.Shared.Return(scratch);
            scratch = grown;
        }
    }

    private static SepWriter NewSepWriter(CsvUtf8Writer text, bool header) =>
        Sep.New(',').Writer(o => o with { Escape = true, WriteHeader = header, CultureInfo = CultureInfo.InvariantCulture }).To(text, leaveOpen: true);

    private protected override ExportBatch PrepareCore(IReadOnlyList<MedlineCitation> citations)
    {
        var batch = new CsvBatch(citations.Count, _tables.Length);
        try
        {
            var parts = batch.Parts;
            for (var t = 0; t < _tables.Length; t++)
            {
                parts[t] = _tables[t].Accept(default(PartFactory));
            }

            foreach (var citation in citations)
            {
                var item = BibliographicItem.From(citation);
                foreach (var part in parts)
                {
                    part.Add(item);
                }
            }

            foreach (var part in parts)
            {
                part.Finish();
            }

            return batch;
        }
        catch
        {
            batch.Dispose();
            throw;
        }
    }

    private protected override void AppendCore(ExportBatch batch)
    {
        WriteHeadersOnce();
        var parts = ((CsvBatch)batch).Parts;
        for (var t = 0; t < _streams.Length; t++)
        {
            _streams[t].Write(parts[t].Text.WrittenSpan);
        }
    }

    private protected override void CompleteCore()
    {
        WriteHeadersOnce();
        for (var t = 1; t < _streams.Length; t++)
        {
            _streams[t].Flush();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !LeaveOpen)
        {
            DisposeTableStreams();
        }

        base.Dispose(disposing);
    }

    private void DisposeTableStreams()
    {
        for (var t = 1; t < _streams.Length; t++)
        {
            _streams[t]?.Dispose();
        }
    }

    private void WriteHeadersOnce()
    {
        if (_started)
        {
            return;
        }

        for (var t = 0; t < _tables.Length; t++)
        {
            using var buffer = new Utf8Buffer(1024);
            using (var text = new CsvUtf8Writer(buffer))
            {
                using var sep = NewSepWriter(text, header: true);
                foreach (var column in _tables[t].Columns)
                {
                    sep.Header.Add(column.Name);
                }

                sep.Header.Write();
                text.Flush();
            }

            _streams[t].Write(buffer.WrittenSpan);
        }

        _started = true;
    }

    /// <summary>One table's rows of one batch, as CSV text.</summary>
    private abstract class Part : IDisposable
    {
        public Utf8Buffer Text { get; } = new(16 * 1024);

        public abstract void Add(BibliographicItem item);

        public abstract void Finish();

        public virtual void Dispose() => Text.Dispose();
    }

    private sealed class Part<TRow> : Part
    {
        private readonly TableColumn<TRow>[] _columns;
        private readonly TableDefinition<TRow> _table;
        private readonly List<TRow> _rows = [];
        private readonly CsvUtf8Writer _text;
        private readonly SepWriter _sep;
        private char[] _scratch = ArrayPool<char>.Shared.Rent(256);

        public Part(TableDefinition<TRow> table)
        {
            _table = table;
            _columns = [.. table.TypedColumns];
            _text = new CsvUtf8Writer(Text);
            _sep = NewSepWriter(_text, header: false);
        }

        public override void Add(BibliographicItem item)
        {
            _rows.Clear();
            _table.AddRows(item, _rows);
            foreach (var row in _rows)
            {
                // Not `using`: a getter that throws must surface, not Sep's complaint about a row left half set.
                var line = _sep.NewRow();
                for (var c = 0; c < _columns.Length; c++)
                {
                    WriteValue(line[c], _columns[c], row);
                }

                line.Dispose();
            }
        }

        public override void Finish()
        {
            _sep.Flush();
            _text.Flush();
        }

        public override void Dispose()
        {
            _sep.Dispose();
            _text.Dispose();
            ArrayPool<char>.Shared.Return(_scratch);
            _scratch = [];
            base.Dispose();
        }

        private void WriteValue(SepWriter.Col col, TableColumn<TRow> column, TRow row)
        {
            // Null is an empty field: RFC 4180 has no null, and pandas and DuckDB read an empty field as missing.
            switch (column.Type)
            {
                case ColumnType.Text:
                    col.Set(column.Text!(row));
                    break;
                case ColumnType.Integer:
                    if (column.Integer!(row) is { } number)
                    {
                        col.Format(number);
                    }
                    else
                    {
                        col.Set(ReadOnlySpan<char>.Empty);
                    }

                    break;
                case ColumnType.Boolean:
                    col.Set(column.Boolean!(row) ? "true" : "false");
                    break;
                case ColumnType.Date:
                    if (column.Date!(row) is { } date)
                    {
                        col.Format(date, "yyyy-MM-dd");
                    }
                    else
                    {
                        col.Set(ReadOnlySpan<char>.Empty);
                    }

                    break;
                default:
                    var length = JoinList(column.List!(row), ref _scratch); // may grow _scratch: read it after
                    col.Set(_scratch.AsSpan(0, length));
                    break;
            }
        }
    }

    private readonly struct PartFactory : ITableVisitor<Part>
    {
        public Part Visit<TRow>(TableDefinition<TRow> table) => new Part<TRow>(table);
    }

    private sealed class CsvBatch(int count, int tables) : ExportBatch
    {
        public Part[] Parts { get; } = new Part[tables];

        public override int Count { get; } = count;

        protected override void Dispose(bool disposing)
        {
            foreach (var part in Parts)
            {
                part?.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
