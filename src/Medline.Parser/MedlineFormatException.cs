namespace Medline.Parser;

/// <summary>
/// Thrown in <see cref="MedlineReaderOptions.Strict"/> mode at the first error in the input. Its message is the
/// diagnostic's text (<c>SOURCE(LINE,COL): error CODE: message</c>) and its properties carry the same data.
/// </summary>
public sealed class MedlineFormatException : FormatException
{
    /// <summary>Creates the exception for a diagnostic.</summary>
    /// <param name="diagnostic">The error that stopped reading.</param>
    public MedlineFormatException(MedlineDiagnostic diagnostic)
        : base((diagnostic ?? throw new ArgumentNullException(nameof(diagnostic))).ToString())
    {
        Diagnostic = diagnostic;
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public MedlineFormatException(string message)
        : this(new MedlineDiagnostic(DiagnosticSeverity.Error, "MED0000", message, default))
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MedlineFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostic = new MedlineDiagnostic(DiagnosticSeverity.Error, "MED0000", message, default);
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public MedlineFormatException()
        : this("The MEDLINE input is malformed.")
    {
    }

    /// <summary>The diagnostic that stopped reading.</summary>
    public MedlineDiagnostic Diagnostic { get; }

    /// <summary>Where the error is.</summary>
    public SourcePosition Position => Diagnostic.Position;

    /// <summary>The error's stable code, such as <c>MED1001</c>.</summary>
    public string Code => Diagnostic.Code;

    /// <summary>The input's name, or <see langword="null"/>.</summary>
    public string? SourceName => Diagnostic.Source;
}
