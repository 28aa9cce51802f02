namespace Medline.Parser.Export;

/// <summary>
/// The frame BibTeX and BibLaTeX share: a batch writes each entry on the preparing thread, leaving out only its key;
/// appending gives the keys in output order (they depend on every entry before) and copies the bytes around them.
/// </summary>
internal abstract class BibExporter : CitationExporter
{
    private readonly BibKeys _keys = new();

    private protected BibExporter(Stream output, bool leaveOpen)
        : base(output, leaveOpen)
    {
    }

    /// <summary>The entry type of <paramref name="item"/> in this format, from <see cref="ExportTypes"/>.</summary>
    private protected abstract string EntryType(BibliographicItem item);

    /// <summary>Writes the fields of <paramref name="item"/>, each as <c>,\n  name = {value}</c>.</summary>
    private protected abstract void WriteFields(BibliographicItem item, Utf8Buffer text);

    /// <summary>
    /// The fields both dialects open an entry with: author, editor, title, and a chapter's book as booktitle.
    /// </summary>
    /// <returns>Whether a booktitle was the container (a chapter); otherwise the dialect writes its journal fields.</returns>
    private protected static bool WriteNamesAndTitles(BibliographicItem item, Utf8Buffer text)
    {
        BibText.NamesField(text, "author"u8, item.Authors);
        BibText.NamesField(text, "editor"u8, item.Editors);
        BibText.TitleField(text, "title"u8, item.Title);
        if (item.Kind != ItemKind.Chapter)
        {
            return false;
        }

        BibText.TitleField(text, "booktitle"u8, item.ContainerTitle);
        return true;
    }

    private protected override ExportBatch PrepareCore(IReadOnlyList<MedlineCitation> citations)
    {
        var batch = new BibBatch(citations.Count);
        for (var i = 0; i < citations.Count; i++)
        {
            var item = BibliographicItem.From(citations[i]);
            var text = batch.Text;
            text.Append('@');
            text.Append(EntryType(item));
            text.Append('{');
            batch.KeyAt[i] = text.Length;
            batch.NaturalKeys[i] = BibKeys.NaturalKey(item);
            WriteFields(item, text);
            if (text.Length == batch.KeyAt[i])
            {
                // An entry with no field still needs the comma after its key (pandoc and biber require it).
                text.Append(',');
            }

            text.Append("\n}\n\n"u8);
            batch.EndAt[i] = text.Length;
        }

        return batch;
    }

    private protected override void AppendCore(ExportBatch batch)
    {
        var bib = (BibBatch)batch;
        var bytes = bib.Text.WrittenSpan;
        Span<byte> key = stackalloc byte[256];
        var start = 0;
        for (var i = 0; i < bib.Count; i++)
        {
            Output.Write(bytes[start..bib.KeyAt[i]]);
            var assigned = _keys.Assign(bib.NaturalKeys[i]);
            // Keys are ASCII letters and digits, so one byte per char.
            var length = System.Text.Encoding.ASCII.GetBytes(assigned, key);
            Output.Write(key[..length]);
            Output.Write(bytes[bib.KeyAt[i]..bib.EndAt[i]]);
            start = bib.EndAt[i];
        }
    }

    private protected override void CompleteCore()
    {
    }

    private sealed class BibBatch(int count) : ExportBatch
    {
        public Utf8Buffer Text { get; } = new(count * 1536);

        public int[] KeyAt { get; } = new int[count];

        public int[] EndAt { get; } = new int[count];

        public string[] NaturalKeys { get; } = new string[count];

        public override int Count { get; } = count;

        protected override void Dispose(bool disposing)
        {
            Text.Dispose();
            base.Dispose(disposing);
        }
    }
}
