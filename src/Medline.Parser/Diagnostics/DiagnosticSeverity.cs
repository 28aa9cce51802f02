namespace Medline.Parser;

/// <summary>How serious a <see cref="MedlineDiagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the data is read as the format intends (e.g. an unknown tag, kept as it is).</summary>
    Info,

    /// <summary>The input departs from the format but was read unambiguously; nothing is lost.</summary>
    Warning,

    /// <summary>The input is broken here; the text is kept raw, but its meaning could not be read.</summary>
    Error,
}
