using System.Globalization;
using System.Text;
using System.Text.Json;
using Medline.Parser.Serialization;

namespace Medline.Parser.Fuzzing;

/// <summary>An input broke an invariant of the library; the fuzzer reports it as a crash, the test as a failure.</summary>
internal sealed class InvariantViolationException(string invariant, string reader, string detail)
    : Exception($"{invariant} [{reader}]: {detail}")
{
    /// <summary>Which invariant (a short stable name, used to tell distinct failures apart).</summary>
    public string Invariant { get; } = invariant;

    /// <summary>Which way of reading broke it (text, stream, chunks of N bytes…).</summary>
    public string Reader { get; } = reader;
}

/// <summary>
/// The invariants every input must keep, checked by the afl++ harness (tests/Medline.Parser.Fuzz) and by the seeded
/// mutation test (tests/Medline.Parser.Tests/Fuzzing), one file linked into both:
/// no exception but <see cref="MedlineFormatException"/> in strict mode; <c>LeadingTrivia + RawText</c> of every record
/// and the trailing trivia give the input back, for every way of reading it; every position (record, field, value,
/// diagnostic) is the line and column of its offset; every way of reading gives the same records (unless a record was
/// cut at <see cref="MedlineReaderOptions.MaxRecordLength"/>, where the places differ by design); the citation's JSON
/// parses and reads back to the same JSON; strict mode throws exactly at the first record with an error.
/// </summary>
internal static class MedlineInvariants
{
    /// <summary>Chunk lengths for <see cref="MedlineChunkReader"/>: a cut at every record, small, medium, the default.</summary>
    private static readonly int[] s_byteChunkLengths = [1, 13, 256, MedlineChunkReader.DefaultStreamChunkLength];

    private static readonly int[] s_charChunkLengths = [1, 100];

    /// <summary>A record limit small enough for mutated inputs to reach it.</summary>
    private const int SmallMaxRecordLength = 64;

    /// <summary>Which optional checks run (all by default); a check the library does not pass yet can be left out.</summary>
    [Flags]
    internal enum Checks
    {
        None = 0,
        SmallRecordLimit = 1,
        NoRecovery = 2,
        NothingSilent = 4,
        ControlCharacters = 8,
        All = SmallRecordLimit | NoRecovery | NothingSilent | ControlCharacters,
    }

    /// <summary>Checks every invariant on one input (UTF-8 bytes, or anything else: invalid bytes are part of the game).</summary>
    public static void Check(byte[] input, Checks checks = Checks.All)
    {
        ArgumentNullException.ThrowIfNull(input);

        // What the library reads: UTF-8 (invalid bytes as U+FFFD) unless a byte order mark says otherwise, and a
        // leading U+FEFF skipped; positions count in this text.
        var decoded = Decode(input);
        var text = decoded.StartsWith('\uFEFF') ? decoded[1..] : decoded;
        var lines = new LineMap(text);

        var options = MedlineReaderOptions.Default;
        var reference = ReadWhole("text", decoded, options, text, lines);
        var cut = reference.Records.Any(r => r.Diagnostics.Any(d => d.Code == DiagnosticCodes.RecordTooLong));

        // Every other way of reading reassembles the input and agrees with its positions; without a cut record, it
        // reads the very same records.
        foreach (var (name, records) in OtherReadings(input, decoded, options, text, lines))
        {
            if (!cut)
            {
                SameRecords(name, reference.Descriptions, records);
            }
        }

        if (checks.HasFlag(Checks.NothingSilent))
        {
            NothingSilent(reference.Records, text, lines, checks.HasFlag(Checks.ControlCharacters));
        }

        if (checks.HasFlag(Checks.SmallRecordLimit))
        {
            var small = options with { MaxRecordLength = SmallMaxRecordLength };
            _ = ReadWhole("text, MaxRecordLength " + SmallMaxRecordLength, decoded, small, text, lines);
            _ = ReadChunks("chars, MaxRecordLength " + SmallMaxRecordLength + ", chunks of 7", MedlineChunkReader.FromReader(new StringReader(decoded), small, 7), text, lines);
            _ = ReadChunks("bytes, MaxRecordLength " + SmallMaxRecordLength + ", chunks of 7", MedlineChunkReader.FromStream(new MemoryStream(input), small, 7), text, lines);
        }

        if (checks.HasFlag(Checks.NoRecovery))
        {
            _ = ReadWhole("text, no recovery", decoded, options with { RecoverFlattenedRecords = false }, text, lines);
        }

        foreach (var record in reference.Records)
        {
            CheckJson(record);
        }

        CheckStrict(decoded, reference.Records);
    }

    /// <summary>The text as <see cref="MedlineReader.FromStream"/> decodes it.</summary>
    public static string Decode(byte[] input)
    {
        using var reader = new StreamReader(new MemoryStream(input), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private sealed record Reading(List<MedlineRecord> Records, List<string> Descriptions);

    private static Reading ReadWhole(string name, string decoded, MedlineReaderOptions options, string text, LineMap lines)
    {
        using var reader = MedlineReader.FromText(decoded, options);
        return Collect(name, reader, text, lines);
    }

    private static Reading Collect(string name, MedlineReader reader, string text, LineMap lines)
    {
        var records = new List<MedlineRecord>();
        while (reader.TryRead(out var record))
        {
            records.Add(record);
        }

        var descriptions = CheckRecords(name, records, text, lines);
        Reassembles(name, records, reader.TrailingTrivia, text);
        return new Reading(records, descriptions);
    }

    private static IEnumerable<(string Name, List<string> Records)> OtherReadings(byte[] input, string decoded, MedlineReaderOptions options, string text, LineMap lines)
    {
        using (var stream = MedlineReader.FromStream(new MemoryStream(input), options))
        {
            yield return ("stream", Collect("stream", stream, text, lines).Descriptions);
        }

        using (var trickle = MedlineReader.FromReader(new TrickleReader(decoded), options))
        {
            yield return ("TextReader in pieces of 1-97 chars", Collect("TextReader in pieces", trickle, text, lines).Descriptions);
        }

        using (var async = MedlineReader.FromStream(new MemoryStream(input), options))
        {
            var records = new List<MedlineRecord>();
            while (async.ReadAsync().AsTask().GetAwaiter().GetResult() is { } record)
            {
                records.Add(record);
            }

            var descriptions = CheckRecords("stream, async", records, text, lines);
            Reassembles("stream, async", records, async.TrailingTrivia, text);
            yield return ("stream, async", descriptions);
        }

        foreach (var length in s_byteChunkLengths)
        {
            var name = $"chunks of {length} bytes";
            yield return (name, ReadChunks(name, MedlineChunkReader.FromStream(new MemoryStream(input), options, length), text, lines));
        }

        foreach (var length in s_charChunkLengths)
        {
            var name = $"chunks of {length} chars";
            yield return (name, ReadChunks(name, MedlineChunkReader.FromReader(new StringReader(decoded), options, length), text, lines));
        }
    }

    private static List<string> ReadChunks(string name, MedlineChunkReader chunks, string text, LineMap lines)
    {
        using (chunks)
        {
            var all = new List<string>();
            var whole = new StringBuilder();
            var expectedStart = new SourcePosition(0, 1, 1);
            foreach (var chunk in chunks.ReadChunks())
            {
                // Raw text must be read before the chunk is disposed (its buffers are reused).
                using (chunk)
                {
                    if (chunk.Start != expectedStart)
                    {
                        throw new InvariantViolationException("chunk start", name, $"chunk {chunk.Index} starts at {Show(chunk.Start)}, expected {Show(expectedStart)}");
                    }

                    using var reader = chunk.CreateReader();
                    var records = new List<MedlineRecord>();
                    while (reader.TryRead(out var record))
                    {
                        records.Add(record);
                    }

                    all.AddRange(CheckRecords(name, records, text, lines));
                    var chunkText = new StringBuilder();
                    foreach (var record in records)
                    {
                        chunkText.Append(record.LeadingTrivia).Append(record.RawText);
                    }

                    chunkText.Append(reader.TrailingTrivia);
                    if (chunkText.Length != chunk.Length)
                    {
                        throw new InvariantViolationException("chunk length", name, $"chunk {chunk.Index} has Length {chunk.Length} but its records and trivia hold {chunkText.Length} chars");
                    }

                    whole.Append(chunkText);
                    var end = chunk.Start.Offset + chunk.Length;
                    expectedStart = end <= text.Length ? lines.At(end) : new SourcePosition(end, -1, -1);
                }
            }

            var reassembled = whole.ToString();
            if (reassembled != text)
            {
                throw new InvariantViolationException("reassembly", name, FirstDifference(reassembled, text));
            }

            return all;
        }
    }

    private static void Reassembles(string name, List<MedlineRecord> records, string trailing, string text)
    {
        var whole = new StringBuilder();
        foreach (var record in records)
        {
            whole.Append(record.LeadingTrivia).Append(record.RawText);
        }

        var reassembled = whole.Append(trailing).ToString();
        if (reassembled != text)
        {
            throw new InvariantViolationException("reassembly", name, FirstDifference(reassembled, text));
        }
    }

    /// <summary>
    /// Checks the positions of each record and describes it for <see cref="SameRecords"/> (not its leading trivia: a
    /// chunk ends with the blank lines after its last record, so they are the chunk's trailing trivia instead).
    /// </summary>
    private static List<string> CheckRecords(string name, List<MedlineRecord> records, string text, LineMap lines)
    {
        var descriptions = new List<string>(records.Count);
        foreach (var record in records)
        {
            var start = record.Position;
            var raw = record.RawText;
            Agrees(name, "record", start, text, lines);
            if (start.Offset + raw.Length > text.Length || string.CompareOrdinal(text, (int)start.Offset, raw, 0, raw.Length) != 0)
            {
                throw new InvariantViolationException("record position", name, $"record {record.Index} at {Show(start)}: its raw text is not the input's text there");
            }

            if (record.LeadingTrivia.Length > start.Offset ||
                string.CompareOrdinal(text, (int)start.Offset - record.LeadingTrivia.Length, record.LeadingTrivia, 0, record.LeadingTrivia.Length) != 0)
            {
                throw new InvariantViolationException("record position", name, $"record {record.Index} at {Show(start)}: its leading trivia is not the input's text before it");
            }

            var end = start.Offset + raw.Length;
            var describe = new StringBuilder();
            describe.Append(CultureInfo.InvariantCulture, $"record {Show(start)} recovered={record.IsRecovered} raw={Escape(raw)}\n");
            foreach (var field in record.Fields)
            {
                CheckField(name, field, start.Offset, end, text, lines);
                describe.Append(CultureInfo.InvariantCulture,
                    $"  {field.Kind} {field.Tag}|{field.KnownTag} {Show(field.Position)} {Show(field.ValuePosition)} lines={field.LineCount} para={field.HasParagraphBreaks} value={Escape(field.Value)}\n");
            }

            var previous = long.MinValue;
            foreach (var diagnostic in record.Diagnostics)
            {
                Agrees(name, $"diagnostic {diagnostic.Code}", diagnostic.Position, text, lines);
                if (diagnostic.Position.Offset < start.Offset || diagnostic.Position.Offset > end)
                {
                    throw new InvariantViolationException("diagnostic position", name, $"{diagnostic} lies outside its record {Show(start)}-{end}");
                }

                if (diagnostic.Position.Offset < previous)
                {
                    throw new InvariantViolationException("diagnostic order", name, $"{diagnostic} comes after a diagnostic further on; diagnostics are in source order");
                }

                previous = diagnostic.Position.Offset;
                describe.Append("  ").Append(diagnostic).Append('\n');
            }

            descriptions.Add(describe.ToString());
        }

        return descriptions;
    }

    private static void CheckField(string name, MedlineField field, long recordStart, long recordEnd, string text, LineMap lines)
    {
        var position = field.Position;
        Agrees(name, $"field {field.Tag}", position, text, lines);
        var raw = field.RawText.Span;
        if (position.Offset < recordStart || position.Offset + raw.Length > recordEnd || !text.AsSpan((int)position.Offset, raw.Length).SequenceEqual(raw))
        {
            throw new InvariantViolationException("field position", name, $"field {field.Tag} at {Show(position)}: its raw text is not the input's text there");
        }

        var fieldEnd = position.Offset + raw.Length;
        var valueStart = field.ValuePosition;
        Agrees(name, $"value of {field.Tag}", valueStart, text, lines);
        if (valueStart.Offset < position.Offset || valueStart.Offset > fieldEnd)
        {
            throw new InvariantViolationException("value position", name, $"value of {field.Tag} at {Show(valueStart)} lies outside its field {Show(position)}");
        }

        // Each character of the value maps back to the same character in the input (the joining spaces excepted).
        var value = field.Value;
        for (var i = 0; i < value.Length; i += i < 64 ? 1 : Math.Max(1, value.Length / 16))
        {
            if (value[i] == ' ')
            {
                continue;
            }

            var at = field.GetPosition(i);
            Agrees(name, $"value of {field.Tag} at {i}", at, text, lines);
            if (at.Offset < position.Offset || at.Offset >= fieldEnd || text[(int)at.Offset] != value[i])
            {
                throw new InvariantViolationException("value position", name,
                    $"{field.Tag} value[{i}] = {Escape(value[i].ToString())} maps to {Show(at)}, which holds {(at.Offset < text.Length && at.Offset >= 0 ? Escape(text[(int)at.Offset].ToString()) : "nothing")}");
            }
        }
    }

    private static void Agrees(string name, string what, SourcePosition position, string text, LineMap lines)
    {
        if (position.Offset < 0 || position.Offset > text.Length)
        {
            throw new InvariantViolationException("position", name, $"{what} at {Show(position)} is outside the input ({text.Length} chars)");
        }

        var expected = lines.At(position.Offset);
        if (expected != position)
        {
            throw new InvariantViolationException("position", name, $"{what} says {Show(position)}, but its offset is at {Show(expected)}");
        }
    }

    /// <summary>
    /// Nothing passes silently: a line holding U+FFFD has MED1012 at its first one, a malformed or orphan line has an
    /// error at its start, and (with <see cref="Checks.ControlCharacters"/>) a line holding a control character (C0
    /// but tab, vertical tab, form feed and line ends) has an error on it.
    /// </summary>
    private static void NothingSilent(List<MedlineRecord> records, string text, LineMap lines, bool controlCharacters)
    {
        var diagnostics = records.SelectMany(r => r.Diagnostics).ToList();
        var errorLines = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Position.Line).ToHashSet();
        var replacements = diagnostics.Where(d => d.Code == DiagnosticCodes.ReplacementCharacter).Select(d => d.Position.Offset).ToHashSet();
        var reportedLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (controlCharacters && c is (>= '\0' and <= '\u0008') or (>= '\u000E' and <= '\u001F'))
            {
                var at = lines.At(i);
                if (!errorLines.Contains(at.Line))
                {
                    throw new InvariantViolationException("nothing silent", "text", $"control character U+{(int)c:X4} at {Show(at)} has no error on its line");
                }
            }
            else if (c == '\uFFFD' && lines.At(i).Line != reportedLine)
            {
                var at = lines.At(i);
                reportedLine = at.Line;
                if (!replacements.Contains(i))
                {
                    throw new InvariantViolationException("nothing silent", "text", $"the first U+FFFD of line {at.Line}, at {Show(at)}, has no {DiagnosticCodes.ReplacementCharacter}");
                }
            }
        }

        foreach (var field in records.SelectMany(r => r.Fields).Where(f => f.Kind != MedlineFieldKind.Tagged))
        {
            if (!diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Position == field.Position))
            {
                throw new InvariantViolationException("nothing silent", "text", $"{field.Kind} line at {Show(field.Position)} has no error there");
            }
        }
    }

    private static void SameRecords(string name, List<string> expected, List<string> actual)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i].Split('\n') : ["(no record)"];
            var a = i < actual.Count ? actual[i].Split('\n') : ["(no record)"];
            for (var j = 0; j < Math.Max(e.Length, a.Length); j++)
            {
                var el = j < e.Length ? e[j] : "(nothing)";
                var al = j < a.Length ? a[j] : "(nothing)";
                if (el != al)
                {
                    throw new InvariantViolationException("same records", name,
                        $"record {i} differs from the text reader's{(j > 0 ? $" {e[0].Split(' ')[1]}" : "")}:\n  expected {Cut(el)}\n  actual   {Cut(al)}");
                }
            }
        }
    }

    private static string Cut(string s) => s.Length > 400 ? s[..400] + "…" : s;

    private static void CheckJson(MedlineRecord record)
    {
        var citation = MedlineCitation.FromRecord(record);
        var json = MedlineJson.Serialize(citation);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvariantViolationException("json", "citation", $"the JSON is a {document.RootElement.ValueKind}, not an object");
            }
        }
        catch (JsonException e)
        {
            throw new InvariantViolationException("json", "citation", $"the JSON does not parse ({e.Message}): {json}");
        }

        var again = MedlineJson.Serialize(MedlineJson.Deserialize(json));
        if (again != json)
        {
            throw new InvariantViolationException("json round trip", "citation", FirstDifference(again, json));
        }
    }

    /// <summary>Strict reading gives the lenient records up to the first one with an error, then throws that error.</summary>
    private static void CheckStrict(string decoded, List<MedlineRecord> lenient)
    {
        var firstError = lenient.FindIndex(r => r.HasErrors);
        using (var reader = MedlineReader.FromText(decoded, MedlineReaderOptions.Default with { Strict = true }))
        {
            var read = 0;
            try
            {
                while (reader.TryRead(out _))
                {
                    read++;
                }
            }
            catch (MedlineFormatException e)
            {
                var expected = firstError < 0 ? null : lenient[firstError].Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
                if (read != firstError || e.Diagnostic != expected)
                {
                    throw new InvariantViolationException("strict", "records", $"threw {e.Diagnostic} after {read} records; expected {expected?.ToString() ?? "no exception"} after {firstError}");
                }

                return;
            }

            if (firstError >= 0)
            {
                throw new InvariantViolationException("strict", "records", $"read {read} records without an exception, but record {firstError} has an error");
            }
        }

        // Citations: also the errors of the values (MED2xxx); the record's own come first.
        var firstCitationError = -1;
        MedlineDiagnostic? expectedCitationError = null;
        for (var i = 0; i < lenient.Count && firstCitationError < 0; i++)
        {
            expectedCitationError = MedlineCitation.FromRecord(lenient[i]).Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            firstCitationError = expectedCitationError is null ? -1 : i;
        }

        using (var reader = MedlineReader.FromText(decoded, MedlineReaderOptions.Default with { Strict = true }))
        {
            var read = 0;
            try
            {
                foreach (var unused in reader.ReadCitations())
                {
                    read++;
                }
            }
            catch (MedlineFormatException e)
            {
                if (read != firstCitationError || e.Diagnostic != expectedCitationError)
                {
                    throw new InvariantViolationException("strict", "citations", $"threw {e.Diagnostic} after {read} citations; expected {expectedCitationError?.ToString() ?? "no exception"} after {firstCitationError}");
                }

                return;
            }

            if (firstCitationError >= 0)
            {
                throw new InvariantViolationException("strict", "citations", $"read {read} citations without an exception, but citation {firstCitationError} has an error");
            }
        }
    }

    private static string Show(SourcePosition p) => string.Create(CultureInfo.InvariantCulture, $"({p.Line},{p.Column})@{p.Offset}");

    private static string FirstDifference(string actual, string expected)
    {
        var i = 0;
        while (i < actual.Length && i < expected.Length && actual[i] == expected[i])
        {
            i++;
        }

        string Around(string s) => Escape(s.Substring(Math.Max(0, i - 20), Math.Min(s.Length, i + 20) - Math.Max(0, i - 20)));
        return $"{actual.Length} chars instead of {expected.Length}; first difference at {i}: {Around(actual)} instead of {Around(expected)}";
    }

    /// <summary>Text made printable and short for a message: control characters and non-ASCII as \uXXXX.</summary>
    public static string Escape(string s)
    {
        var b = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s.Length > 300 ? s[..300] : s)
        {
            _ = c switch
            {
                '\n' => b.Append("\\n"),
                '\r' => b.Append("\\r"),
                '\t' => b.Append("\\t"),
                '"' => b.Append("\\\""),
                '\\' => b.Append("\\\\"),
                < ' ' or > '~' => b.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => b.Append(c),
            };
        }

        return b.Append(s.Length > 300 ? "\"…" : "\"").ToString();
    }

    /// <summary>Line starts of a text (LF, CRLF or a lone CR), to turn an offset into its line and column.</summary>
    private sealed class LineMap
    {
        private readonly List<int> _starts = [0];

        public LineMap(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public SourcePosition At(long offset)
        {
            var index = _starts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            return new SourcePosition(offset, line + 1, (int)(offset - _starts[line]) + 1);
        }
    }

    /// <summary>A TextReader that hands out 1 to 97 chars per call, so lines, CRLF pairs and records straddle refills.</summary>
    private sealed class TrickleReader(string text) : TextReader
    {
        private int _position;
        private int _call;

        public override int Read(Span<char> buffer)
        {
            var n = Math.Min(Math.Min(buffer.Length, text.Length - _position), 1 + (_call++ * 37 % 97));
            text.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Peek() => _position < text.Length ? text[_position] : -1;

        public override int Read() => _position < text.Length ? text[_position++] : -1;
    }
}
