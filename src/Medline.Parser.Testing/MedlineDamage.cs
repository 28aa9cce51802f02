using System.Globalization;
using System.Text;

namespace Medline.Parser.Testing;

/// <summary>
/// Puts one known defect into MEDLINE text and says which diagnostics <see cref="MedlineReader"/> gives for it, so a
/// pipeline can test its error handling against ground truth. The expected diagnostics come from where the defect
/// was put (the damage knows the line and column), never from running the reader. The same seed gives the same damage.
/// </summary>
public static class MedlineDamage
{
    private const string UnknownTagLine = "ZZ  - added by a spreadsheet export";

    // Tags whose line attaches to the person line before it; an inserted line there would split the person.
    private static readonly string[] s_personContinuations = ["AU", "AD", "AUID", "IR", "IRAD", "ED", "EQ"];

    // The free-text fields (no grammar, so no second diagnostic) a damage may touch, and the once-only fields.
    private static readonly string[] s_freeText = ["TI", "AB", "AD", "CI"];
    private static readonly string[] s_singletons = ["TI", "DP", "VI", "IP", "PG", "JT"];
    private static readonly char[] s_controls = ['\0', '\a', '\u001A'];

    /// <summary>
    /// Damages a fixture. The expected diagnostics are the defect's and the fixture's own
    /// (<see cref="MedlineFixture.ExpectedDiagnostics"/>) where they now are. <see cref="DamageKind.LostBlankLine"/>
    /// follows the fixture with another fixture (chosen by <paramref name="seed"/>) without the blank line between.
    /// </summary>
    /// <param name="fixture">The fixture to damage.</param>
    /// <param name="kind">The defect to put in.</param>
    /// <param name="seed">Chooses where the defect goes (and its variant) among the places that fit.</param>
    /// <exception cref="ArgumentException">The fixture has no place for this defect (a PMID defect in an ERIC record).</exception>
    public static DamagedInput Apply(MedlineFixture fixture, DamageKind kind, int seed)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        return TryApply(fixture, kind, seed) ?? throw NoPlace(kind, fixture.Name);
    }

    /// <summary>
    /// Damages MEDLINE text. The expected diagnostics are the defect's only: problems the text had before are not in
    /// them (damage a fixture, or clean text, for a complete list).
    /// </summary>
    /// <param name="text">MEDLINE text, LF or CRLF line ends.</param>
    /// <param name="kind">The defect to put in.</param>
    /// <param name="seed">Chooses where the defect goes (and its variant) among the places that fit.</param>
    /// <exception cref="ArgumentException">The text has no place for this defect (no PMID line for <see cref="DamageKind.BadPmid"/>…).</exception>
    public static DamagedInput Apply(string text, DamageKind kind, int seed)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Damage(text, [], kind, seed) ?? throw NoPlace(kind, "the text");
    }

    /// <summary>Damages a fixture as <see cref="Apply(MedlineFixture, DamageKind, int)"/> does, or returns <see langword="null"/> when it has no place for the defect.</summary>
    /// <param name="fixture">The fixture to damage.</param>
    /// <param name="kind">The defect to put in.</param>
    /// <param name="seed">Chooses where the defect goes (and its variant) among the places that fit.</param>
    public static DamagedInput? TryApply(MedlineFixture fixture, DamageKind kind, int seed)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        if (kind != DamageKind.LostBlankLine)
        {
            return Damage(fixture.Text, fixture.ExpectedDiagnostics, kind, seed);
        }

        // A fixture is one record: follow it with another that starts with PMID, as the next record of an export.
        var others = MedlineFixtures.All.Where(f => f != fixture && f.Text.StartsWith("PMID-", StringComparison.Ordinal)).ToArray();
        var next = others[new SeededChoice(seed).Next(others.Length)];
        var shift = LineCount(fixture.Text) + 1;
        IEnumerable<ExpectedDiagnostic> known =
        [
            .. fixture.ExpectedDiagnostics,
            .. next.ExpectedDiagnostics.Select(d => d with { Line = d.Line + shift }),
        ];
        var damaged = Damage(fixture.Text + "\n" + next.Text, [.. known], kind, seed);
        return damaged is null ? null : damaged with { Description = $"{damaged.Description} ({fixture.Name} then {next.Name})" };
    }

    /// <summary>Damages text whose own diagnostics are <paramref name="known"/>, or <see langword="null"/> when it has no place for the defect.</summary>
    internal static DamagedInput? TryApply(string text, IReadOnlyList<ExpectedDiagnostic> known, DamageKind kind, int seed) =>
        Damage(text, known, kind, seed);

    private static ArgumentException NoPlace(DamageKind kind, string what) =>
        new($"{what} has no place for the damage {kind}", nameof(kind));

    private static DamagedInput? Damage(string text, IReadOnlyList<ExpectedDiagnostic> known, DamageKind kind, int seed)
    {
        var lines = new Lines(text);
        var random = new SeededChoice(seed);
        Outcome? outcome = kind switch
        {
            DamageKind.LostBlankLine => LoseBlankLine(lines, random),
            DamageKind.LostIndentation => LoseIndentation(lines, random),
            DamageKind.Flattened => Flatten(lines, random),
            DamageKind.ByteOrderMark => text.StartsWith('\uFEFF') ? null
                : new("\uFEFF" + text, "a UTF-8 byte order mark before the first line", [], Same),
            DamageKind.CrlfLineEnds => text.Contains('\r', StringComparison.Ordinal) ? null
                : new(text.Replace("\n", "\r\n", StringComparison.Ordinal), "every line ends with CRLF", [], Same),
            DamageKind.Truncated => Truncate(lines, random),
            DamageKind.UnknownTag => AddUnknownTag(lines, random),
            DamageKind.BadDate => BreakDate(lines, random),
            DamageKind.BadPmid => BreakPmid(lines, random),
            DamageKind.ControlCharacter => AddControlCharacter(lines, random),
            DamageKind.RepeatedSingleton => RepeatSingleton(lines, random),
            DamageKind.ReplacementCharacter => ReplaceLetter(lines, random),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a defined DamageKind"),
        };
        if (outcome is null)
        {
            return null;
        }

        List<ExpectedDiagnostic> expected = [.. outcome.Own];
        foreach (var diagnostic in known)
        {
            if (outcome.Map(diagnostic.Line, diagnostic.Column) is var (line, column))
            {
                expected.Add(diagnostic with { Line = line, Column = column });
            }
        }

        return new DamagedInput(outcome.Text, kind, outcome.Description,
            [.. expected.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)]);
    }

    private static Outcome? LoseBlankLine(Lines lines, SeededChoice random)
    {
        // A PMID line starts a new record only after one that has a PMID: without one (ERIC) the two records merge.
        var places = lines.Where(i => i > 0 && lines.Content(i).Length == 0 && lines.Content(i - 1).Length != 0 &&
                                      i + 1 < lines.Count && lines.IsPmidLine(i + 1) && lines.RecordHasPmid(i - 1));
        if (Pick(places, random) is not int blank)
        {
            return null;
        }

        var pmidLine = blank + 1; // 1-based line of the PMID once the blank line (1-based blank + 1) is gone
        return new(lines.Without(blank), $"the blank line before the PMID line at line {pmidLine} is lost",
            [new(DiagnosticCodes.MissingRecordSeparator, DiagnosticSeverity.Warning, pmidLine, 1)],
            (line, column) => line > blank + 1 ? (line - 1, column) : (line, column));
    }

    private static Outcome? LoseIndentation(Lines lines, SeededChoice random)
    {
        // Not after a whitespace-only line: with no continuation after it, that line would end the record.
        var places = lines.Where(i => i > 0 && lines.IsContinuation(i) && lines.Content(i - 1).Trim().Length != 0 &&
                                      !LooksLikeTagLine(lines.Content(i)[6..]));
        if (Pick(places, random) is not int index)
        {
            return null;
        }

        var line = index + 1;
        return new(lines.Replace(index, lines[index][6..]), $"the continuation line at line {line} starts in column 1",
            [new(DiagnosticCodes.MalformedLine, DiagnosticSeverity.Error, line, 1)],
            (l, c) => l == line && c > 6 ? (l, c - 6) : (l, c));
    }

    private static Outcome? Flatten(Lines lines, SeededChoice random)
    {
        var starts = lines.Where(i => lines.Content(i).Length != 0 && (i == 0 || lines.Content(i - 1).Length == 0) &&
                                      i + 1 < lines.Count && lines.Content(i + 1).Length != 0);
        if (Pick(starts, random) is not int start)
        {
            return null;
        }

        var end = start;
        while (end + 1 < lines.Count && lines.Content(end + 1).Length != 0)
        {
            end++;
        }

        // Each line of the record lands at an offset of the one line; continuation lines lose their indentation.
        var flat = new StringBuilder(lines.Content(start));
        var shifts = new Dictionary<int, int> { [start + 1] = 0 };
        for (var i = start + 1; i <= end; i++)
        {
            var content = lines.Content(i);
            var indent = content.Length - content.TrimStart(' ').Length;
            if (indent == content.Length)
            {
                continue; // a blank continuation line (a paragraph break) has nothing to keep on one line
            }

            flat.Append(' ');
            shifts[i + 1] = flat.Length - indent;
            flat.Append(content, indent, content.Length - indent);
        }

        var removed = end - start;
        var startLine = start + 1;
        return new(lines.Join(start, end, flat.ToString()), $"the record at line {startLine} is on one line ({removed + 1} lines joined)",
            [new(DiagnosticCodes.RecoveredRecord, DiagnosticSeverity.Warning, startLine, 1)],
            (line, column) => line < startLine ? (line, column)
                : line > end + 1 ? (line - removed, column)
                : shifts.TryGetValue(line, out var shift) ? (startLine, column + shift) : null);
    }

    private static Outcome? Truncate(Lines lines, SeededChoice random)
    {
        var places = lines.Where(i => i > 0 && lines.Content(i).Length > 9 && lines.Content(i).IndexOf(' ', 8) > 0 &&
                                      s_freeText.Contains(lines.FieldTag(i)));
        if (Pick(places, random) is not int index)
        {
            return null;
        }

        var content = lines.Content(index);
        var spaces = Enumerable.Range(8, content.Length - 8).Where(p => content[p] == ' ' && content[p - 1] != ' ').ToArray();
        var cut = spaces[random.Next(spaces.Length)];
        var line = index + 1;
        return new(lines.Cut(index, cut), $"the text ends at line {line}, column {cut + 1}, inside the {lines.FieldTag(index)} value",
            [], (l, c) => l < line || (l == line && c <= cut) ? (l, c) : null);
    }

    private static Outcome? AddUnknownTag(Lines lines, SeededChoice random)
    {
        var places = lines.Where(i => i > 0 && lines.IsTagLine(i) && lines.Content(i - 1).Length != 0 &&
                                      !s_personContinuations.Contains(lines.Tag(i)));
        if (Pick(places, random) is not int index)
        {
            return null;
        }

        var line = index + 1;
        return new(lines.Insert(index, [UnknownTagLine]), $"a line with the unknown tag ZZ is inserted at line {line}",
            [new(DiagnosticCodes.UnknownTag, DiagnosticSeverity.Info, line, 1)],
            (l, c) => l >= line ? (l + 1, c) : (l, c));
    }

    private static Outcome? BreakDate(Lines lines, SeededChoice random)
    {
        var places = lines.Where(i => lines.IsTagLine(i) && lines.Tag(i) is "DP" or "DCOM" && lines.Content(i).Length > 6);
        if (Pick(places, random) is not int index)
        {
            return null;
        }

        var content = lines.Content(index);
        var value = content[6..];
        var line = index + 1;
        if (lines.Tag(index) == "DCOM")
        {
            var dashed = value.Length == 8 ? $"{value[..4]}-{value[4..6]}-{value[6..]}" : value + "-00";
            // The grammar reports the first character that does not fit: the first hyphen.
            return InPlace(lines, index, dashed, $"the DCOM value at line {line} is written YYYY-MM-DD ('{dashed}')",
                new(DiagnosticCodes.InvalidTimestamp, DiagnosticSeverity.Warning, line, 7 + dashed.IndexOf('-', StringComparison.Ordinal)));
        }

        // The year is lost: "2024 Mar 12" becomes "Mar 12"; a year alone becomes "n.d." (no date), and so does a range
        // across years ("2023 Dec-2024 Jan"), whose rest still holds a year and reads as a free-text date (MED2018).
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        var yearless = space < 0 || HasYear(value.AsSpan(space + 1)) ? "n.d." : value[(space + 1)..];
        return InPlace(lines, index, yearless, $"the DP value at line {line} lost its year ('{yearless}')",
            new(DiagnosticCodes.InvalidDate, DiagnosticSeverity.Warning, line, 7));
    }

    private static bool HasYear(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
            {
                return true;
            }
        }

        return false;
    }

    private static Outcome? BreakPmid(Lines lines, SeededChoice random)
    {
        var places = lines.Where(i => lines.IsPmidLine(i) && lines.Content(i).Length > 6);
        if (Pick(places, random) is not int index)
        {
            return null;
        }

        var content = lines.Content(index);
        var digit = 6 + random.Next(content.Length - 6);
        var value = string.Concat(content.AsSpan(6, digit - 6), "O", content.AsSpan(digit + 1));
        var line = index + 1;
        return InPlace(lines, index, value, $"a digit of the PMID at line {line} became the letter O ('{value}')",
            new(DiagnosticCodes.InvalidPmid, DiagnosticSeverity.Error, line, digit + 1));
    }

    private static Outcome? AddControlCharacter(Lines lines, SeededChoice random)
    {
        // Into free text only: in a value with a grammar (a date, a name) the value's own diagnostic would follow.
        var places = lines.Where(i => lines.Content(i).Length > 7 && s_freeText.Contains(lines.FieldTag(i)));
        if (Pick(places, random) is not int index)
        {
            return null;
        }

        var content = lines.Content(index);
        var at = 7 + random.Next(content.Length - 7); // after the value's first character, before its last
        var control = s_controls[random.Next(s_controls.Length)];
        var line = index + 1;
        var column = at + 1;
        return new(lines.Replace(index, content.Insert(at, control.ToString()) + lines.Ending(index)),
            string.Create(CultureInfo.InvariantCulture, $"U+{(int)control:X4} is inserted at line {line}, column {column}"),
            [new(DiagnosticCodes.ControlCharacter, DiagnosticSeverity.Error, line, column)],
            (l, c) => l == line && c >= column ? (l, c + 1) : (l, c));
    }

    private static Outcome? ReplaceLetter(Lines lines, SeededChoice random)
    {
        var places = lines.Where(i => s_freeText.Contains(lines.FieldTag(i)) && lines.Content(i).Skip(6).Any(c => c > '\u007F'));
        if (Pick(places, random) is not int index)
        {
            return null;
        }

        var content = lines.Content(index);
        var letters = Enumerable.Range(6, content.Length - 6).Where(p => content[p] > '\u007F').ToArray();
        var at = letters[random.Next(letters.Length)];
        var line = index + 1;
        // The reader reports a line's first U+FFFD only; the fixtures hold none, so this one is the first.
        return new(lines.Replace(index, string.Concat(content.AsSpan(0, at), "\uFFFD", content.AsSpan(at + 1)) + lines.Ending(index)),
            $"'{content[at]}' at line {line}, column {at + 1} became U+FFFD",
            [new(DiagnosticCodes.ReplacementCharacter, DiagnosticSeverity.Warning, line, at + 1)], Same);
    }

    private static Outcome? RepeatSingleton(Lines lines, SeededChoice random)
    {
        var places = lines.Where(i => lines.IsTagLine(i) && s_singletons.Contains(lines.Tag(i)));
        if (Pick(places, random) is not int index)
        {
            return null;
        }

        var end = index;
        while (end + 1 < lines.Count && lines.IsContinuation(end + 1))
        {
            end++;
        }

        var copy = Enumerable.Range(index, end - index + 1).Select(i => lines[i]).ToArray();
        var line = end + 2; // 1-based line of the copy, right after the field
        return new(lines.Insert(end + 1, copy), $"the {lines.Tag(index)} field at line {index + 1} is repeated at line {line}",
            [new(DiagnosticCodes.RepeatedField, DiagnosticSeverity.Warning, line, 7)],
            (l, c) => l >= line ? (l + copy.Length, c) : (l, c));
    }

    private static Outcome InPlace(Lines lines, int index, string value, string description, ExpectedDiagnostic diagnostic)
    {
        var content = lines.Content(index);
        var delta = value.Length - (content.Length - 6);
        var line = index + 1;
        return new(lines.Replace(index, content[..6] + value + lines.Ending(index)), description, [diagnostic],
            (l, c) => l == line && c > 7 ? (l, Math.Max(7, c + delta)) : (l, c));
    }

    private static bool LooksLikeTagLine(string text) =>
        text.Length >= 5 && (text[4] == '-' || (text.Length >= 6 && text[5] == '-'));

    private static int? Pick(int[] places, SeededChoice random) =>
        places.Length == 0 ? null : places[random.Next(places.Length)];

    private static int LineCount(string text) => text.Count(c => c == '\n');

    private static (int, int)? Same(int line, int column) => (line, column);

    /// <summary>Where a diagnostic of the undamaged text is in the damaged text, or null when its text is gone.</summary>
    private delegate (int Line, int Column)? PositionMap(int line, int column);

    private sealed record Outcome(string Text, string Description, IReadOnlyList<ExpectedDiagnostic> Own, PositionMap Map);

    /// <summary>The lines of a text (without their LF; a CR stays), and the edits the damages make to them.</summary>
    private sealed class Lines
    {
        private readonly string[] _lines;
        private readonly bool _finalBreak;

        public Lines(string text)
        {
            _finalBreak = text.EndsWith('\n');
            _lines = (_finalBreak ? text[..^1] : text).Split('\n');
        }

        public int Count => _lines.Length;

        public string this[int index] => _lines[index];

        public string Content(int index) => _lines[index].TrimEnd('\r');

        public string Ending(int index) => _lines[index].EndsWith('\r') ? "\r" : "";

        public bool IsTagLine(int index)
        {
            var line = Content(index);
            return line.Length >= 5 && line[4] == '-' && (line.Length == 5 || line[5] == ' ') && char.IsAsciiLetterUpper(line[0]);
        }

        public string Tag(int index) => Content(index)[..4].TrimEnd();

        public bool IsPmidLine(int index) => IsTagLine(index) && Tag(index) == "PMID";

        /// <summary>Whether the record that holds line <paramref name="index"/> has a PMID line.</summary>
        public bool RecordHasPmid(int index)
        {
            for (var i = index; i >= 0 && Content(i).Length != 0; i--)
            {
                if (IsPmidLine(i))
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsContinuation(int index) =>
            Content(index).StartsWith("      ", StringComparison.Ordinal) && Content(index).Length > 6 && Content(index)[6] != ' ';

        /// <summary>The tag of the field a line belongs to (its own, or that of the tag line above a continuation).</summary>
        public string FieldTag(int index)
        {
            while (index > 0 && IsContinuation(index))
            {
                index--;
            }

            return IsTagLine(index) ? Tag(index) : "";
        }

        public int[] Where(Func<int, bool> predicate) => [.. Enumerable.Range(0, _lines.Length).Where(predicate)];

        public string Replace(int index, string line) => Text([.. _lines[..index], line, .. _lines[(index + 1)..]], _finalBreak);

        public string Without(int index) => Text([.. _lines[..index], .. _lines[(index + 1)..]], _finalBreak);

        public string Insert(int index, string[] lines) =>
            Text([.. _lines[..index], .. lines.Select(l => l.TrimEnd('\r') + Ending(Math.Min(index, _lines.Length - 1))), .. _lines[index..]], _finalBreak);

        public string Join(int start, int end, string line) =>
            Text([.. _lines[..start], line + Ending(start), .. _lines[(end + 1)..]], _finalBreak);

        public string Cut(int index, int length) => Text([.. _lines[..index], _lines[index][..length]], finalBreak: false);

        private static string Text(string[] lines, bool finalBreak) => string.Join('\n', lines) + (finalBreak ? "\n" : "");
    }
}
