namespace Medline.Parser.Benchmarks;

/// <summary>
/// Checksums of the typed layer for Verify. Empty until <c>MedlineCitation</c> exists on main: no placeholder
/// benchmarks are written for code that is not there.
/// </summary>
public static class TypedVariants
{
    public static IEnumerable<(string Name, Checksum Sum)> Checksums(string text)
    {
        _ = text;
        return [];
    }
}
