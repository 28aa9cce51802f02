// Reads a MEDLINE/PubMed export and prints what it holds: records, their PMIDs and titles, and any diagnostics.
// Usage: dotnet run --project samples/Medline.Parser.Samples.Basic -- [FILE]   (default: the bundled sample)
using Medline.Parser;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data", "pmid-32756149.txt");

using var reader = MedlineReader.FromFile(path);
foreach (var record in reader.ReadRecords())
{
    Console.WriteLine($"PMID {record.Pmid ?? "(none)"} at line {record.Position.Line}: {record.Fields.Length} fields");
    Console.WriteLine($"  TI  {record.GetFirst(MedlineTag.Ti)}");
    Console.WriteLine($"  AU  {string.Join("; ", record.GetAll(MedlineTag.Au))}");
    Console.WriteLine($"  MH  {record.GetAll(MedlineTag.Mh).Count()} headings");
    foreach (var diagnostic in record.Diagnostics)
    {
        Console.Error.WriteLine(diagnostic);
    }
}

Console.WriteLine($"{reader.RecordCount} record(s) read from {path}");
