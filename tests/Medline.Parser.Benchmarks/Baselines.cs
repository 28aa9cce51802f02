using System.Text;

namespace Medline.Parser.Benchmarks;

/// <summary>What every variant must agree on: records, fields, a hash of the tags in order, and value lengths.</summary>
/// <param name="Records">Records read.</param>
/// <param name="Fields">Fields read (malformed and orphan lines count as fields with an empty tag).</param>
/// <param name="TagHash">FNV-1a over the packed tag of every field, in order, with a record separator.</param>
/// <param name="ValueChars">Total UTF-16 length of all values, or -1 for a variant that makes no strings.</param>
public readonly record struct Checksum(long Records, long Fields, ulong TagHash, long ValueChars)
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Mix(ulong hash, uint value) => (hash ^ value) * Prime;

    public static uint PackTag(ReadOnlySpan<char> tag)
    {
        uint code = 0;
        foreach (var c in tag)
        {
            code = (code << 8) | (byte)c;
        }

        return code;
    }

    public static uint PackTag(ReadOnlySpan<byte> tag)
    {
        uint code = 0;
        foreach (var b in tag)
        {
            code = (code << 8) | b;
        }

        return code;
    }

    public bool AgreesWith(Checksum other) =>
        Records == other.Records && Fields == other.Fields && TagHash == other.TagHash
        && (ValueChars < 0 || other.ValueChars < 0 || ValueChars == other.ValueChars);

    public override string ToString() =>
        $"records={Records:N0} fields={Fields:N0} tagHash={TagHash:X16} valueChars={(ValueChars < 0 ? "n/a" : ValueChars.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))}";
}

/// <summary>The library reader, consumed the way the benchmarks consume it, plus the full checksum for Verify.</summary>
public static class LibraryReader
{
    public static Checksum Checksum(MedlineReader reader)
    {
        long records = 0, fields = 0, chars = 0;
        var hash = Benchmarks.Checksum.Seed;
        while (reader.TryRead(out var record))
        {
            records++;
            foreach (var f in record.Fields)
            {
                fields++;
                hash = Benchmarks.Checksum.Mix(hash, Benchmarks.Checksum.PackTag(f.Tag));
                chars += f.Value.Length;
            }

            hash = Benchmarks.Checksum.Mix(hash, 0xFFFF_FFFF);
        }

        return new Checksum(records, fields, hash, chars);
    }
}

/// <summary>
/// The naive reader most people write first: <c>TextReader.ReadLine</c> (one string per line), a
/// <see cref="StringBuilder"/> per value, a tag string per field. Same rules as the library for the common cases:
/// blank line ends a record (unless the next non-blank line continues the value), an indented line continues the
/// value, a second <c>PMID-</c> line in a record starts a new one, any other line is a field with an empty tag.
/// </summary>
public static class NaiveReader
{
    private static readonly char[] Layout = [' ', '\t'];

    public static Checksum Read(TextReader reader, bool checksum)
    {
        long records = 0, fields = 0, chars = 0;
        var hash = Checksum.Seed;
        var tags = new List<string>();
        var values = new List<string>();
        var value = new StringBuilder();
        string? tag = null;
        var blankPending = false;
        var hasPmid = false;

        void FlushField()
        {
            if (tag is null)
            {
                return;
            }

            tags.Add(tag);
            values.Add(value.ToString());
            value.Clear();
            tag = null;
        }

        void FlushRecord()
        {
            FlushField();
            if (tags.Count == 0)
            {
                return;
            }

            records++;
            fields += tags.Count;
            if (checksum)
            {
                for (var i = 0; i < tags.Count; i++)
                {
                    hash = Checksum.Mix(hash, Checksum.PackTag(tags[i]));
                    chars += values[i].Length;
                }

                hash = Checksum.Mix(hash, 0xFFFF_FFFF);
            }

            tags.Clear();
            values.Clear();
            hasPmid = false;
        }

        void Append(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (value.Length > 0)
            {
                value.Append(' ');
            }

            value.Append(text);
        }

        while (reader.ReadLine() is { } line)
        {
            if (line.AsSpan().IndexOfAnyExcept(' ', '\t') < 0)
            {
                blankPending = true;
                continue;
            }

            if (line[0] is ' ' or '\t')
            {
                blankPending = false;
                if (tag is null)
                {
                    tag = string.Empty; // an orphan continuation
                }

                Append(line.Trim(Layout));
                continue;
            }

            if (blankPending)
            {
                FlushRecord();
                blankPending = false;
            }

            var dash = line.IndexOf('-', StringComparison.Ordinal);
            var isTag = (dash == 4 && IsTag(line.AsSpan(0, 4).TrimEnd(' ')))
                || (dash == 5 && line[4] == ' ' && IsTag(line.AsSpan(0, 4)));
            if (isTag)
            {
                var name = line[..Math.Min(dash, 4)].TrimEnd(' ');
                if (name == "PMID")
                {
                    if (hasPmid)
                    {
                        FlushRecord();
                    }

                    hasPmid = true;
                }

                FlushField();
                tag = name;
                Append(line[(dash + 1)..].Trim(Layout));
            }
            else
            {
                FlushField();
                tag = string.Empty;
                Append(line.Trim(Layout));
            }
        }

        FlushRecord();
        return new Checksum(records, fields, hash, checksum ? chars : -1);
    }

    private static bool IsTag(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 4)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// The floor: a scan of the UTF-8 bytes with <c>IndexOf((byte)'\n')</c> per line that finds records, fields and tags
/// and makes no string at all. What a reader that only locates values costs.
/// </summary>
public static class Utf8Scan
{
    public static Checksum Read(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("\uFEFF"u8))
        {
            data = data[3..];
        }

        long records = 0, fields = 0;
        var hash = Checksum.Seed;
        var recordFields = 0;
        var hasPmid = false;
        var active = false;
        var blankPending = false;
        while (!data.IsEmpty)
        {
            var nl = data.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line;
            if (nl < 0)
            {
                line = data;
                data = default;
            }
            else
            {
                line = data[..nl];
                data = data[(nl + 1)..];
            }

            if (!line.IsEmpty && line[^1] == '\r')
            {
                line = line[..^1];
            }

            var first = line.IsEmpty ? (byte)0 : line[0];
            if (first is (byte)' ' or (byte)'\t' || line.IsEmpty)
            {
                if (line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
                {
                    blankPending = true;
                    continue;
                }

                blankPending = false;
                if (!active)
                {
                    hash = Checksum.Mix(hash, 0); // an orphan continuation
                    recordFields++;
                    active = true;
                }

                continue;
            }

            if (blankPending)
            {
                EndRecord(ref records, ref fields, ref recordFields, ref hash);
                active = false;
                hasPmid = false;
                blankPending = false;
            }

            var tagLength = 0;
            while (tagLength < 4 && tagLength < line.Length && IsTagByte(line[tagLength]))
            {
                tagLength++;
            }

            var j = tagLength;
            while (j < 4 && j < line.Length && line[j] == (byte)' ')
            {
                j++;
            }

            var isTag = tagLength > 0 && ((j == 4 && line.Length > 4 && line[4] == (byte)'-')
                || (tagLength == 4 && line.Length > 5 && line[4] == (byte)' ' && line[5] == (byte)'-'));
            var code = isTag ? Checksum.PackTag(line[..tagLength]) : 0u;
            if (isTag && code == 0x504D4944 /* PMID */)
            {
                if (hasPmid)
                {
                    EndRecord(ref records, ref fields, ref recordFields, ref hash);
                }

                hasPmid = true;
            }

            hash = Checksum.Mix(hash, code);
            recordFields++;
            active = true;
        }

        EndRecord(ref records, ref fields, ref recordFields, ref hash);
        return new Checksum(records, fields, hash, -1);
    }

    private static void EndRecord(ref long records, ref long fields, ref int recordFields, ref ulong hash)
    {
        if (recordFields == 0)
        {
            return;
        }

        records++;
        fields += recordFields;
        recordFields = 0;
        hash = Checksum.Mix(hash, 0xFFFF_FFFF);
    }

    private static bool IsTagByte(byte b) => b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9';
}
