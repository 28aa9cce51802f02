namespace Medline.Parser.Export;

/// <summary>How a <see cref="CitationExporter"/> writes.</summary>
public sealed record ExportOptions
{
    /// <summary>The default options.</summary>
    public static ExportOptions Default { get; } = new();
}
