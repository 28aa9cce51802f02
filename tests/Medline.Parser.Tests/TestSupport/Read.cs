namespace Medline.Parser.Tests.TestSupport;

internal static class Read
{
    public static List<MedlineRecord> All(string text, MedlineReaderOptions? options = null)
    {
        using var reader = MedlineReader.FromText(text, options);
        return [.. reader.ReadRecords()];
    }

    public static MedlineRecord Single(string text, MedlineReaderOptions? options = null)
    {
        var records = All(text, options);
        records.Should().HaveCount(1);
        return records[0];
    }

    /// <summary>(tag, value) pairs of a record's tagged fields.</summary>
    public static List<(string Tag, string Value)> Pairs(MedlineRecord record) =>
        [.. record.Fields.Select(f => (f.Tag, f.Value))];

    /// <summary>The records of every chunk, in order (each chunk's reader read while the chunk is held).</summary>
    public static List<MedlineRecord> Chunked(MedlineChunkReader chunks)
    {
        var records = new List<MedlineRecord>();
        foreach (var chunk in chunks.ReadChunks())
        {
            using var reader = chunk.CreateReader();
            records.AddRange(reader.ReadRecords());
        }

        return records;
    }

    /// <summary>(tag, value, position) of every field of the records.</summary>
    public static List<(string Tag, string Value, SourcePosition Position)> Fields(IEnumerable<MedlineRecord> records) =>
        [.. records.SelectMany(r => r.Fields).Select(f => (f.Tag, f.Value, f.Position))];

    /// <summary>Reassembles the input from the records' trivia and raw text.</summary>
    public static string Reassemble(IEnumerable<MedlineRecord> records, string trailing) =>
        string.Concat(records.Select(r => r.LeadingTrivia + r.RawText)) + trailing;
}

/// <summary>A TextReader that hands out at most a fixed number of chars per call, to split lines and CRLF pairs across refills.</summary>
internal sealed class ChunkedReader(string text, Func<int> chunk) : TextReader
{
    private int _pos;

    public override int Read(Span<char> buffer)
    {
        if (_pos >= text.Length || buffer.IsEmpty)
        {
            return 0;
        }

        var n = Math.Min(Math.Min(chunk(), buffer.Length), text.Length - _pos);
        n = Math.Max(n, 1);
        text.AsSpan(_pos, n).CopyTo(buffer);
        _pos += n;
        return n;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Peek() => _pos < text.Length ? text[_pos] : -1;

    public override int Read() => _pos < text.Length ? text[_pos++] : -1;
}
