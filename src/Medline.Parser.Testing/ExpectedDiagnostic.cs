using System.Globalization;

namespace Medline.Parser.Testing;

/// <summary>
/// A diagnostic that <see cref="MedlineReader"/> gives for a fixture or a damaged input: its code, severity and
/// 1-based line and column. The message is left out on purpose: codes and positions are the stable contract.
/// </summary>
/// <param name="Code">The diagnostic code, such as <c>MED1005</c> (see <see cref="DiagnosticCodes"/>).</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Line">The 1-based line it is reported at.</param>
/// <param name="Column">The 1-based column it is reported at.</param>
public sealed record ExpectedDiagnostic(string Code, DiagnosticSeverity Severity, int Line, int Column)
{
    /// <summary>Whether <paramref name="diagnostic"/> has this code, severity, line and column.</summary>
    /// <param name="diagnostic">A diagnostic from the reader.</param>
    public bool Matches(MedlineDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Code == Code && diagnostic.Severity == Severity &&
               diagnostic.Position.Line == Line && diagnostic.Position.Column == Column;
    }

    /// <summary>The same fields taken from a diagnostic the reader gave, for comparing lists of them.</summary>
    /// <param name="diagnostic">A diagnostic from the reader.</param>
    public static ExpectedDiagnostic From(MedlineDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new(diagnostic.Code, diagnostic.Severity, diagnostic.Position.Line, diagnostic.Position.Column);
    }

    /// <summary>Formats as <c>(LINE,COL): severity CODE</c>, the start of the reader's own diagnostic text.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"({Line},{Column}): {SeverityText(Severity)} {Code}");

    private static string SeverityText(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };
}
