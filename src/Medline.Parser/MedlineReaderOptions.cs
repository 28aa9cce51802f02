using System.Text;

namespace Medline.Parser;

/// <summary>How a <see cref="MedlineReader"/> reads. Immutable; share one instance freely.</summary>
public sealed record MedlineReaderOptions
{
    /// <summary>The defaults: lenient, string pooling on, records up to 16 Mi characters.</summary>
    public static MedlineReaderOptions Default { get; } = new();

    /// <summary>
    /// When <see langword="true"/>, the first diagnostic of <see cref="DiagnosticSeverity.Error"/> severity throws a
    /// <see cref="MedlineFormatException"/> carrying its position and code. By default (<see langword="false"/>)
    /// reading never stops: diagnostics are attached to their record and the text is kept.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>The input's name used in diagnostics (a file path). <see cref="MedlineReader.FromFile"/> sets it to the path.</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// How the bytes of a file or stream are decoded: <see langword="null"/> (the default) for UTF-8, or for example
    /// <see cref="Encoding.Latin1"/>, or Windows-1252 from <c>CodePagesEncodingProvider.Instance.GetEncoding(1252)</c>
    /// for exports that are not UTF-8 (read as UTF-8, their accented letters become U+FFFD and
    /// <see cref="DiagnosticCodes.ReplacementCharacter"/> warnings). A byte order mark overrides it, as it names its
    /// own Unicode encoding. Text given as a string or a <see cref="TextReader"/> is already decoded and ignores it.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// The longest record, in characters, that the reader holds in memory (default 16 Mi). A longer run of lines
    /// without a blank line (a file with its separators lost, a binary file) is cut there with a
    /// <see cref="DiagnosticCodes.RecordTooLong"/> error, so memory stays bounded whatever the input.
    /// </summary>
    public int MaxRecordLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// When <see langword="true"/> (the default), a line that holds the starts of several fields (<c>PMID- 1 OWN - NLM
    /// STAT- MEDLINE …</c>: a record whose line breaks were lost on its way through a PDF, a form or a spreadsheet) is
    /// split back into its fields, and several records run into one line into several records, each with a
    /// <see cref="DiagnosticCodes.RecoveredRecord"/> warning and <see cref="MedlineRecord.IsRecovered"/> set. When
    /// <see langword="false"/>, such a line is read as one value and reported with a
    /// <see cref="DiagnosticCodes.FieldsRunTogether"/> error.
    /// </summary>
    public bool RecoverFlattenedRecords { get; init; } = true;

    /// <summary>
    /// When <see langword="true"/> (the default), the values of tags drawn from a small closed set (OWN, STAT, LA, PT,
    /// PL, PST, SB, OTO) share one string per distinct value within a reader, through a fixed-size cache (4 Ki slots).
    /// Reading is as fast as without it, and records kept by the caller share "Journal Article", "eng", "NLM"…
    /// Tags with many distinct values (MeSH headings, journals, dates, affiliations) are not pooled: measured, pooling
    /// them costs more time than the allocations it saves (docs/performance.md).
    /// </summary>
    public bool PoolStrings { get; init; } = true;
}
