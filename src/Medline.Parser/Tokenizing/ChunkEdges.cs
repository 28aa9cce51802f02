namespace Medline.Parser.Tokenizing;

/// <summary>How a chunk cut from a larger input meets its neighbours, as its reader needs to know.</summary>
[Flags]
internal enum ChunkEdges
{
    /// <summary>The chunk starts and ends at record starts after blank lines.</summary>
    None = 0,

    /// <summary>It starts at a PMID line not preceded by a blank line (the reader warns, as the whole input would).</summary>
    StartsAtMissingSeparator = 1,

    /// <summary>
    /// It ends inside a record that had no record start within the length limit: its last record is cut at the
    /// chunk's end and reported (MED1009), and the next chunk starts inside the same line.
    /// </summary>
    EndsInsideRecord = 2,
}
