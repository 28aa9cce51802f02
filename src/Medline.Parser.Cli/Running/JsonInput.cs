using Medline.Parser.Serialization;

namespace Medline.Parser.Cli.Running;

/// <summary>
/// What a command does with one JSON input: reads its objects from the library's <see cref="MedlineJsonReader"/>,
/// handles each, and yields each object's own diagnostics once it is handled (the runner reports the reader's between them).
/// </summary>
internal delegate IEnumerable<IReadOnlyList<MedlineDiagnostic>> JsonWork(MedlineJsonReader reader);

/// <summary>
/// Which inputs are our JSON rather than MEDLINE text, and the work a command does on them. Only the kind of input is
/// told here: all JSON parsing is the library's.
/// </summary>
internal static class JsonInput
{
    private static readonly string[] s_extensions = [".json", ".ndjson", ".jsonl"];
    private static readonly string[] s_compressed = [".gz", ".gzip"];

    // MEDLINE text never starts with '[' or '{'; a few KiB of leading whitespace is all a file of ours could have.
    private const int SniffLimit = 64 * 1024;

    /// <summary>Whether the name says JSON: .json, .ndjson or .jsonl, compressed (.gz, .gzip) or not.</summary>
    public static bool HasJsonName(string name)
    {
        foreach (var compressed in s_compressed)
        {
            if (name.EndsWith(compressed, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^compressed.Length];
                break;
            }
        }

        foreach (var extension in s_extensions)
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="input"/> is JSON: by its name, else by its first byte that is not whitespace (after a
    /// UTF-8 byte order mark) being <c>[</c> or <c>{</c>. The bytes looked at are not lost: <paramref name="stream"/>
    /// becomes a stream that gives them again before the rest.
    /// </summary>
    public static bool Detect(InputSource input, ref Stream stream)
    {
        if (input.Path is not null && HasJsonName(input.DisplayName))
        {
            return true;
        }

        var buffer = new byte[4096];
        var length = 0;
        var json = false;
        while (length < SniffLimit)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            var start = length;
            length += read;
            if (FirstSignificant(buffer.AsSpan(0, length), start) is { } first)
            {
                json = first is (byte)'[' or (byte)'{';
                break;
            }
        }

        stream = new PrefixedStream(buffer.AsMemory(0, length), stream, innerAtEnd: false, ownsInner: true);
        return json;
    }

    // The first byte that is not whitespace nor part of a byte order mark, looking from `from`; null if none yet.
    private static byte? FirstSignificant(ReadOnlySpan<byte> bytes, int from)
    {
        for (var i = from; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var bom = i < 3 && b == ((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])[i];
            if (!bom && b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return null;
    }

    /// <summary>Typed citations: <paramref name="handle"/> each, then yield its diagnostics.</summary>
    public static JsonWork Citations(Func<MedlineCitation, IReadOnlyList<MedlineDiagnostic>> handle) =>
        reader => Each(reader.ReadCitations(), handle);

    /// <summary>The records of <c>--raw</c> JSON: <paramref name="handle"/> each, then yield its diagnostics.</summary>
    public static JsonWork Records(Func<MedlineRecord, IReadOnlyList<MedlineDiagnostic>> handle) =>
        reader => Each(reader.ReadRecords(), handle);

    private static IEnumerable<IReadOnlyList<MedlineDiagnostic>> Each<T>(IEnumerable<T> items, Func<T, IReadOnlyList<MedlineDiagnostic>> handle)
    {
        foreach (var item in items)
        {
            yield return handle(item);
        }
    }
}
