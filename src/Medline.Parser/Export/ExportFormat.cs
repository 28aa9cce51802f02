namespace Medline.Parser.Export;

/// <summary>The formats a <see cref="CitationExporter"/> writes.</summary>
public enum ExportFormat
{
    /// <summary>CSL-JSON (an array of CSL 1.0.2 items): citeproc, pandoc, Zotero, Mendeley.</summary>
    CslJson,

    /// <summary>RIS: EndNote, Zotero, Mendeley, bibutils.</summary>
    Ris,

    /// <summary>BibTeX: LaTeX with bibtex, JabRef, pandoc.</summary>
    BibTex,

    /// <summary>BibLaTeX (biber): dates, DOIs and languages as fields of their own.</summary>
    BibLaTeX,

    /// <summary>CSV (RFC 4180, UTF-8): one row per citation, and on request long tables keyed by PMID.</summary>
    Csv,

    /// <summary>Apache Parquet: the CSV tables with typed columns.</summary>
    Parquet,
}
