using System.Text;

namespace Medline.Parser.Fuzzing;

/// <summary>
/// Damages MEDLINE text the ways real inputs are damaged: flipped bytes, lost or added line breaks, broken tags and
/// hyphens, truncation, records spliced together, long lines, control characters, byte order marks, mixed CR/LF,
/// invalid UTF-8 and whole records flattened onto one line. Deterministic: the same seed gives the same inputs.
/// </summary>
internal sealed class Mutator(int seed, IReadOnlyList<byte[]> seeds)
{
    private static readonly string[] s_tags = ["PMID", "AU  ", "FAU ", "TI  ", "AB  ", "DP  ", "IS  ", "PG  ", "MH  ", "AD  ", "LID ", "OWN ", "STAT", "PMC ", "XX  ", "A", "ABCDE"];

    private static readonly byte[][] s_odd =
    [
        [0], [1], [0x1B], [0x7F], [(byte)'\t'], [0xEF, 0xBB, 0xBF], [0xC3], [0xE9], [0xF0, 0x9F], [0x80], [0xEF, 0xBF, 0xBD],
        "日本"u8.ToArray(), "🧬"u8.ToArray(), "\u2028"u8.ToArray(), "\u00A0"u8.ToArray(), [(byte)'\r'], [(byte)'\n'], "- "u8.ToArray(),
    ];

    private readonly Random _random = new(seed);

    /// <summary>The next input: a seed (or two spliced), mutated one to six times.</summary>
    public byte[] Next()
    {
        var data = new List<byte>(seeds[_random.Next(seeds.Count)]);
        var count = 1 + _random.Next(6);
        for (var i = 0; i < count; i++)
        {
            Mutate(data);
        }

        return [.. data];
    }

    private void Mutate(List<byte> data)
    {
        switch (_random.Next(15))
        {
            case 0: // flip a bit
                if (data.Count > 0)
                {
                    var at = _random.Next(data.Count);
                    data[at] ^= (byte)(1 << _random.Next(8));
                }

                break;
            case 1: // lose a line break: the two lines run together, with a space or without
                if (LineBreaks(data) is { Count: > 0 } breaks)
                {
                    var at = breaks[_random.Next(breaks.Count)];
                    var length = at + 1 < data.Count && data[at] == '\r' && data[at + 1] == '\n' ? 2 : 1;
                    data.RemoveRange(at, length);
                    if (_random.Next(2) == 0)
                    {
                        data.Insert(at, (byte)' ');
                    }
                }

                break;
            case 2: // a line break where there was none
                data.InsertRange(_random.Next(data.Count + 1), Encoding.ASCII.GetBytes(_random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" }));
                break;
            case 3: // a damaged or different tag at a line start
                {
                    var at = LineStart(data);
                    var end = Math.Min(data.Count, at + _random.Next(7));
                    data.RemoveRange(at, end - at);
                    var tag = s_tags[_random.Next(s_tags.Length)];
                    data.InsertRange(at, Encoding.ASCII.GetBytes(_random.Next(3) switch { 0 => tag + "- ", 1 => tag + "-", _ => tag + " - " }));
                    break;
                }

            case 4: // the hyphen moved, doubled or lost
                {
                    var at = LineStart(data) + 4;
                    if (at < data.Count)
                    {
                        _ = _random.Next(3) switch
                        {
                            0 => Remove(data, at),
                            1 => Insert(data, at, (byte)' '),
                            _ => Insert(data, at, (byte)'-'),
                        };
                    }

                    break;
                }

            case 5: // truncated, or a stretch cut out
                {
                    var at = _random.Next(data.Count + 1);
                    data.RemoveRange(at, _random.Next(2) == 0 ? data.Count - at : _random.Next(data.Count - at + 1));
                    break;
                }

            case 6: // another record spliced in, at a line start, after a blank line or with none
                {
                    var other = seeds[_random.Next(seeds.Count)];
                    var from = _random.Next(other.Length + 1);
                    var piece = other.AsSpan(from, _random.Next(other.Length - from + 1)).ToArray();
                    var at = _random.Next(2) == 0 ? LineStart(data) : data.Count;
                    data.InsertRange(at, _random.Next(2) == 0 ? [(byte)'\n', .. piece] : piece);
                    break;
                }

            case 7: // a long line: a piece repeated
                {
                    var at = _random.Next(data.Count + 1);
                    var piece = data.Count == 0 ? "x "u8.ToArray() : data.GetRange(at == data.Count ? 0 : at, Math.Min(1 + _random.Next(16), data.Count - (at == data.Count ? 0 : at))).ToArray();
                    var times = 50 + _random.Next(400);
                    var run = new List<byte>(piece.Length * times);
                    for (var i = 0; i < times; i++)
                    {
                        run.AddRange(piece.Where(b => b != '\n' && b != '\r'));
                    }

                    data.InsertRange(at, run);
                    break;
                }

            case 8: // a control character, a byte order mark, a multi-byte or invalid sequence anywhere
                data.InsertRange(_random.Next(data.Count + 1), s_odd[_random.Next(s_odd.Length)]);
                break;
            case 9: // a byte order mark at the start (UTF-8 once or twice, or UTF-16)
                data.InsertRange(0, _random.Next(4) switch
                {
                    0 => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF],
                    1 => [0xFF, 0xFE],
                    2 => [0xFE, 0xFF],
                    _ => [0xEF, 0xBB, 0xBF],
                });
                break;
            case 10: // the line ends of a stretch changed to CRLF or a lone CR
                {
                    var to = _random.Next(2) == 0 ? "\r\n"u8.ToArray() : "\r"u8.ToArray();
                    var from = _random.Next(data.Count + 1);
                    var end = Math.Min(data.Count, from + _random.Next(2000));
                    var stretch = new List<byte>();
                    for (var i = from; i < end; i++)
                    {
                        if (data[i] == '\n')
                        {
                            stretch.AddRange(to);
                        }
                        else if (data[i] != '\r')
                        {
                            stretch.Add(data[i]);
                        }
                    }

                    data.RemoveRange(from, end - from);
                    data.InsertRange(from, stretch);
                    break;
                }

            case 11: // flattened: every line break of a stretch a space, runs of spaces one (a PDF, a form, a cell)
                {
                    var text = Encoding.UTF8.GetString([.. data]);
                    var from = _random.Next(3) == 0 ? _random.Next(text.Length + 1) : 0;
                    var flat = System.Text.RegularExpressions.Regex.Replace(text[from..].Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '), " {2,}", " ");
                    data.Clear();
                    data.AddRange(Encoding.UTF8.GetBytes(text[..from] + flat));
                    break;
                }

            case 12: // a line repeated
                {
                    var at = LineStart(data);
                    var end = data.IndexOf((byte)'\n', at);
                    var line = data.GetRange(at, (end < 0 ? data.Count : end + 1) - at);
                    data.InsertRange(at, line);
                    break;
                }

            case 13: // a blank or whitespace-only line
                data.InsertRange(LineStart(data), Encoding.ASCII.GetBytes(_random.Next(3) switch { 0 => "\n", 1 => "   \t\n", _ => "      \n" }));
                break;
            default: // a continuation line's indent changed
                {
                    var at = LineStart(data);
                    data.InsertRange(at, Encoding.ASCII.GetBytes(_random.Next(3) switch { 0 => " ", 1 => "\t", _ => "      " }));
                    break;
                }
        }
    }

    private static bool Remove(List<byte> data, int at)
    {
        data.RemoveAt(at);
        return true;
    }

    private static bool Insert(List<byte> data, int at, byte value)
    {
        data.Insert(at, value);
        return true;
    }

    private static List<int> LineBreaks(List<byte> data)
    {
        var breaks = new List<int>();
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == data.Count || data[i + 1] != '\n')))
            {
                breaks.Add(data[i] == '\n' && i > 0 && data[i - 1] == '\r' ? i - 1 : i);
            }
        }

        return breaks;
    }

    /// <summary>The start of a random line (0 for an input without line breaks).</summary>
    private int LineStart(List<byte> data)
    {
        var breaks = LineBreaks(data);
        if (breaks.Count == 0 || _random.Next(breaks.Count + 1) == 0)
        {
            return 0;
        }

        var at = breaks[_random.Next(breaks.Count)];
        return at + (at + 1 < data.Count && data[at] == '\r' && data[at + 1] == '\n' ? 2 : 1);
    }

    /// <summary>Small seeds: the records of every corpus export, each in its own file, spread over the files.</summary>
    public static List<byte[]> CorpusRecords(string corpus, int max)
    {
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("expected-biopython", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => SplitRecords(File.ReadAllText(f), maxLength: 4096).ToList())
            .ToList();

        // Round robin over the files, so every export (ERIC, PMC, books, JabRef's hand-made ones) gives seeds.
        var seeds = new List<byte[]>();
        for (var i = 0; seeds.Count < max && files.Any(f => i < f.Count); i++)
        {
            seeds.AddRange(files.Where(f => i < f.Count).Select(f => f[i]).Take(max - seeds.Count));
        }

        return seeds;
    }

    /// <summary>The records of a MEDLINE file as separate inputs (cut before each line that follows a blank line), at most <paramref name="maxLength"/> bytes each.</summary>
    public static IEnumerable<byte[]> SplitRecords(string text, int maxLength)
    {
        var lines = text.Split('\n');
        var current = new StringBuilder();
        var blank = false;
        foreach (var line in lines)
        {
            var isBlank = line.Trim().Length == 0;
            if (blank && !isBlank && current.Length > 0)
            {
                if (Encoding.UTF8.GetByteCount(current.ToString()) <= maxLength)
                {
                    yield return Encoding.UTF8.GetBytes(current.ToString());
                }

                current.Clear();
            }

            current.Append(line).Append('\n');
            blank = isBlank;
        }

        if (current.ToString().Trim().Length > 0 && Encoding.UTF8.GetByteCount(current.ToString()) <= maxLength)
        {
            yield return Encoding.UTF8.GetBytes(current.ToString());
        }
    }
}
