namespace Medline.Parser.Testing;

/// <summary>One record made by <see cref="MedlineGenerator"/>: the citation, its MEDLINE text, and what the reader reports for that text.</summary>
/// <param name="Kind">The record kind it was made as.</param>
/// <param name="Citation">The citation, as the builder made it. Undamaged text reads back equal to it.</param>
/// <param name="Text">The record's MEDLINE text as <see cref="MedlineWriter"/> writes it (then damaged, when <see cref="Damage"/> is set): LF line ends, one final line break.</param>
/// <param name="Damage">The defect put into the text, or <see langword="null"/> when the text is as written.</param>
/// <param name="ExpectedDiagnostics">
/// The diagnostics of reading <see cref="Text"/>, with lines counted from its first line: the kind's own (an ERIC record
/// has no PMID, MED1007; a PMC export starts with <c>PMC</c>, MED1008) and the defect's. See <see cref="DiagnosticsAt"/>.
/// </param>
public sealed record GeneratedRecord(
    MedlineFixtureKind Kind,
    MedlineCitation Citation,
    string Text,
    DamagedInput? Damage,
    IReadOnlyList<ExpectedDiagnostic> ExpectedDiagnostics)
{
    /// <summary>How many lines <see cref="Text"/> has.</summary>
    public int LineCount => Text.Count(c => c == '\n') + (Text.EndsWith('\n') ? 0 : 1);

    /// <summary>The <see cref="ExpectedDiagnostics"/> of the record when its text starts at line <paramref name="firstLine"/> of an export.</summary>
    /// <param name="firstLine">The 1-based line of the export the record starts at.</param>
    public IEnumerable<ExpectedDiagnostic> DiagnosticsAt(int firstLine) =>
        ExpectedDiagnostics.Select(d => d with { Line = d.Line + firstLine - 1 });
}
