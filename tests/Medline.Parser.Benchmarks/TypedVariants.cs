namespace Medline.Parser.Benchmarks;

/// <summary>Checksums of the typed layer for Verify: the records reached through the citations must match the reader's.</summary>
public static class TypedVariants
{
    public static IEnumerable<(string Name, Checksum Sum)> Checksums(string text)
    {
        long records = 0, fields = 0, chars = 0;
        var hash = Checksum.Seed;
        using var reader = MedlineReader.FromText(text);
        foreach (var citation in reader.ReadCitations())
        {
            records++;
            foreach (var f in citation.Record?.Fields ?? [])
            {
                fields++;
                hash = Checksum.Mix(hash, Checksum.PackTag(f.Tag));
                chars += f.Value.Length;
            }

            hash = Checksum.Mix(hash, 0xFFFF_FFFF);
        }

        yield return ("typed (ReadCitations)", new Checksum(records, fields, hash, chars));
        var json = TypedBenchmarks.TypedRun(text, json: true, raw: false);
        yield return ("typed + JSON runs", new Checksum(records, fields, hash, json > 0 ? chars : -2));
    }
}
