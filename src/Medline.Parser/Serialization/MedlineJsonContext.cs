using System.Text.Json.Serialization;

namespace Medline.Parser.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for <see cref="MedlineCitation"/> (no reflection: trimmable and AOT-safe).
/// Prefer <see cref="MedlineJson"/>, whose options also leave out empty lists; use this context to embed citations in
/// your own source-generated contexts.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    Converters = [typeof(TimestampJsonConverter), typeof(CompactDateJsonConverter)])]
[JsonSerializable(typeof(MedlineCitation))]
[JsonSerializable(typeof(IReadOnlyList<MedlineCitation>))]
public sealed partial class MedlineJsonContext : JsonSerializerContext;
