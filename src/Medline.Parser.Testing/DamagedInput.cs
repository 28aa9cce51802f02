namespace Medline.Parser.Testing;

/// <summary>MEDLINE text with one known defect, and the diagnostics <see cref="MedlineReader"/> gives for it.</summary>
/// <param name="Text">The damaged text.</param>
/// <param name="Kind">The defect.</param>
/// <param name="Description">Where the defect was put and what it is, in one sentence.</param>
/// <param name="ExpectedDiagnostics">
/// The diagnostics of reading <see cref="Text"/> to citations, by line then column: the defect's own (none for
/// <see cref="DamageKind.ByteOrderMark"/>, <see cref="DamageKind.CrlfLineEnds"/> and <see cref="DamageKind.Truncated"/>)
/// and, for a fixture, the fixture's <see cref="MedlineFixture.ExpectedDiagnostics"/> moved to where they now are.
/// Computed from where the defect was put, not by running the reader.
/// </param>
public sealed record DamagedInput(
    string Text,
    DamageKind Kind,
    string Description,
    IReadOnlyList<ExpectedDiagnostic> ExpectedDiagnostics);
