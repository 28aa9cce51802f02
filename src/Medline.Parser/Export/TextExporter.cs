namespace Medline.Parser.Export;

/// <summary>
/// The frame of a text format: each batch's items are written as UTF-8 on the preparing thread; appending copies the
/// bytes, with <see cref="Separator"/> between items, <see cref="WriteHeader"/> before the first and
/// <see cref="WriteTrailer"/> after the last. A format writes one item in <see cref="WriteItem"/>.
/// </summary>
internal abstract class TextExporter : CitationExporter
{
    private bool _started;

    private protected TextExporter(Stream output, bool leaveOpen)
        : base(output, leaveOpen)
    {
    }

    /// <summary>What goes between two items (a JSON array's comma); empty by default.</summary>
    private protected virtual ReadOnlySpan<byte> Separator => [];

    /// <summary>Writes one item (with its own line ends).</summary>
    private protected abstract void WriteItem(BibliographicItem item, Utf8Buffer text);

    /// <summary>What comes before the first item, even when there is none (<c>[</c>).</summary>
    private protected virtual void WriteHeader(Utf8Buffer text)
    {
    }

    /// <summary>What comes after the last item, even when there is none (<c>]</c>).</summary>
    private protected virtual void WriteTrailer(Utf8Buffer text)
    {
    }

    private protected override ExportBatch PrepareCore(IReadOnlyList<MedlineCitation> citations)
    {
        var batch = new TextBatch(citations.Count);
        for (var i = 0; i < citations.Count; i++)
        {
            if (i > 0)
            {
                batch.Text.Append(Separator);
            }

            WriteItem(BibliographicItem.From(citations[i]), batch.Text);
        }

        return batch;
    }

    private protected override void AppendCore(ExportBatch batch)
    {
        var text = ((TextBatch)batch).Text;
        if (!_started)
        {
            WriteStart();
        }
        else if (batch.Count > 0 && Count > 0)
        {
            Output.Write(Separator);
        }

        Output.Write(text.WrittenSpan);
    }

    private protected override void CompleteCore()
    {
        if (!_started)
        {
            WriteStart();
        }

        using var trailer = new Utf8Buffer(256);
        WriteTrailer(trailer);
        Output.Write(trailer.WrittenSpan);
    }

    private void WriteStart()
    {
        using var header = new Utf8Buffer(256);
        WriteHeader(header);
        Output.Write(header.WrittenSpan);
        _started = true;
    }

    private sealed class TextBatch(int count) : ExportBatch
    {
        public Utf8Buffer Text { get; } = new(count * 1024);

        public override int Count { get; } = count;

        protected override void Dispose(bool disposing)
        {
            Text.Dispose();
            base.Dispose(disposing);
        }
    }
}
