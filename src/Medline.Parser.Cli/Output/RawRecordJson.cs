using System.Text.Json;

namespace Medline.Parser.Cli.Output;

/// <summary>
/// The <c>--raw</c> JSON of a lossless record: <c>{"fields":[{"tag":"PMID","value":"…","line":1},…]}</c>.
/// Temporary: the library's <c>MedlineJson.WriteRecord</c> will own this shape; this class then forwards to it.
/// </summary>
internal static class RawRecordJson
{
    private static readonly JsonEncodedText s_fields = JsonEncodedText.Encode("fields");
    private static readonly JsonEncodedText s_tag = JsonEncodedText.Encode("tag");
    private static readonly JsonEncodedText s_value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText s_line = JsonEncodedText.Encode("line");

    public static void Write(Utf8JsonWriter writer, MedlineRecord record)
    {
        writer.WriteStartObject();
        writer.WriteStartArray(s_fields);
        foreach (var field in record.Fields)
        {
            writer.WriteStartObject();
            writer.WriteString(s_tag, field.Tag);
            writer.WriteString(s_value, field.Value);
            writer.WriteNumber(s_line, field.Position.Line);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
