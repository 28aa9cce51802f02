using System.Globalization;
using System.Text;

namespace Medline.Parser.Benchmarks;

/// <summary>Size and shape of the input, computed once per input file and cached beside it.</summary>
public sealed record InputInfo(string Path, long Bytes, long Chars, long Records, long Fields)
{
    private static InputInfo? s_current;

    public static InputInfo Current => s_current ??= Load(BenchInput.Path);

    public double FieldsPerRecord => (double)Fields / Records;

    public static InputInfo Load(string path)
    {
        var file = new FileInfo(path);
        var statsPath = path + ".stats";
        var key = string.Create(CultureInfo.InvariantCulture, $"{file.Length}:{typeof(MedlineReader).Assembly.ManifestModule.ModuleVersionId:N} {file.LastWriteTimeUtc.Ticks}");
        if (File.Exists(statsPath))
        {
            var parts = File.ReadAllText(statsPath).Split(' ');
            if (parts.Length == 5 && $"{parts[0]} {parts[1]}" == key)
            {
                return new InputInfo(path, file.Length, long.Parse(parts[2], CultureInfo.InvariantCulture),
                    long.Parse(parts[3], CultureInfo.InvariantCulture), long.Parse(parts[4], CultureInfo.InvariantCulture));
            }
        }

        var text = File.ReadAllText(path, Encoding.UTF8);
        using var reader = MedlineReader.FromText(text);
        var sum = LibraryReader.Checksum(reader);
        var info = new InputInfo(path, file.Length, text.Length, sum.Records, sum.Fields);
        try
        {
            File.WriteAllText(statsPath, string.Create(CultureInfo.InvariantCulture, $"{key} {info.Chars} {info.Records} {info.Fields}"));
        }
        catch (IOException)
        {
            // A read-only folder: compute again next time.
        }

        return info;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Path}: {Bytes:N0} bytes ({Bytes / 1048576.0:F1} MiB), {Chars:N0} chars, {Records:N0} records, {Fields:N0} fields ({FieldsPerRecord:F1} per record, {(double)Bytes / Records:F0} bytes per record)");
}
