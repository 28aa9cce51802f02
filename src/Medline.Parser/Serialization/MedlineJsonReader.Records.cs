using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Serialization;

namespace Medline.Parser.Serialization;

// --raw JSON back into records. The shape is checked by the same walker as citations, through a tiny source-generated
// context; each field's text is made again as one tag line, since the JSON keeps the value, not the line breaks.
public sealed partial class MedlineJsonReader
{
    private MedlineRecord? ReadRecord(ReadOnlySpan<byte> element, SourcePosition start, string path) =>
        ReadElement(element, start, path, RawRecordJsonContext.Default.RawRecordJson, "a record object ({\"fields\":[…]})") is { } raw
            ? BuildRecord(raw, _elementIndex - 1, _options.SourceName, [.. _elementWarnings])
            : null;

    /// <summary>
    /// Builds a record from (tag, value, line) fields, as <see cref="MedlineJson.WriteRecord"/> writes them. A record
    /// after the first has a blank line before it, as MEDLINE text needs: written out, records that do not start with
    /// PMID would otherwise run into one another.
    /// </summary>
    internal static MedlineRecord BuildRecord(RawRecordJson raw, int index, string? source, ImmutableArray<MedlineDiagnostic> diagnostics)
    {
        var text = new StringBuilder();
        var unknownTags = new List<string>();
        var count = raw.Fields.Count;
        var starts = new int[count + 1];
        var tags = new (MedlineTag Known, int Unknown)[count];
        for (var i = 0; i < count; i++)
        {
            var field = raw.Fields[i];
            starts[i] = text.Length;
            var known = MedlineTags.Parse(field.Tag);
            var unknown = -1;
            if (known == MedlineTag.Unknown && field.Tag.Length > 0)
            {
                unknown = unknownTags.IndexOf(field.Tag);
                if (unknown < 0)
                {
                    unknown = unknownTags.Count;
                    unknownTags.Add(field.Tag);
                }
            }

            tags[i] = (known, unknown);
            if (field.Tag.Length > 0)
            {
                text.Append(field.Tag.PadRight(4)).Append("- ");
            }

            text.Append(field.Value).Append('\n');
        }

        starts[count] = text.Length;
        var fields = new MedlineField[count];
        var record = new MedlineRecord(
            ImmutableCollectionsMarshal.AsImmutableArray(fields), diagnostics, new SourcePosition(0, count == 0 ? 1 : raw.Fields[0].Line, 1),
            index, source, text.ToString().AsMemory(), index == 0 ? string.Empty : "\n", unknownTags.Count == 0 ? null : [.. unknownTags]);
        for (var i = 0; i < count; i++)
        {
            var field = raw.Fields[i];
            var tagged = field.Tag.Length > 0;
            fields[i] = new MedlineField(record, tags[i].Known, tags[i].Unknown, tagged ? MedlineFieldKind.Tagged : MedlineFieldKind.Malformed,
                field.Value, starts[i], starts[i + 1] - starts[i], field.Line, 1, tagged ? Math.Max(4, field.Tag.Length) + 3 : 1, 1,
                hasParagraphBreaks: false);
        }

        return record;
    }
}

/// <summary>A record as <c>--raw</c> JSON holds it.</summary>
internal sealed record RawRecordJson
{
    public required IReadOnlyList<RawFieldJson> Fields { get; init; }
}

/// <summary>A field as <c>--raw</c> JSON holds it.</summary>
internal sealed record RawFieldJson
{
    public required string Tag { get; init; }

    public required string Value { get; init; }

    public required int Line { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RawRecordJson))]
internal sealed partial class RawRecordJsonContext : JsonSerializerContext;
