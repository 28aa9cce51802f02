namespace Medline.Parser.Serialization;

/// <summary>How <see cref="MedlineJson"/> writes a citation.</summary>
public sealed record MedlineJsonOptions
{
    /// <summary>The default: empty lists left out, as docs/json.md describes.</summary>
    public static MedlineJsonOptions Default { get; } = new();

    /// <summary>
    /// Whether every list property of the citation and of its nested objects is written, <c>[]</c> when empty, instead
    /// of being left out. Dataframe tools need the stable shape (pandas <c>json_normalize(record_path=…)</c>, DuckDB
    /// <c>read_json_auto</c>); the JSON reads back to the same citation either way. Null values are still left out.
    /// </summary>
    public bool EmptyLists { get; init; }
}
