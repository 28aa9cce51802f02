using System.Text;

namespace Medline.Parser;

/// <summary>How a <see cref="MedlineWriter"/> writes. Immutable; share one instance freely.</summary>
public sealed record MedlineWriterOptions
{
    /// <summary>The narrowest <see cref="LineWidth"/>: the six columns of <c>TAG - </c> and one character of value.</summary>
    public const int MinimumLineWidth = 7;

    /// <summary>
    /// The <see cref="LineWidth"/> PubMed wraps at: 87 columns (no line longer, the trailing space of a wrapped line
    /// not counted), as E-utilities and the legacy PubMed site write; PubMed's 2020-era web exports wrap at 90
    /// (docs/writing.md compares both with real exports).
    /// </summary>
    public const int PubMedLineWidth = 87;

    /// <summary>The defaults: LF line ends, lines wrapped as PubMed wraps them, UTF-8 without a byte order mark.</summary>
    public static MedlineWriterOptions Default { get; } = new();

    /// <summary>
    /// The line end written after every line of a citation: <c>"\n"</c> (the default, as E-utilities writes) or
    /// <c>"\r\n"</c> (as PubMed's web downloads). Records (<see cref="MedlineWriter.Write(MedlineRecord)"/>) keep
    /// their own line ends.
    /// </summary>
    /// <exception cref="ArgumentException">Set to anything else.</exception>
    public string NewLine
    {
        get;
        init => field = value is "\n" or "\r\n"
            ? value
            : throw new ArgumentException("NewLine must be \"\\n\" or \"\\r\\n\"", nameof(value));
    } = "\n";

    /// <summary>
    /// The longest line of a citation in characters, the six columns of <c>TAG - </c> or of the continuation indent
    /// included (default <see cref="PubMedLineWidth"/>). A value is wrapped only at a single space between two
    /// characters that are not spaces, so reading joins it back exactly; a word longer than the line stays whole.
    /// <see cref="int.MaxValue"/> writes every value on one line.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than <see cref="MinimumLineWidth"/>.</exception>
    public int LineWidth
    {
        get;
        init => field = value >= MinimumLineWidth
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"LineWidth must be at least {MinimumLineWidth}");
    } = PubMedLineWidth;

    /// <summary>
    /// How text is encoded for a file or stream: <see langword="null"/> (the default) for UTF-8 without a byte order
    /// mark, as PubMed writes; <c>new UTF8Encoding(true)</c> writes one. A <see cref="TextWriter"/> target ignores it.
    /// </summary>
    public Encoding? Encoding { get; init; }
}
