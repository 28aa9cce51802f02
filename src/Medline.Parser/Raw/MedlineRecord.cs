using System.Collections.Immutable;
using System.Diagnostics;

namespace Medline.Parser;

/// <summary>
/// One record (one citation) exactly as read: its fields in source order, its position, the diagnostics found in
/// it, and its source text. Nothing of the input is dropped: unknown tags, malformed lines and orphan continuation
/// lines are fields too, and <see cref="LeadingTrivia"/> + <see cref="RawText"/> reproduce the source exactly.
/// </summary>
[DebuggerDisplay("Record {Index}: PMID {Pmid}, {Fields.Length} fields")]
public sealed class MedlineRecord
{
    private string? _rawText;

    internal MedlineRecord(
        ImmutableArray<MedlineField> fields,
        ImmutableArray<MedlineDiagnostic> diagnostics,
        SourcePosition position,
        int index,
        string? source,
        ReadOnlyMemory<char> rawText,
        string leadingTrivia,
        string[]? unknownTags = null)
    {
        Fields = fields;
        Diagnostics = diagnostics;
        Position = position;
        Index = index;
        Source = source;
        RawMemory = rawText;
        UnknownTags = unknownTags;
        LeadingTrivia = leadingTrivia;
    }

    /// <summary>The fields in source order.</summary>
    public ImmutableArray<MedlineField> Fields { get; }

    /// <summary>The problems found while reading this record, in source order; empty for a clean record.</summary>
    public ImmutableArray<MedlineDiagnostic> Diagnostics { get; }

    /// <summary>Where the record's first line starts.</summary>
    public SourcePosition Position { get; }

    /// <summary>0-based index of the record in its input.</summary>
    public int Index { get; }

    /// <summary>The input's name (usually a file path), or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>The record's lines exactly as read, from its first line to the line ending of its last line.</summary>
    /// <remarks>
    /// Made from <see cref="RawMemory"/> on first use and kept: the reader itself makes no copy of the source text.
    /// A record read from a string refers to that string; one read from a stream, file or <see cref="TextReader"/>
    /// keeps its read chunk (at most 80 KiB, more only for a record longer than that) alive while it is referenced.
    /// </remarks>
    public string RawText => _rawText ??= RawMemory.ToString();

    /// <summary>
    /// The same text as <see cref="RawText"/> without making a string: a slice of the input string
    /// (<see cref="MedlineReader.FromText"/>) or of the reader's read chunk, which the record keeps alive.
    /// <see cref="MedlineField.RawText"/> slices it.
    /// </summary>
    internal ReadOnlyMemory<char> RawMemory { get; }

    /// <summary>The text of the record's unknown tags, which its fields index (null when there are none).</summary>
    internal string[]? UnknownTags { get; }

    /// <summary>The blank or whitespace-only lines between the previous record (or the start of input) and this one.</summary>
    public string LeadingTrivia { get; }

    /// <summary>The value of the first <c>PMID</c> field, or <see langword="null"/> (PMC and ERIC exports may lack one).</summary>
    public string? Pmid => GetFirst(MedlineTag.Pmid);

    /// <summary>
    /// Whether the record was recovered from lines that held several fields each (their line breaks were lost), with a
    /// <see cref="DiagnosticCodes.RecoveredRecord"/> warning; see <see cref="MedlineReaderOptions.RecoverFlattenedRecords"/>.
    /// </summary>
    public bool IsRecovered { get; internal init; }

    /// <summary>Whether any diagnostic of this record has <see cref="DiagnosticSeverity.Error"/> severity.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The value of the first field with this tag, or <see langword="null"/>.</summary>
    /// <param name="tag">A known tag.</param>
    public string? GetFirst(MedlineTag tag)
    {
        foreach (var field in Fields)
        {
            if (field.KnownTag == tag && field.Kind == MedlineFieldKind.Tagged)
            {
                return field.Value;
            }
        }

        return null;
    }

    /// <summary>The value of the first field with this tag text (known or not), or <see langword="null"/>.</summary>
    /// <param name="tag">The tag as written, such as <c>"TI"</c>.</param>
    public string? GetFirst(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        foreach (var field in Fields)
        {
            if (field.Kind == MedlineFieldKind.Tagged && field.Tag == tag)
            {
                return field.Value;
            }
        }

        return null;
    }

    /// <summary>The values of all fields with this tag, in source order.</summary>
    /// <param name="tag">A known tag.</param>
    public IEnumerable<string> GetAll(MedlineTag tag)
    {
        foreach (var field in Fields)
        {
            if (field.KnownTag == tag && field.Kind == MedlineFieldKind.Tagged)
            {
                yield return field.Value;
            }
        }
    }

    /// <summary>The values of all fields with this tag text (known or not), in source order.</summary>
    /// <param name="tag">The tag as written, such as <c>"AU"</c>.</param>
    public IEnumerable<string> GetAll(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return GetAllCore(tag);
    }

    private IEnumerable<string> GetAllCore(string tag)
    {
        foreach (var field in Fields)
        {
            if (field.Kind == MedlineFieldKind.Tagged && field.Tag == tag)
            {
                yield return field.Value;
            }
        }
    }

    /// <summary>Finds the first field with this tag.</summary>
    /// <param name="tag">A known tag.</param>
    /// <param name="field">The field, when found.</param>
    /// <returns>Whether a field was found.</returns>
    public bool TryGetField(MedlineTag tag, out MedlineField field)
    {
        foreach (var candidate in Fields)
        {
            if (candidate.KnownTag == tag && candidate.Kind == MedlineFieldKind.Tagged)
            {
                field = candidate;
                return true;
            }
        }

        field = default;
        return false;
    }
}
