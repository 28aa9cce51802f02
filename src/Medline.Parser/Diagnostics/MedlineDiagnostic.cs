using System.Globalization;

namespace Medline.Parser;

/// <summary>
/// A problem found in the input, with where it is and a stable code. Diagnostics never stop the reader unless
/// <see cref="MedlineReaderOptions.Strict"/> is set; the text they describe is always kept.
/// </summary>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Code">A stable code from <see cref="DiagnosticCodes"/>, such as <c>MED1001</c>.</param>
/// <param name="Message">What was found and what was expected, in one sentence without a final period.</param>
/// <param name="Position">Where the problem starts.</param>
/// <param name="Source">The file name or other label of the input, or <see langword="null"/> when it has none.</param>
/// <param name="Tag">The tag of the field concerned, when there is one.</param>
public sealed record MedlineDiagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    SourcePosition Position,
    string? Source = null,
    string? Tag = null)
{
    /// <summary>The label used in <see cref="ToString"/> when the input has no name.</summary>
    public const string UnnamedSource = "<input>";

    /// <summary>
    /// Formats the diagnostic as <c>SOURCE(LINE,COL): severity CODE: message</c>, the form compilers use, so
    /// editors and CI logs can link to it; for example
    /// <c>export.nbib(12,1): error MED1001: malformed line 'SO  invalid line': expected a tag line ...</c>.
    /// </summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Source ?? UnnamedSource}({Position.Line},{Position.Column}): {SeverityText(Severity)} {Code}: {Message}");

    internal static string SeverityText(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };
}
