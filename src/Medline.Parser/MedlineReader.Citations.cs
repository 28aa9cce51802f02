using System.Runtime.CompilerServices;

namespace Medline.Parser;

public sealed partial class MedlineReader
{
    /// <summary>Reads the remaining records as typed citations, one at a time.</summary>
    /// <exception cref="MedlineFormatException">In strict mode, at the first error in a line or a value.</exception>
    public IEnumerable<MedlineCitation> ReadCitations()
    {
        while (TryRead(out var record))
        {
            yield return ToCitation(record);
        }
    }

    /// <summary>Reads the remaining records as typed citations, one at a time, asynchronously.</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <exception cref="MedlineFormatException">In strict mode, at the first error in a line or a value.</exception>
    public async IAsyncEnumerable<MedlineCitation> ReadCitationsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await ReadAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            yield return ToCitation(record);
        }
    }

    private MedlineCitation ToCitation(MedlineRecord record)
    {
        var citation = MedlineCitation.FromRecord(record);
        if (_options.Strict)
        {
            ThrowIfError(citation.Diagnostics);
        }

        return citation;
    }
}
