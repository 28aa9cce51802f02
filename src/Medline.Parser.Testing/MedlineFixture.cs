using Medline.Parser.Serialization;

namespace Medline.Parser.Testing;

/// <summary>
/// One canned MEDLINE record of a known <see cref="Kind"/>: its text as an export holds it, the citation
/// <see cref="MedlineReader"/> reads from it, and that citation's JSON. The records are invented (PMIDs in the
/// 39000101–39000112 range, DOIs under the 10.5555 test prefix) but realistic in every field.
/// </summary>
public sealed class MedlineFixture
{
    private readonly Lazy<MedlineCitation> _citation;
    private readonly Lazy<string> _json;

    internal MedlineFixture(MedlineFixtureKind kind, string name, string text, IReadOnlyList<ExpectedDiagnostic> expectedDiagnostics)
    {
        Kind = kind;
        Name = name;
        Text = text;
        ExpectedDiagnostics = expectedDiagnostics;
        _citation = new(ReadCitation);
        _json = new(() => MedlineJson.Serialize(Citation, indented: true));
    }

    /// <summary>The fixture's file name without extension, such as <c>journal-article</c>; also its source name in diagnostics.</summary>
    public string Name { get; }

    /// <summary>The record kind this fixture shows.</summary>
    public MedlineFixtureKind Kind { get; }

    /// <summary>The MEDLINE text of the record: LF line ends, one final line break, no blank lines around it.</summary>
    public string Text { get; }

    /// <summary>
    /// The diagnostics the reader gives for <see cref="Text"/> by design of its kind, usually none: an ERIC record has
    /// no PMID (MED1007), a PMC export starts with <c>PMC</c> (MED1008).
    /// </summary>
    public IReadOnlyList<ExpectedDiagnostic> ExpectedDiagnostics { get; }

    /// <summary>The citation read from <see cref="Text"/> (read once, then shared: do not rely on its identity).</summary>
    public MedlineCitation Citation => _citation.Value;

    /// <summary>The citation as indented JSON, as <see cref="MedlineJson.Serialize"/> writes it.</summary>
    public string Json => _json.Value;

    /// <summary>The source name the fixture's text is read under, as it appears in diagnostics.</summary>
    public string SourceName => Name + ".txt";

    /// <summary>Returns <see cref="Name"/>.</summary>
    public override string ToString() => Name;

    private MedlineCitation ReadCitation()
    {
        using var reader = MedlineReader.FromText(Text, new MedlineReaderOptions { SourceName = SourceName });
        return reader.ReadCitations().Single();
    }
}
