using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Medline.Parser.Serialization;

/// <summary>
/// JSON for citations and records: camelCase names, nulls and empty lists left out (empty lists written with
/// <see cref="MedlineJsonOptions.EmptyLists"/>), enums as strings, dates as ISO 8601 text. The property names are documented in <c>docs/json.md</c>; a JSON Schema is in <c>docs/</c>.
/// </summary>
public static class MedlineJson
{
    private static readonly JsonSerializerOptions s_options = CreateOptions(indented: false, emptyLists: false);
    private static readonly JsonTypeInfo<MedlineCitation> s_citation = (JsonTypeInfo<MedlineCitation>)s_options.GetTypeInfo(typeof(MedlineCitation));

    /// <summary>The serializer options used here: the source-generated context with empty lists left out. Read-only.</summary>
    public static JsonSerializerOptions Options => s_options;

    /// <summary>
    /// Writer options that suit the output: non-ASCII text written as is (UTF-8), not escaped; HTML-sensitive
    /// characters escaped only where JSON requires it.
    /// </summary>
    /// <param name="indented">Whether to indent.</param>
    public static JsonWriterOptions WriterOptions(bool indented = false) =>
        new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = !indented };

    /// <summary>The citation as a JSON object.</summary>
    /// <param name="citation">The citation.</param>
    /// <param name="indented">Whether to indent the text.</param>
    /// <param name="options">How to write it (<see cref="MedlineJsonOptions.EmptyLists"/>); the default when null.</param>
    public static string Serialize(MedlineCitation citation, bool indented = false, MedlineJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            SkipValidation = true,
        }))
        {
            CitationJsonWriter.Write(writer, citation, options?.EmptyLists == true);
        }

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > 1 << 20)
        {
            t_buffer = null;
        }

        return text;
    }

    /// <summary>Writes the citation as one JSON object (a hand-written writer: no reflection, no boxing).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="citation">The citation.</param>
    /// <param name="options">How to write it (<see cref="MedlineJsonOptions.EmptyLists"/>); the default when null.</param>
    public static void Write(Utf8JsonWriter writer, MedlineCitation citation, MedlineJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(citation);
        CitationJsonWriter.Write(writer, citation, options?.EmptyLists == true);
    }

    /// <summary>The citation through the source-generated serializer: the reference the hand-written writer must match.</summary>
    internal static string SerializeWithContext(MedlineCitation citation, bool indented = false, bool emptyLists = false) =>
        JsonSerializer.Serialize(citation, s_references[(indented ? 1 : 0) + (emptyLists ? 2 : 0)].Value);

    // The serializer in each of its four settings (indented, empty lists), built when a test first asks.
    private static readonly Lazy<JsonTypeInfo<MedlineCitation>>[] s_references =
    [
        new(() => s_citation),
        new(() => Reference(indented: true, emptyLists: false)),
        new(() => Reference(indented: false, emptyLists: true)),
        new(() => Reference(indented: true, emptyLists: true)),
    ];

    private static JsonTypeInfo<MedlineCitation> Reference(bool indented, bool emptyLists) =>
        (JsonTypeInfo<MedlineCitation>)CreateOptions(indented, emptyLists).GetTypeInfo(typeof(MedlineCitation));

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>Reads a citation back from its JSON; the result equals (structurally) the citation written.</summary>
    /// <param name="json">A JSON object written by <see cref="Serialize"/> or <see cref="Write"/>.</param>
    /// <exception cref="JsonException">The text is not a citation.</exception>
    /// <remarks>
    /// It reads one object and throws at the first problem; <see cref="MedlineJsonReader"/> reads our arrays, NDJSON,
    /// streams and <c>--raw</c> JSON, one object at a time, with positioned diagnostics.
    /// </remarks>
    public static MedlineCitation Deserialize(string json) =>
        JsonSerializer.Deserialize(json, s_citation) ?? throw new JsonException("expected a citation object, found null");

    /// <summary>
    /// Writes the lossless record as <c>{"fields":[{"tag":"PMID","value":"…","line":1},…]}</c>: every field in order,
    /// with an empty tag for malformed and orphan lines.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="record">The record.</param>
    public static void WriteRecord(Utf8JsonWriter writer, MedlineRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
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

    private static readonly JsonEncodedText s_fields = JsonEncodedText.Encode("fields");
    private static readonly JsonEncodedText s_tag = JsonEncodedText.Encode("tag");
    private static readonly JsonEncodedText s_value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText s_line = JsonEncodedText.Encode("line");

    private static JsonSerializerOptions CreateOptions(bool indented, bool emptyLists)
    {
        var options = new JsonSerializerOptions(MedlineJsonContext.Default.Options)
        {
            // With emptyLists the context as generated, which writes every list (null is never a list of ours).
            TypeInfoResolver = emptyLists ? MedlineJsonContext.Default : MedlineJsonContext.Default.WithAddedModifier(LeaveOutEmptyLists),
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }

    private static void LeaveOutEmptyLists(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is not (ICollection { Count: 0 } or Model.IValueList { Count: 0 });
            }
        }
    }
}
